// Built demo tenants kept on disk (node_modules/.cache), so that test files and restarts that need the same tenant
// do not provision and seed it again through Graph. A tenant is found by what it was built from: the code that
// makes it (every source file of the emulator, the schema, provisioning, the demo data and the app's domain and
// graph layers) and the build's parameters. Old entries are removed after a day.
import { createHash } from 'node:crypto';
import {
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { EmulatorState } from '../../emulator/store';

const root = resolve(import.meta.dirname, '..', '..');
const cacheDir = join(root, 'node_modules', '.cache', 'bereikbaar-demo-tenant');
const sourceFolders = [
  'emulator',
  'schema',
  'scripts/demo-tenant',
  'scripts/provisioning',
  'src/domain',
  'src/graph',
  'src/config',
];
const dayMs = 24 * 60 * 60 * 1000;

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [path] : [];
  });
}

let codeHash: string | null = null;

/** A hash of the code a demo tenant is built by (computed once per process). */
function hashOfCode(): string {
  if (codeHash !== null) return codeHash;
  const hash = createHash('sha1');
  for (const file of sourceFolders.flatMap((folder) => sourceFiles(join(root, folder))).sort()) {
    hash.update(relative(root, file));
    hash.update(readFileSync(file));
  }
  codeHash = hash.digest('hex');
  return codeHash;
}

/** The cache key of a build: the code and the parameters. */
export function builtTenantKey(parameters: unknown): string {
  return createHash('sha1').update(hashOfCode()).update(JSON.stringify(parameters)).digest('hex');
}

export function readBuiltTenant<T extends { state: EmulatorState }>(key: string): T | null {
  try {
    return JSON.parse(readFileSync(join(cacheDir, `${key}.json`), 'utf8')) as T;
  } catch {
    return null;
  }
}

/** Stores a build atomically (another test worker may read or write the same key at the same time). */
export function writeBuiltTenant(key: string, built: { state: EmulatorState }): void {
  try {
    mkdirSync(cacheDir, { recursive: true });
    const file = join(cacheDir, `${key}.json`);
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(built));
    renameSync(temporary, file);
    for (const name of readdirSync(cacheDir)) {
      const path = join(cacheDir, name);
      if (Date.now() - statSync(path).mtimeMs > dayMs) rmSync(path, { force: true });
    }
  } catch {
    // A cache that cannot be written only costs the next start a build.
  }
}
