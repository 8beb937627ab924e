// A small static file server for dist/ with the single-page fallback a static host would be configured with.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

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

export async function startStaticServer(directory: string, port: number): Promise<StaticServer> {
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
      res.writeHead(200, {
        'Content-Type': contentTypes[path.extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-store',
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
