// Sending mail through the app's Graph client lands in the demo tenant's outbox, HTML as given.
import type { RunningEmulator } from '../emulator/server';
import { startDemoTenant } from '../scripts/demo-tenant/start-demo-tenant';
import { createGraphClient } from '../src/graph/client';
import { sendMail } from '../src/graph/mail';
import { escapeHtml } from '../src/domain/text';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startDemoTenant({ port: 0, quiet: true });
});
afterAll(async () => {
  await emulator.close();
});

it('sends an e-mail as the signed-in user with the escaped text intact', async () => {
  const token = emulator.tokenFor('sanne.devries@lindeburg.example');
  const client = createGraphClient({
    authProvider: { getAccessToken: () => Promise.resolve(token) },
    graphBaseUrl: emulator.url,
  });
  const typed = 'Vraag over <script>alert("x")</script> & meer';
  await sendMail(client, {
    to: ['burgerzaken@lindeburg.example'],
    subject: 'Terugbelverzoek',
    htmlBody: `<p>${escapeHtml(typed)}</p>`,
  });

  const outbox = (await (await fetch(`${emulator.url}/_emulator/outbox`)).json()) as {
    value: {
      from: string;
      message: {
        subject: string;
        body: { content: string };
        toRecipients: { emailAddress: { address: string } }[];
      };
    }[];
  };
  const sent = outbox.value.at(-1)!;
  expect(sent.from).toBe('sanne.devries@lindeburg.example');
  expect(sent.message.subject).toBe('Terugbelverzoek');
  expect(sent.message.toRecipients[0]!.emailAddress.address).toBe('burgerzaken@lindeburg.example');
  expect(sent.message.body.content).toBe(
    '<p>Vraag over &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; meer</p>',
  );
  expect(sent.message.body.content).not.toContain('<script>');
});
