// Graph requests are built in one layer: `client.api(...)` outside src/graph is an error (docs/architecture.md).
import { architectureDoc, layerOf, projectPath } from './layers.js';

/** @type {import('eslint').Rule.RuleModule} */
export const graphCallsRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Microsoft Graph calls (`.api(...)`) only in src/graph' },
    messages: {
      graphCall: `Graph calls (\`.api(...)\`) live in src/graph, beside the scopes they need; call a function of a src/graph module instead (${architectureDoc}).`,
    },
    schema: [],
  },
  create(context) {
    const rel = projectPath(context.filename);
    const layer = layerOf(rel);
    // Only the app's own code: scripts, tests and the demo tenant talk to Graph in their own ways.
    if (layer === null || !layer.startsWith('src/') || layer === 'src/graph') return {};
    return {
      'CallExpression > MemberExpression.callee[computed=false] > Identifier.property[name="api"]':
        (node) => context.report({ node, messageId: 'graphCall' }),
    };
  },
};
