// The domain reads no clock, randomness, timers or host globals; locals of the same name and other layers are fine.
import { RuleTester } from 'eslint';
import globals from 'globals';
import path from 'node:path';
import tseslint from 'typescript-eslint';
import { pureDomainRule } from './pure-domain.js';

const at = (file: string) => path.join(path.resolve(import.meta.dirname, '..'), file);
const ruleTester = new RuleTester({
  languageOptions: {
    parser: tseslint.parser,
    ecmaVersion: 2022,
    sourceType: 'module',
    // As in eslint.config.js: browser and node globals are declared.
    globals: { ...globals.browser, ...globals.node },
  },
});
const domainFile = at('src/domain/callbacks/callback-status.ts');

describe('pure-domain', () => {
  ruleTester.run('pure-domain', pureDomainRule, {
    valid: [
      'const at = new Date(instant);',
      'const at = new Date(2026, 0, 1);',
      'const ms = Date.UTC(2026, 0, 1);',
      'const rounded = Math.floor(x / 60_000);',
      'const f = new Intl.DateTimeFormat("nl-NL", { timeZone: "Europe/Amsterdam" });',
      // Locals that happen to share a global's name.
      'for (const window of windows) use(window.start);',
      'function f(document: Doc) { return document.title; }',
      'const setTimeout = (f: () => void) => f(); setTimeout(run);',
      'type Host = typeof window;',
    ]
      .map((code) => ({ filename: domainFile, code }))
      .concat(
        [
          'const now = new Date();',
          'Date.now();',
          'Math.random();',
          'setTimeout(run, 10);',
          'window.x;',
        ].map((code) => ({ filename: at('src/features/callbacks/form.ts'), code })),
      ),
    invalid: [
      ['const now = new Date();', 'clock'],
      ['const now = new Date;', 'clock'],
      ['const ms = Date.now();', 'clock'],
      ['const id = Math.random().toString(36);', 'random'],
      ['const id = crypto.randomUUID();', 'global'],
      ['setTimeout(run, 1000);', 'global'],
      ['const t = setInterval(run, 1000);', 'global'],
      ['queueMicrotask(run);', 'global'],
      ['const w = window.innerWidth;', 'global'],
      ['document.title = "x";', 'global'],
      ['localStorage.getItem("k");', 'global'],
      ['const lang = navigator.language;', 'global'],
      ['const env = process.env.TZ;', 'global'],
      ['await fetch("/x");', 'global'],
      ['const t = performance.now();', 'global'],
      ['globalThis.x = 1;', 'global'],
    ].map(([code, messageId]) => ({
      filename: domainFile,
      code: code!,
      errors: [{ messageId: messageId! }],
    })),
  });
});
