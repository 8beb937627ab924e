// The project's layers and modules, as docs/architecture.md draws them: one table the lint rules share.
// Default deny: a file or import target in a folder this table does not name is an error, not "anything goes".
import path from 'node:path';

export const projectRoot = path.resolve(import.meta.dirname, '..');

/** Where the lint messages send a reader. */
export const architectureDoc = 'docs/architecture.md';

/**
 * Each known layer and the layers it may import (its own layer is always allowed).
 * `modules`: how the layer splits into modules, whose public surface is what other modules may import:
 * - 'folders': each folder directly inside is a module (public surface: its index.ts); a file directly inside is a
 *   module of its own.
 * - 'files': each file directly inside is a module (public surface: the file).
 * - 'whole': the layer is one module (public surface: its index.ts).
 */
export const layers = {
  'src/app': {
    modules: 'whole',
    mayImport: [
      'src/features',
      'src/ui',
      'src/notifications',
      'src/graph',
      'src/domain',
      'src/i18n',
      'src/config',
    ],
  },
  // The Outlook add-in's entry; it reuses the Teams app's shell parts.
  'src/outlook': {
    modules: 'whole',
    mayImport: [
      'src/app',
      'src/features',
      'src/ui',
      'src/notifications',
      'src/graph',
      'src/domain',
      'src/i18n',
      'src/config',
    ],
  },
  'src/features': {
    modules: 'folders',
    // Features never import each other; what two features share lives in a lower layer.
    modulesImportEachOther: false,
    mayImport: ['src/ui', 'src/notifications', 'src/graph', 'src/domain', 'src/i18n', 'src/config'],
  },
  'src/ui': { modules: 'whole', mayImport: ['src/domain', 'src/i18n'] },
  'src/notifications': { modules: 'whole', mayImport: ['src/graph', 'src/domain', 'src/i18n'] },
  'src/graph': { modules: 'folders', mayImport: ['src/domain', 'src/config', 'schema'] },
  'src/domain': { modules: 'folders', mayImport: [] },
  'src/i18n': { modules: 'whole', mayImport: [] },
  // The configuration composes the sign-in scopes from the scope declarations of src/graph (nothing else of it).
  'src/config': {
    modules: 'files',
    mayImport: [],
    mayImportPaths: [/^src\/graph\/[^/]+\/scopes$/],
  },
  // Shared by src/graph and the demo tenant; imports nothing.
  schema: { modules: 'files', mayImport: [] },
  emulator: { modules: 'whole', mayImport: ['schema'] },
  // Tools and checks: they may use everything.
  scripts: { modules: 'whole', mayImport: 'any' },
  tests: { modules: 'whole', mayImport: 'any' },
  bench: { modules: 'whole', mayImport: 'any' },
  // The tool configuration files at the project root (eslint.config.js, webpack.config.ts, …).
  root: { modules: 'whole', mayImport: 'any' },
  // The lint's own rules: standalone.
  'eslint-rules': { modules: 'whole', mayImport: [] },
};

/** A project path relative to the root, with forward slashes, or null when it lies outside the project. */
export function projectPath(absolutePath) {
  const rel = path.relative(projectRoot, absolutePath).split(path.sep).join('/');
  return rel.startsWith('..') || path.isAbsolute(rel) ? null : rel;
}

const codeExtension = /\.(d\.ts|tsx?|mts|cts|jsx?|mjs|cjs)$/;

/** The layer of a project path (`src/features/callbacks/x.tsx` → `src/features`), or null when it is in none. */
export function layerOf(rel) {
  if (rel === null) return null;
  const parts = rel.split('/');
  if (parts.length === 1) return 'root';
  // A folder import (`../../i18n`) is the layer itself; a file loose in src/ (`src/x.ts`) is in no layer.
  const name = parts[0] === 'src' ? `src/${parts[1]}` : parts[0];
  return Object.hasOwn(layers, name) ? name : null;
}

/**
 * The module a project path belongs to, e.g. `src/domain/callbacks`, `src/graph/graph-path`, `src/i18n`,
 * `src/config/app-config`, `schema/lists`. Null when the path is in no known layer.
 */
export function moduleOf(rel) {
  const layer = layerOf(rel);
  if (layer === null) return null;
  const kind = layers[layer].modules;
  if (kind === 'whole' || layer === 'root') return layer;
  const inside = rel.slice(layer.length + 1).split('/');
  if (inside[0] === undefined || inside[0] === '') return layer;
  return `${layer}/${inside[0].replace(codeExtension, '')}`;
}

/** Whether a module may be imported at `rel` (extension dropped): the module itself, or its index. */
export function isPublicEntry(rel, moduleName) {
  const target = rel.replace(codeExtension, '');
  if (target === moduleName || target === `${moduleName}/index`) return true;
  // A Graph module's scope declaration is public too: readable without loading the calls.
  return moduleName.startsWith('src/graph/') && target === `${moduleName}/scopes`;
}

/** A Graph module's scope declaration (`src/graph/<module>/scopes.ts`): data only, it imports nothing but types. */
export function isScopeDeclaration(rel) {
  return /^src\/graph\/[^/]+\/scopes\.ts$/.test(rel);
}

/** Test code: test files and `testing/` folders (fakes). They may use fakes, the demo tenant and test support. */
export function isTestCode(rel) {
  return /\.test\.[cm]?[jt]sx?$/.test(rel) || rel.split('/').includes('testing');
}

/**
 * Whether module `from` may import module `to` (each `{ layer, module, path }`). Test code in src may also use the demo
 * tenant and tests/ support (component tests run against the in-process demo tenant).
 */
export function mayImport(from, to, testCode) {
  if (from.module === to.module) return true;
  if (from.layer === to.layer) return layers[from.layer].modulesImportEachOther !== false;
  const allowed = layers[from.layer].mayImport;
  if (allowed === 'any' || allowed.includes(to.layer)) return true;
  const target = to.path.replace(codeExtension, '');
  if ((layers[from.layer].mayImportPaths ?? []).some((pattern) => pattern.test(target)))
    return true;
  return (
    testCode && from.layer.startsWith('src/') && (to.layer === 'emulator' || to.layer === 'tests')
  );
}
