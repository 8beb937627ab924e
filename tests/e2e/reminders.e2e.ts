// The coordinator (Ingrid Bakker) reminds a colleague whose calendar shows free/busy only, in a real browser: the
// reminder goes out once, a second one the same week is skipped with the day, and the page passes axe.
import { inject } from 'vitest';
import {
  openBrowser,
  saveScreenshot,
  seriousAxeViolations,
  type BrowserSession,
} from './support/browser';

const appUrl = inject('appUrl');
const emulatorUrl = inject('emulatorUrl');
const coordinator = 'ingrid.bakker@lindeburg.example';

let session: BrowserSession;

beforeEach(async () => {
  session = await openBrowser();
});

afterEach(async () => {
  await session.close();
});

/** Everything the demo tenant has sent: e-mails and Teams activities. */
const sentCount = async () => {
  const count = async (what: 'outbox' | 'activities') =>
    ((await (await fetch(`${emulatorUrl}/_emulator/${what}`)).json()) as { count: number }).count;
  return (await count('outbox')) + (await count('activities'));
};

describe('reminders from the monitor', () => {
  it('the coordinator reminds one colleague of the calendar, once a week', async () => {
    const { page } = session;
    await page.goto(`${appUrl}/?persona=${encodeURIComponent(coordinator)}#/monitor`);
    await page.getByRole('heading', { level: 1, name: 'Monitor bereikbaarheid' }).waitFor();
    const form = page.getByRole('group', { name: 'Herinnering sturen: agenda openstellen' });
    await form.waitFor({ timeout: 30_000 });
    const person = form.getByRole('combobox', { name: 'Collega' });
    const name = (await person.locator('option:checked').innerText()).trim();
    expect(name).not.toBe('');
    // Opening the monitor records this week's measurement: the current week's column shows it (as "Nu" does).
    const sharing = page.getByRole('table', {
      name: 'Agenda gedeeld met collega’s per team: nu en per week',
    });
    const lastWeekCell = sharing.getByRole('row').nth(1).getByRole('cell').last();
    await expect
      .poll(() => lastWeekCell.innerText(), { timeout: 30_000 })
      .toMatch(/^\d+(,\d)?% \(\d+ van \d+\)$/);

    const before = await sentCount();
    await form.getByRole('button', { name: 'Herinnering agenda sturen' }).click();
    await page.getByText(new RegExp(`^${name}: (Teams-melding|e-mail) verstuurd$`)).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'monitor-reminder-sent');

    // Again the same week: skipped, with the day of the first one.
    await form.getByRole('button', { name: 'Herinnering agenda sturen' }).click();
    await page
      .getByText(new RegExp(`^${name}: overgeslagen, al herinnerd op \\w\\w \\d+ \\w+`))
      .waitFor();
    await page.getByText('Niemand herinnerd; 1 overgeslagen; alles gelukt.').waitFor();
    // One reminder went out (an e-mail or a Teams activity), none for the skipped one.
    expect((await sentCount()) - before).toBe(1);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(session.problems).toEqual([]);
  });
});
