// Regenerates the security headers table in docs/deploy.md from scripts/hosting/security-headers.ts:
// `npx tsx scripts/hosting/write-deploy-headers.ts`. A test fails while the two differ.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { format, resolveConfig } from 'prettier';
import { docsEndMarker, docsStartMarker, securityHeadersMarkdown } from './security-headers';

const guide = path.resolve(import.meta.dirname, '../../docs/deploy.md');
const text = await readFile(guide, 'utf8');
const start = text.indexOf(docsStartMarker);
const end = text.indexOf(docsEndMarker);
if (start < 0 || end < start)
  throw new Error(`docs/deploy.md lacks the markers ${docsStartMarker} … ${docsEndMarker}`);
const next = `${text.slice(0, start + docsStartMarker.length)}\n\n${securityHeadersMarkdown()}\n\n${text.slice(end)}`;
await writeFile(
  guide,
  await format(next, { ...(await resolveConfig(guide)), parser: 'markdown', filepath: guide }),
);
console.log('docs/deploy.md: security headers table updated.');
