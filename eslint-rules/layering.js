// Enforces the import direction of DESIGN.md: app -> features -> (graph, domain); graph -> domain;
// domain imports nothing; features never import each other; src and emulator never import each other.
import path from 'node:path';

const projectRoot = path.resolve(import.meta.dirname, '..');

/** The layer a project file belongs to, e.g. "src/app", "src/features/callbacks", "emulator". */
export function layerOf(absoluteFile) {
  const rel = path.relative(projectRoot, absoluteFile).split(path.sep).join('/');
  if (rel.startsWith('..')) return null;
  const parts = rel.split('/');
  if (parts[0] === 'src') {
    // A directory import ("../../i18n") resolves to the folder itself, so it counts as that layer too.
    if (parts[1] === 'features' && parts.length > 2) return `src/features/${parts[2]}`;
    return parts.length > 1 ? `src/${parts[1]}` : 'src';
  }
  return parts.length > 1 ? parts[0] : null;
}

const sharedUi = ['src/i18n', 'src/config', 'src/ui'];

/** Which layers each layer may import (its own layer is always allowed). */
function mayImport(from, to) {
  if (from === to) return true;
  if (to === 'schema')
    return (
      !from.startsWith('src/domain') &&
      !from.startsWith('src/app') &&
      !from.startsWith('src/features')
    );
  if (from === 'tests' || from === 'bench' || from === 'scripts') return true;
  if (from === 'emulator') return false;
  if (from === 'schema') return false;
  if (to === 'emulator') return false;
  if (from === 'src/domain') return false;
  if (from === 'src/i18n') return false;
  if (from === 'src/config') return false;
  if (from === 'src/ui') return to === 'src/domain' || to === 'src/i18n';
  if (from === 'src/graph') return to === 'src/domain' || to === 'src/config';
  if (from.startsWith('src/features/'))
    return to === 'src/graph' || to === 'src/domain' || sharedUi.includes(to);
  if (from === 'src/app' || from === 'src/outlook')
    return (
      to.startsWith('src/features/') ||
      to === 'src/graph' ||
      to === 'src/domain' ||
      sharedUi.includes(to) ||
      (from === 'src/outlook' && to === 'src/app')
    );
  return true;
}

/** @type {import('eslint').Rule.RuleModule} */
export const layeringRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Keep the layering of DESIGN.md' },
    messages: {
      crossLayer:
        '{{from}} must not import {{to}} (DESIGN.md: app -> features -> (graph, domain); graph -> domain; domain imports nothing; features never import each other; src and emulator never import each other).',
      domainExternal: 'src/domain is pure and imports nothing, not even "{{source}}".',
    },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const from = layerOf(file);
    if (!from) return {};
    function check(node, source) {
      if (typeof source !== 'string') return;
      if (!source.startsWith('.')) {
        if (from === 'src/domain')
          context.report({ node, messageId: 'domainExternal', data: { source } });
        return;
      }
      const target = path.resolve(path.dirname(file), source);
      const to = layerOf(target);
      if (!to) return;
      if (!mayImport(from, to))
        context.report({ node, messageId: 'crossLayer', data: { from, to } });
    }
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};

/** @type {import('eslint').ESLint.Plugin} */
export const layeringPlugin = { rules: { layering: layeringRule } };
