// Bereikbaar's own lint rules (docs/architecture.md explains what each one keeps).
import { graphCallsRule } from './graph-calls.js';
import { layeringRule, noTestingImportRule, publicIndexRule } from './layering.js';
import { pureDomainRule } from './pure-domain.js';

/** @type {import('eslint').ESLint.Plugin} */
export const bereikbaarPlugin = {
  meta: { name: 'bereikbaar' },
  rules: {
    layering: layeringRule,
    'public-index': publicIndexRule,
    'no-testing-import': noTestingImportRule,
    'graph-calls': graphCallsRule,
    'pure-domain': pureDomainRule,
  },
};

/** Every rule at 'error'. */
export const bereikbaarRules = Object.fromEntries(
  Object.keys(bereikbaarPlugin.rules).map((name) => [`bereikbaar/${name}`, 'error']),
);
