// Repeat callers in a real browser: the agent types the number of a demo citizen with an open request, sees that
// request before saving and adds this call to it with the keyboard; the request gets "inwoner belde opnieuw", its
// assignee is told once, and no second request is made.
import { inject } from 'vitest';
import { openBrowser, saveScreenshot, seriousAxeViolations } from './support/browser';
import type { BrowserSession } from './support/browser';
import { Scenario } from './support/scenario';

const appUrl = inject('appUrl');
const emulatorUrl = inject('emulatorUrl');
const agent = 'sanne.devries@lindeburg.example';
const employee = 'pieter.vanderberg@lindeburg.example';
const site = 'lindeburg.sharepoint.com:/sites/bereikbaar:';
const scenario = new Scenario(emulatorUrl);

type Item = { id: string; fields: Record<string, unknown> };

/** Henk Mulder's requests, by the indexed lookup key the app uses. */
async function henksRequests(): Promise<Item[]> {
  const token = await scenario.token(employee, ['Sites.ReadWrite.All']);
  const filter = encodeURIComponent("fields/CitizenPhoneKey eq '+31612345001'");
  return (
    await scenario.graph<{ value: Item[] }>(
      token,
      'GET',
      `/sites/${site}/lists/BereikbaarTerugbelverzoeken/items?expand=fields&$filter=${filter}`,
    )
  ).value;
}

type Told = { recipients: string[]; text: string };
async function toldPieter(pieterId: string): Promise<Told[]> {
  const mails = (await (await fetch(`${emulatorUrl}/_emulator/outbox`)).json()) as {
    value: {
      message: { subject: string; toRecipients: { emailAddress: { address: string } }[] };
    }[];
  };
  const activities = (await (await fetch(`${emulatorUrl}/_emulator/activities`)).json()) as {
    value: { recipient: string; previewText: string }[];
  };
  return [
    ...mails.value.map((mail) => ({
      recipients: mail.message.toRecipients.map((to) => to.emailAddress.address),
      text: mail.message.subject,
    })),
    ...activities.value.map((activity) => ({
      recipients: [activity.recipient],
      text: activity.previewText,
    })),
  ].filter(
    (told) =>
      (told.recipients.includes(employee) || told.recipients.includes(pieterId)) &&
      /opnieuw/i.test(told.text),
  );
}

let session: BrowserSession;
beforeEach(async () => {
  session = await openBrowser();
});
afterEach(async () => {
  await session.close();
});

describe('repeat callers end to end', () => {
  it('the agent types a known number and adds the call to the open request with the keyboard', async () => {
    const token = await scenario.token(agent, ['User.Read.All']);
    const pieterId = (
      await scenario.graph<{ id: string }>(token, 'GET', `/users/${employee}?$select=id`)
    ).id;
    const before = await henksRequests();
    expect(before).toHaveLength(1);
    const callsBefore = JSON.parse(
      (before[0]!.fields.RepeatCalls as string | undefined) ?? '[]',
    ) as unknown[];
    const toldBefore = (await toldPieter(pieterId)).length;

    const { page } = session;
    await page.goto(`${appUrl}/?persona=${encodeURIComponent(agent)}#/terugbelverzoek/nieuw`);
    await page.getByRole('heading', { level: 1, name: 'Terugbelverzoek vastleggen' }).waitFor();
    await page.getByRole('textbox', { name: /Naam van de inwoner/ }).focus();
    await page.keyboard.type('Henk Mulder');
    await page.keyboard.press('Tab');
    await page.keyboard.type('06 12345001');

    const earlier = page.getByRole('region', { name: 'Deze inwoner heeft al een terugbelverzoek' });
    await earlier.waitFor();
    await earlier
      .getByText(/Eerder verzoek: .+, Pieter van der Berg, open, uiterlijk .+, 3 pogingen/)
      .waitFor();
    await earlier.getByText('De inwoner belde al een keer opnieuw', { exact: false }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'repeat-caller-earlier-request');

    // Phone → e-mail → "Toevoegen aan het open verzoek".
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const add = earlier.getByRole('button', { name: 'Toevoegen aan het open verzoek' });
    expect(await add.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');

    await page
      .getByText(
        'Toegevoegd aan het open verzoek voor Pieter van der Berg: "inwoner belde opnieuw". Pieter van der Berg krijgt bericht.',
      )
      .waitFor();
    await page.getByText(/Terugbelverzoek voor Henk Mulder: opgeslagen/).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'repeat-caller-added');

    const after = await henksRequests();
    expect(after.map((item) => item.id)).toEqual(before.map((item) => item.id));
    const calls = JSON.parse(after[0]!.fields.RepeatCalls as string) as unknown[];
    expect(calls).toHaveLength(callsBefore.length + 1);
    await vi.waitFor(async () => expect((await toldPieter(pieterId)).length).toBe(toldBefore + 1));
    expect(session.problems).toEqual([]);
  });
});
