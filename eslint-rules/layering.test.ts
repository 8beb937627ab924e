// The layering rules of docs/architecture.md, each shown catching its violation and allowing the right cases.
import { RuleTester } from 'eslint';
import { existsSync } from 'node:fs';
import path from 'node:path';
import tseslint from 'typescript-eslint';
import { layeringRule, noTestingImportRule, publicIndexRule } from './layering.js';

const root = path.resolve(import.meta.dirname, '..');
const at = (file: string) => path.join(root, file);

const ruleTester = new RuleTester({
  languageOptions: { parser: tseslint.parser, ecmaVersion: 2022, sourceType: 'module' },
});

describe('layering: every file lies in a known layer and imports only the layers below it', () => {
  ruleTester.run('layering', layeringRule, {
    valid: [
      ['src/app/shell/shell.ts', "import { x } from '../../features/callbacks';"],
      ['src/app/shell/shell.ts', "import { x } from '../../graph/client';"],
      ['src/app/app.tsx', "import { x } from '../ui';"],
      ['src/outlook/main.tsx', "import { x } from '../app';"],
      ['src/features/callbacks/form.ts', "import { x } from '../../graph/people';"],
      ['src/features/callbacks/form.ts', "import { x } from '../../domain/callbacks';"],
      ['src/features/callbacks/form.ts', "import { x } from '../../ui';"],
      ['src/features/callbacks/form.ts', "import { x } from '../../notifications';"],
      ['src/features/callbacks/form.ts', "import { x } from '../../i18n';"],
      ['src/features/callbacks/form.ts', "import { x } from '../../config/app-config';"],
      ['src/features/callbacks/components/card.tsx', "import { x } from '../api';"],
      ['src/ui/people-picker.tsx', "import { x } from '../domain/people';"],
      ['src/ui/people-picker.tsx', "import { x } from '../i18n';"],
      ['src/notifications/callback-mail.ts', "import { x } from '../graph/mail';"],
      ['src/graph/people/directory.ts', "import { x } from '../../domain/people';"],
      ['src/graph/people/directory.ts', "import { x } from '../lists';"],
      ['src/graph/lists/list-query.ts', "import { x } from '../../../schema/lists';"],
      ['src/graph/client/graph-client.ts', "import { x } from '../../config/app-config';"],
      ['src/domain/availability/rules.ts', "import { x } from '../time';"],
      ['src/i18n/format.ts', "import { useState } from 'react';"],
      ['emulator/routes/sites.ts', "import { x } from '../../schema/lists';"],
      ['tests/x.test.ts', "import { x } from '../emulator/server';"],
      ['tests/x.test.ts', "import { x } from '../src/app/app';"],
      ['scripts/provision.ts', "import { x } from '../src/graph/lists/site-locator';"],
      ['bench/run.ts', "import { x } from '../emulator/server';"],
      ['webpack.config.ts', "import { x } from './scripts/config-from-env';"],
      // Component tests may run against the in-process demo tenant and use tests/ support.
      [
        'src/features/callbacks/callbacks.test.tsx',
        "import { x } from '../../../emulator/server';",
      ],
      [
        'src/features/callbacks/testing/demo-tenant.ts',
        "import { x } from '../../../../tests/support/x';",
      ],
    ].map(([file, code]) => ({ filename: at(file!), code: code! })),
    invalid: [
      // Default deny: a folder the lint does not know is an error, as a file and as an import target.
      ['src/widgets/clock.ts', "import { x } from '../domain/time';", 'unknownLayer'],
      ['src/loose.ts', 'export const x = 1;', 'unknownLayer'],
      ['lib/helper.ts', 'export const x = 1;', 'unknownLayer'],
      [
        'src/features/callbacks/form.ts',
        "import { x } from '../../widgets/clock';",
        'unknownTarget',
      ],
      ['src/app/app.tsx', "import { x } from '../../../outside';", 'unknownTarget'],
      ['src/domain/availability/rules.ts', "import { x } from '../../graph/users';", 'crossLayer'],
      ['src/domain/availability/rules.ts', "import React from 'react';", 'noPackages'],
      ['schema/lists.ts', "import { z } from 'zod';", 'noPackages'],
      [
        'src/graph/users/users.ts',
        "import { x } from '../../features/availability';",
        'crossLayer',
      ],
      ['src/graph/users/users.ts', "import { x } from '../../ui';", 'crossLayer'],
      ['src/graph/users/users.ts', "export * from '../../app';", 'crossLayer'],
      ['src/features/callbacks/form.ts', "import { x } from '../availability';", 'crossLayer'],
      ['src/features/a/x.ts', "const m = import('../b');", 'crossLayer'],
      ['src/features/callbacks/form.ts', "import { x } from '../../app';", 'crossLayer'],
      ['src/features/callbacks/form.ts', "import { x } from '../../outlook';", 'crossLayer'],
      ['src/ui/people-picker.tsx', "import { x } from '../graph/people';", 'crossLayer'],
      ['src/ui/people-picker.tsx', "import { x } from '../features/callbacks';", 'crossLayer'],
      ['src/notifications/callback-mail.ts', "import { x } from '../ui';", 'crossLayer'],
      ['src/i18n/format.ts', "import { x } from '../domain/time';", 'crossLayer'],
      ['src/config/app-config.ts', "import { x } from '../graph/client';", 'crossLayer'],
      ['src/app/app.tsx', "import { x } from '../outlook';", 'crossLayer'],
      ['src/app/main.ts', "import { x } from '../../emulator/server';", 'crossLayer'],
      [
        'src/features/callbacks/form.ts',
        "import { x } from '../../../schema/lists';",
        'crossLayer',
      ],
      ['emulator/server.ts', "import { x } from '../src/graph/client';", 'crossLayer'],
      ['schema/lists.ts', "import { x } from '../src/domain/time';", 'crossLayer'],
      ['eslint-rules/x.js', "import { x } from '../src/domain/time';", 'crossLayer'],
      // …but nothing else of src/graph.
      ['src/config/graph-scopes.ts', "import { x } from '../graph/callbacks';", 'crossLayer'],
      [
        'src/config/graph-scopes.ts',
        "import { x } from '../graph/callbacks/callback-store';",
        'crossLayer',
      ],
      // A scope declaration is data: it imports types only.
      [
        'src/graph/callbacks/scopes.ts',
        "import { sitesScopes } from '../../config/graph-scopes';",
        'scopesImport',
      ],
    ].map(([file, code, messageId]) => ({
      filename: at(file!),
      code: code!,
      errors: [{ messageId: messageId! }],
    })),
  });

  it('names the layers and docs/architecture.md in its message', () => {
    expect(layeringRule.meta?.messages?.crossLayer).toContain('docs/architecture.md');
    expect(layeringRule.meta?.messages?.unknownLayer).toContain('docs/architecture.md');
  });
});

