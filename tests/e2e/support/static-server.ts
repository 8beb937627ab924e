// A small static file server for dist/ with the single-page fallback a static host would be configured with, and
// the response headers the deployment guide prescribes (scripts/hosting/security-headers.ts), exactly.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { securityHeadersFor, type HostingOrigins } from '../../../scripts/hosting/security-headers';
import { readRawConfigFromEnv } from '../../../scripts/config-from-env';
import { parseAppConfig } from '../../../src/config/app-config';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
  '.ico': 'image/x-icon',
};

export type StaticServer = { url: string; close: () => Promise<void> };

/** The origins the build in dist/ talks to, from the same environment the build read (the demo tenant, as built). */
export function builtOrigins(): HostingOrigins {
  const parsed = parseAppConfig(readRawConfigFromEnv(process.env));
  if (parsed.kind === 'invalid') throw new Error('The BRK_* configuration is not valid.');
  return { graph: new URL(parsed.config.graphBaseUrl).origin };
}

/** Serves `directory` on `port` (0: any free port) with the guide's headers for a build that talks to `origins`. */
export async function startStaticServer(
  directory: string,
  port: number,
  origins: HostingOrigins = builtOrigins(),
): Promise<StaticServer> {
  const server = createServer((req, res) => {
    void (async () => {
      const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
      let file = path.join(directory, path.normalize(urlPath).replace(/^([/\\])+/, ''));
      if (!file.startsWith(directory)) {
        res.writeHead(403).end();
        return;
      }
      const isFile = await stat(file)
        .then((s) => s.isFile())
        .catch(() => false);
      if (!isFile) file = path.join(directory, 'index.html');
      const body = await readFile(file);
      const servedPath = `/${path.relative(directory, file).split(path.sep).join('/')}`;
      res.writeHead(200, {
        'Content-Type': contentTypes[path.extname(file)] ?? 'application/octet-stream',
        ...securityHeadersFor(servedPath, origins),
      });
      res.end(body);
    })().catch(() => res.writeHead(500).end());
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actualPort } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${actualPort}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
