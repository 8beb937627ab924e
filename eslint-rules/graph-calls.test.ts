// Graph requests only in src/graph: the rule catches `.api(` elsewhere in the app and leaves src/graph and tools alone.
import { RuleTester } from 'eslint';
import path from 'node:path';
import tseslint from 'typescript-eslint';
import { graphCallsRule } from './graph-calls.js';

const at = (file: string) => path.join(path.resolve(import.meta.dirname, '..'), file);
const ruleTester = new RuleTester({
  languageOptions: { parser: tseslint.parser, ecmaVersion: 2022, sourceType: 'module' },
});

describe('graph-calls', () => {
  ruleTester.run('graph-calls', graphCallsRule, {
    valid: [
      ['src/graph/people/people-directory.ts', "await client.api('/me').get();"],
      ['src/graph/batch/graph-batch.ts', "client.api('/$batch').post(body);"],
      ['scripts/provisioning/graph-caller.ts', "await client.api('/sites').get();"],
      ['tests/contract/x.test.ts', "await client.api('/me').get();"],
      ['emulator/routes/users.ts', "router.api('/me');"],
      // Not a call of `.api`: a property read, a computed member, a function named api.
      ['src/app/shell/about-page.tsx', 'const hasApi = typeof client.api;'],
      ['src/app/shell/about-page.tsx', "client['api'];"],
      ['src/features/callbacks/form.ts', "api('/me');"],
    ].map(([file, code]) => ({ filename: at(file!), code: code! })),
    invalid: [
      ['src/app/shell/about-page.tsx', "client.api('/me').select('displayName').get();"],
      ['src/features/callbacks/api/use-callbacks.ts', "useGraphClient().api('/me/events');"],
      ['src/outlook/read-pane.tsx', "await this.client.api('/me/messages').get();"],
      ['src/notifications/mail.ts', "client?.api('/me/sendMail').post({});"],
      ['src/domain/people/x.ts', "client.api('/users');"],
    ].map(([file, code]) => ({
      filename: at(file!),
      code: code!,
      errors: [{ messageId: 'graphCall' }],
    })),
  });
});