describe('public-index: another module only through its index.ts', () => {
  ruleTester.run('public-index', publicIndexRule, {
    valid: [
      ['src/features/callbacks/form.ts', "import { x } from '../../domain/callbacks';"],
      ['src/features/callbacks/form.ts', "import { x } from '../../domain/callbacks/index';"],
      // Inside one module, relative imports are free.
      ['src/features/callbacks/components/card.tsx', "import { x } from '../api/use-callbacks';"],
      ['src/domain/callbacks/callback-status.ts', "import { x } from './callback-request';"],
      ['src/app/shell/shell.tsx', "import { x } from '../auth/roles';"],
      // A file directly in a layer, and each file of src/config and schema, is a module of its own.
      ['src/graph/lists/list-query.ts', "import { x } from '../graph-path';"],
      ['src/features/callbacks/form.ts', "import { x } from '../../config/app-config';"],
      ['src/graph/lists/list-query.ts', "import type { X } from '../../../schema/lists';"],
      ['emulator/routes/sites.ts', "import { x } from '../../schema/lists';"],
      ['src/features/callbacks/form.ts', "import { x } from '../../i18n';"],
      ['src/features/callbacks/form.ts', "import { x } from '../../ui';"],
      ['src/outlook/main.tsx', "import { x } from '../app';"],
      ['src/features/callbacks/form.ts', "import { x } from 'react';"],
      // A Graph module's scope declaration is public beside its index.
      ['src/config/graph-scopes.ts', "import { x } from '../graph/callbacks/scopes';"],
      // Tests and tools may pin internals.
      [
        'src/features/callbacks/form.test.ts',
        "import { x } from '../../domain/callbacks/callback-status';",
      ],
      ['tests/contract/x.test.ts', "import { x } from '../../src/graph/people/people-directory';"],
      ['scripts/provision.ts', "import { x } from '../src/graph/lists/site-locator';"],
    ].map(([file, code]) => ({ filename: at(file!), code: code! })),
    invalid: [
      [
        'src/features/callbacks/form.ts',
        "import { x } from '../../domain/callbacks/callback-status';",
        "import { x } from '../../domain/callbacks';",
      ],
      [
        'src/domain/figures/callback-figures.ts',
        "import type { Instant } from '../time/instant';",
        "import type { Instant } from '../time';",
      ],
      [
        'src/features/availability/api/use-directory.ts',
        "export { x } from '../../../graph/people/people-directory';",
        "export { x } from '../../../graph/people';",
      ],
      [
        'src/app/routes.ts',
        "const m = import('../features/callbacks/nav-badges');",
        "const m = import('../features/callbacks');",
      ],
      [
        'src/features/callbacks/form.ts',
        "import { x } from '../../i18n/messages/callbacks';",
        "import { x } from '../../i18n';",
      ],
      [
        'src/outlook/outlook-routes.tsx',
        "import { x } from '../app/auth/roles';",
        // The fix is offered only where the index exists.
        ...(existsIndex('src/app') ? ["import { x } from '../app';"] : [null]),
      ],
    ].map(([file, code, output]) => ({
      filename: at(file!),
      code: code!,
      output: output ?? null,
      errors: [{ messageId: 'deepImport' }],
    })),
  });
});

function existsIndex(folder: string): boolean {
  return ['index.ts', 'index.tsx'].some((name) => existsSync(path.join(root, folder, name)));
}

describe('no-testing-import: production code never imports a testing/ folder', () => {
  ruleTester.run('no-testing-import', noTestingImportRule, {
    valid: [
      ['src/features/callbacks/screen.test.tsx', "import { x } from './testing/fake-callbacks';"],
      ['src/outlook/read-pane.test.tsx', "import { x } from '../features/callbacks/testing';"],
      [
        'src/features/callbacks/testing/fake.ts',
        "import { x } from '../../availability/testing/fake';",
      ],
      ['tests/support/x.ts', "import { x } from '../../src/features/callbacks/testing';"],
      ['src/features/callbacks/screen.tsx', "import { x } from './api/testing-days';"],
    ].map(([file, code]) => ({ filename: at(file!), code: code! })),
    invalid: [
      ['src/features/callbacks/screen.tsx', "import { x } from './testing/fake-callbacks';"],
      ['src/outlook/read-pane.tsx', "import { x } from '../features/callbacks/testing';"],
      ['src/graph/people/index.ts', "export * from './testing/fake-directory';"],
    ].map(([file, code]) => ({
      filename: at(file!),
      code: code!,
      errors: [{ messageId: 'testingImport' }],
    })),
  });
});
