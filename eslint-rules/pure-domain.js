// The domain is pure (docs/architecture.md): the clock, randomness and the host come in as parameters, so every rule
// can be worked through by hand and tested with a fixed instant.
import { architectureDoc, layerOf, projectPath } from './layers.js';

/** Globals that reach the host, the clock or a timer. */
const forbiddenGlobals = new Set([
  'window',
  'self',
  'globalThis',
  'document',
  'navigator',
  'location',
  'history',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'caches',
  'fetch',
  'XMLHttpRequest',
  'WebSocket',
  'process',
  'Buffer',
  'require',
  'crypto',
  'performance',
  'setTimeout',
  'clearTimeout',
  'setInterval',
  'clearInterval',
  'setImmediate',
  'clearImmediate',
  'queueMicrotask',
  'requestAnimationFrame',
  'cancelAnimationFrame',
  'requestIdleCallback',
  'cancelIdleCallback',
]);

/** @type {import('eslint').Rule.RuleModule} */
export const pureDomainRule = {
  meta: {
    type: 'problem',
    docs: { description: 'src/domain reads no clock, randomness, timers or host globals' },
    messages: {
      clock: `{{call}} reads the clock: the domain takes the current instant as a parameter (${architectureDoc}).`,
      random: `Math.random() is not reproducible: the domain takes randomness as a parameter (${architectureDoc}).`,
      global: `The domain uses no host globals, timers or crypto ('{{name}}'): pass what is needed in as a parameter (${architectureDoc}).`,
    },
    schema: [],
  },
  create(context) {
    if (layerOf(projectPath(context.filename)) !== 'src/domain') return {};
    const sourceCode = context.sourceCode;
    /** Whether `name` at `node` means the global, not a local of the same name. */
    function isGlobal(node, name) {
      let scope = sourceCode.getScope(node);
      while (scope !== null) {
        const variable = scope.set.get(name);
        if (variable !== undefined) return scope.type === 'global' && variable.defs.length === 0;
        scope = scope.upper;
      }
      return true;
    }
    function reportGlobalReference(reference) {
      const name = reference.identifier.name;
      if (!forbiddenGlobals.has(name)) return;
      // A type position (`typeof window` in a type) does no harm at run time.
      if (reference.isTypeReference || reference.identifier.parent?.type === 'TSTypeQuery') return;
      context.report({ node: reference.identifier, messageId: 'global', data: { name } });
    }
    return {
      'NewExpression[callee.name="Date"][arguments.length=0]': (node) => {
        if (isGlobal(node, 'Date'))
          context.report({ node, messageId: 'clock', data: { call: 'new Date()' } });
      },
      'CallExpression > MemberExpression.callee[object.name="Date"][property.name="now"]': (
        node,
      ) => {
        if (isGlobal(node, 'Date'))
          context.report({ node, messageId: 'clock', data: { call: 'Date.now()' } });
      },
      'MemberExpression[object.name="Math"][property.name="random"]': (node) => {
        if (isGlobal(node, 'Math')) context.report({ node, messageId: 'random' });
      },
      'Program:exit': (program) => {
        const globalScope = sourceCode.getScope(program);
        // Declared globals (languageOptions.globals) and undeclared ones (`through`) alike.
        for (const variable of globalScope.variables)
          if (variable.defs.length === 0) variable.references.forEach(reportGlobalReference);
        globalScope.through.forEach(reportGlobalReference);
      },
    };
  },
};
