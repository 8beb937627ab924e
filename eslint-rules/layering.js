// The import rules of docs/architecture.md: every file lies in a known layer (default deny), imports only the layers
// below it, reaches another module only through its public index.ts, and production code never uses test fakes.
import { existsSync } from 'node:fs';
import path from 'node:path';
import {
  architectureDoc,
  isPublicEntry,
  isScopeDeclaration,
  isTestCode,
  layerOf,
  layers,
  mayImport,
  moduleOf,
  projectPath,
  projectRoot,
} from './layers.js';

const direction =
  'app -> features -> (ui, notifications, graph, domain, i18n, config); ui -> (domain, i18n); notifications -> (graph, domain, i18n); graph -> (domain, config, schema); domain imports nothing; features never import each other; src and emulator never import each other';

/** Calls `check(node, source)` for every static import, re-export and dynamic import of a file. */
function importVisitors(check) {
  return {
    ImportDeclaration: (node) => check(node, node.source.value),
    ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
    ExportAllDeclaration: (node) => check(node, node.source.value),
    ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
  };
}

/** Where a relative import points, as a project path (null outside the project). */
function targetOf(file, source) {
  return projectPath(path.resolve(path.dirname(file), source));
}

/** @type {import('eslint').Rule.RuleModule} */
export const layeringRule = {
  meta: {
    type: 'problem',
    docs: { description: `Keep the layers of ${architectureDoc}; unknown folders are errors` },
    messages: {
      unknownLayer: `{{file}} lies in no layer the lint knows. Move it into a layer of ${architectureDoc}, or add the layer there and in eslint-rules/layers.js.`,
      unknownTarget: `'{{source}}' points to {{target}}, which lies in no layer the lint knows (${architectureDoc}).`,
      crossLayer: `{{from}} must not import {{to}} (${architectureDoc}: ${direction}).`,
      noPackages: `{{layer}} is pure and imports nothing, not even "{{source}}" (${architectureDoc}).`,
      scopesImport: `A scope declaration (scopes.ts) is data the configuration reads without loading the calls: it imports types only (${architectureDoc}, "Scopes").`,
    },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const rel = projectPath(file);
    const layer = layerOf(rel);
    if (layer === null) {
      return {
        Program: (node) =>
          context.report({ node, messageId: 'unknownLayer', data: { file: rel ?? file } }),
      };
    }
    const from = { layer, module: moduleOf(rel), path: rel };
    const testCode = isTestCode(rel);
    const scopeDeclaration = isScopeDeclaration(rel);
    return importVisitors((node, source) => {
      if (typeof source !== 'string') return;
      const typeOnly = node.importKind === 'type' || node.exportKind === 'type';
      if (scopeDeclaration && !typeOnly) context.report({ node, messageId: 'scopesImport' });
      if (!source.startsWith('.')) {
        if (layer === 'src/domain' || layer === 'schema')
          context.report({ node, messageId: 'noPackages', data: { layer, source } });
        return;
      }
      const target = targetOf(file, source);
      const toLayer = layerOf(target);
      if (toLayer === null) {
        context.report({
          node,
          messageId: 'unknownTarget',
          data: { source, target: target ?? 'a path outside the project' },
        });
        return;
      }
      const to = { layer: toLayer, module: moduleOf(target), path: target };
      if (!mayImport(from, to, testCode))
        context.report({
          node,
          messageId: 'crossLayer',
          data: { from: from.module, to: to.module },
        });
    });
  },
};

/** The relative import of a module's index from `file`, e.g. `../../domain/callbacks`. */
function entrySource(file, moduleName) {
  const relative = path
    .relative(path.dirname(file), path.join(projectRoot, moduleName))
    .split(path.sep)
    .join('/');
  return relative.startsWith('.') ? relative : `./${relative}`;
}

function hasIndex(moduleName) {
  return ['index.ts', 'index.tsx'].some((name) =>
    existsSync(path.join(projectRoot, moduleName, name)),
  );
}

/** @type {import('eslint').Rule.RuleModule} */
export const publicIndexRule = {
  meta: {
    type: 'problem',
    fixable: 'code',
    docs: {
      description: `Production code imports another module only through its public index.ts (${architectureDoc})`,
    },
    messages: {
      deepImport: `'{{source}}' reaches inside {{module}}: import its public index ('{{entry}}') and export what is needed from {{module}}/index.ts (${architectureDoc}, "The import rule").`,
    },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const rel = projectPath(file);
    const layer = layerOf(rel);
    // Tools and tests may pin internals; unknown layers are the layering rule's error already.
    if (layer === null || layers[layer].mayImport === 'any' || isTestCode(rel)) return {};
    const fromModule = moduleOf(rel);
    return importVisitors((node, source) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = targetOf(file, source);
      const toModule = layerOf(target) === null ? null : moduleOf(target);
      if (toModule === null || toModule === fromModule || isPublicEntry(target, toModule)) return;
      const entry = entrySource(file, toModule);
      context.report({
        node: node.source,
        messageId: 'deepImport',
        data: { source, module: toModule, entry },
        // Only where the index exists: the typecheck then says which export the index still lacks.
        fix: hasIndex(toModule) ? (fixer) => fixer.replaceText(node.source, `'${entry}'`) : null,
      });
    });
  },
};

/** @type {import('eslint').Rule.RuleModule} */
export const noTestingImportRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Production code never imports a testing/ folder' },
    messages: {
      testingImport: `Production code never imports a testing/ folder ('{{source}}'): fakes are for tests only (${architectureDoc}).`,
    },
    schema: [],
  },
  create(context) {
    const rel = projectPath(context.filename);
    if (rel === null || isTestCode(rel)) return {};
    const layer = layerOf(rel);
    if (layer !== null && layers[layer].mayImport === 'any') return {};
    return importVisitors((node, source) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = targetOf(context.filename, source);
      if (target !== null && target.split('/').includes('testing'))
        context.report({ node, messageId: 'testingImport', data: { source } });
    });
  },
};
