// Call outcomes in a real browser: the agent records one for a colleague by keyboard only (from the search box),
// undoes a wrong one, and the coordinator then sees the call in the monitor's study figures.
import { inject } from 'vitest';
import {
  openBrowser,
  saveScreenshot,
  seriousAxeViolations,
  type BrowserSession,
} from './support/browser';
import type { Page } from 'playwright-core';
import { Scenario } from './support/scenario';

const appUrl = inject('appUrl');
const emulatorUrl = inject('emulatorUrl');
const agent = 'sanne.devries@lindeburg.example';
const coordinator = 'ingrid.bakker@lindeburg.example';
const site = 'lindeburg.sharepoint.com:/sites/bereikbaar:';
const scenario = new Scenario(emulatorUrl);

let session: BrowserSession;

beforeEach(async () => {
  session = await openBrowser();
});

afterEach(async () => {
  await session.close();
});

/** The contacts recorded since a moment, read through Graph on the indexed RecordedAt column. */
async function outcomesSince(moment: number): Promise<Array<Record<string, unknown>>> {
  const token = await scenario.token(coordinator, ['Sites.ReadWrite.All']);
  const since = new Date(moment - 1000).toISOString().replace(/\.\d+Z$/, 'Z');
  const filter = encodeURIComponent(`fields/RecordedAt ge '${since}'`);
  const response = await fetch(
    `${emulatorUrl}/v1.0/sites/${site}/lists/BereikbaarContacten/items?expand=fields&$filter=${filter}&$top=999`,
    { headers: { Authorization: `Bearer ${token}` } },
  );
  if (!response.ok) throw new Error(`list items: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { value: { fields: Record<string, unknown> }[] }).value.map(
    (item) => item.fields,
  );
}

/** The Burgerzaken row's "Gesprekken voor het team" in the monitor. */
async function burgerzakenCalls(page: Page): Promise<number> {
  await page.goto(`${appUrl}/?persona=${encodeURIComponent(coordinator)}#/monitor`);
  const table = page.getByRole('table', { name: /Gesprekken per team over/ });
  await table.waitFor({ timeout: 60_000 });
  const row = table
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: 'Burgerzaken', exact: true }) });
  return Number((await row.getByRole('cell').nth(1).innerText()).trim());
}

describe('call outcomes', () => {
  it(
    'the agent records an outcome by keyboard, undoes a wrong one, and the coordinator sees it in the monitor',
    { timeout: 240_000 },
    async () => {
      const { page } = session;
      const before = await burgerzakenCalls(page);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await saveScreenshot(page, 'monitor-study-figures');

      // The demo tenant's own history is all recorded before this test.
      const started = Date.now();
      await page.goto(`${appUrl}/?persona=${encodeURIComponent(agent)}#/beschikbaarheid`);
      const search = page.getByRole('combobox', { name: 'Zoek een collega, team of onderwerp' });
      await search.waitFor();
      await search.fill('pieter');
      await page
        .getByRole('option', { name: /Pieter van der Berg/ })
        .first()
        .waitFor();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await page.getByRole('region', { name: 'Pieter van der Berg' }).waitFor();
      await page
        .getByRole('group', { name: 'Uitkomst van het doorverbinden naar Pieter van der Berg' })
        .waitFor();
      // A wrong key first, undone from the keyboard.
      await search.focus();
      await page.keyboard.press('Alt+Shift+Digit4');
      await page
        .getByText(/Vastgelegd: Niet opgenomen, geen verzoek \(Pieter van der Berg\)/)
        .waitFor();
      await page.getByRole('button', { name: 'Ongedaan maken' }).focus();
      await page.keyboard.press('Enter');
      await page.getByText(/Ongedaan gemaakt: Niet opgenomen, geen verzoek/).waitFor();
      // Then the right one, with the focus back in the search box, as between calls.
      await search.focus();
      await page.keyboard.press('Alt+Shift+Digit1');
      await page.getByText(/Vastgelegd: Opgenomen \(Pieter van der Berg\)/).waitFor();
      expect(await search.inputValue()).toBe('pieter');
      expect(await seriousAxeViolations(page)).toEqual([]);
      await saveScreenshot(page, 'agent-outcome-recorded');

      // Sent after its undo minute, by the outbox; the undone one never.
      const mine = async () =>
        (await outcomesSince(started)).filter((fields) => fields.Team === 'Burgerzaken');
      await expect
        .poll(async () => (await mine()).map((fields) => fields.Outcome), {
          timeout: 150_000,
          interval: 2_000,
        })
        .toEqual(['answered']);

      expect(await burgerzakenCalls(page)).toBe(before + 1);
      expect(session.problems).toEqual([]);
    },
  );
});
