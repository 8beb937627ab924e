// The JavaScript a browser downloads to show the agent screen, gzipped, measured from dist/ in Chromium.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startStaticServer } from '../tests/e2e/support/static-server';

export type BundleFigures = {
  files: { name: string; bytes: number; gzipBytes: number }[];
  totalBytes: number;
  totalGzipBytes: number;
};

const root = path.resolve(import.meta.dirname, '..');

/** Loads the production build signed in as the demo agent and sums every .js file the page fetched. */
export async function measureAgentScreenBundle(agentUpn: string): Promise<BundleFigures> {
  const dist = path.join(root, 'dist');
  if (!existsSync(path.join(dist, 'index.html')))
    throw new Error('dist/ is missing: run `npm run build` first');
  const server = await startStaticServer(dist, 0);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const page = await browser.newPage();
    const scripts = new Set<string>();
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin === server.url && url.pathname.endsWith('.js')) scripts.add(url.pathname);
    });
    await page.goto(`${server.url}/?persona=${encodeURIComponent(agentUpn)}`);
    await page
      .getByRole('searchbox')
      .or(page.getByRole('combobox'))
      .first()
      .waitFor({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    const files = [...scripts].sort().map((name) => {
      const content = readFileSync(path.join(dist, name));
      return { name, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
    });
    return {
      files,
      totalBytes: files.reduce((sum, f) => sum + f.bytes, 0),
      totalGzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
