import { Linter } from 'eslint';
import path from 'node:path';
import { layeringPlugin } from './layering.js';

const root = path.resolve(import.meta.dirname, '..');

function problemsFor(fileInProject: string, source: string): string[] {
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(
    source,
    [
      {
        files: ['**/*.ts'],
        languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
        plugins: { bereikbaar: layeringPlugin },
        rules: { 'bereikbaar/layering': 'error' },
      },
    ],
    path.join(root, fileInProject),
  );
  return messages.map((m) => m.message);
}

describe('layering rule (DESIGN.md import direction)', () => {
  it.each([
    ['src/app/shell/shell.ts', "import { x } from '../../features/callbacks/api';"],
    ['src/app/shell/shell.ts', "import { x } from '../../graph/client/graph-client';"],
    ['src/features/callbacks/form.ts', "import { x } from '../../graph/users';"],
    ['src/features/callbacks/form.ts', "import { x } from '../../domain/deadline';"],
    ['src/features/callbacks/form.ts', "import { x } from './api';"],
    ['src/graph/users.ts', "import { x } from '../domain/people';"],
    ['src/graph/lists.ts', "import { x } from '../../schema/lists';"],
    ['emulator/routes/sites.ts', "import { x } from '../../schema/lists';"],
    ['src/domain/availability/rules.ts', "import { x } from '../time/amsterdam';"],
    ['tests/x.test.ts', "import { x } from '../emulator/server';"],
  ])('%s may import: %s', (file, source) => {
    expect(problemsFor(file, source)).toEqual([]);
  });

  it.each([
    [
      'src/domain/availability/rules.ts',
      "import { x } from '../../graph/users';",
      'src/domain must not import src/graph',
    ],
    ['src/domain/availability/rules.ts', "import React from 'react';", 'imports nothing'],
    [
      'src/graph/users.ts',
      "import { x } from '../features/availability/api';",
      'src/graph must not import src/features/availability',
    ],
    [
      'src/features/callbacks/form.ts',
      "import { x } from '../availability/api';",
      'src/features/callbacks must not import src/features/availability',
    ],
    [
      'src/features/callbacks/form.ts',
      "import { x } from '../../app/shell';",
      'src/features/callbacks must not import src/app',
    ],
    [
      'src/app/main.ts',
      "import { x } from '../../emulator/server';",
      'src/app must not import emulator',
    ],
    [
      'emulator/server.ts',
      "import { x } from '../src/graph/client';",
      'emulator must not import src/graph',
    ],
    ['src/graph/users.ts', "export * from '../app/x';", 'src/graph must not import src/app'],
    [
      'src/features/a/x.ts',
      "const m = import('../b/y');",
      'src/features/a must not import src/features/b',
    ],
  ])('%s may not import: %s', (file, source, expected) => {
    const problems = problemsFor(file, source);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(expected);
  });
});
