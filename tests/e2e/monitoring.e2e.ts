// Monitoring in a real browser: the coordinator sees every team against the norm, the calendars that are
// not shared, and exports CSV; a team leader sees only their own team.
import { inject } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  openBrowser,
  saveScreenshot,
  seriousAxeViolations,
  type BrowserSession,
} from './support/browser';

const appUrl = inject('appUrl');
const coordinator = 'ingrid.bakker@lindeburg.example';
const leader = 'mohamed.elamrani@lindeburg.example';

let session: BrowserSession;

beforeEach(async () => {
  session = await openBrowser();
});

afterEach(async () => {
  await session.close();
});

describe('monitoring', () => {
  it('the coordinator sees all teams against the norm, unshared calendars, and exports CSV', async () => {
    const { page } = session;
    await page.goto(`${appUrl}/?persona=${encodeURIComponent(coordinator)}#/monitor`);
    await page.getByRole('heading', { level: 1, name: 'Monitor bereikbaarheid' }).waitFor();
    const teams = page.getByRole('table', {
      name: /Cijfers per team over .* norm: 90% op tijd teruggebeld/,
    });
    await teams.waitFor();
    const teamsText = await teams.innerText();
    expect(teamsText).toContain('Burgerzaken');
    expect(teamsText).toContain('Vergunningen');
    await page.getByRole('table', { name: 'Trend per week als tabel' }).first().waitFor();
    // The study's figures from the recorded call outcomes, beside the callback figures.
    const calls = page.getByRole('table', { name: /Gesprekken per team over/ });
    await calls.waitFor();
    expect(await page.getByText(/niet in Microsoft Graph|not in Microsoft Graph/i).count()).toBe(0);
    // Herhaalverkeer per team and per week: the seed's citizens who were not called back on time call again.
    await calls.getByRole('columnheader', { name: 'Herhaalverkeer' }).waitFor();
    const burgerzakenCalls = await calls.getByRole('row', { name: /^Burgerzaken/ }).innerText();
    expect(burgerzakenCalls).toMatch(
      /\d+(,\d)?% \(\d+ van \d+\)\s*(haalt de norm|boven de norm)\s*$/,
    );
    const callsPerWeek = page.getByRole('table', { name: /Gesprekken per week over/ });
    await callsPerWeek.getByRole('columnheader', { name: 'Herhaalverkeer' }).waitFor();
    expect(await callsPerWeek.innerText()).toMatch(
      /\d+(,\d)?% \([1-9]\d* van \d+\)\s*boven de norm/,
    );
    await page.getByRole('group', { name: 'Doorverbonden gesprekken: verloop per week' }).waitFor();
    const unshared = page.getByRole('table', { name: /Agenda niet gedeeld: \d+ collega/ });
    await unshared.waitFor({ timeout: 30_000 });
    expect(
      Number(
        ((await unshared.getAttribute('aria-label')) ?? (await unshared.innerText())).match(
          /(\d+)/,
        )?.[1] ?? '1',
      ),
    ).toBeGreaterThan(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'monitor-coordinator');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Exporteren naar CSV' }).click();
    const csv = readFileSync(await (await download).path(), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('Burgerzaken');
    expect(csv.split('\n').length).toBeGreaterThan(5);
    expect(csv).toContain('Herhaalverkeer %');
    expect(session.problems).toEqual([]);
  });

  it('the team leader sees the figures of their own team only', async () => {
    const { page } = session;
    await page.goto(`${appUrl}/?persona=${encodeURIComponent(leader)}#/cijfers-mijn-team`);
    await page
      .getByRole('heading', { level: 1, name: /Cijfers van (team Burgerzaken|mijn team)/ })
      .waitFor();
    await page.getByRole('table', { name: /Cijfers per team over/ }).waitFor();
    const text = await page.locator('main').innerText();
    expect(text).toContain('Burgerzaken');
    for (const other of ['Vergunningen', 'Belastingen', 'KCP-TIC'])
      expect(text).not.toContain(other);
    expect(await page.getByRole('button', { name: /^Details / }).count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'monitor-team-leader');
    expect(session.problems).toEqual([]);
  });
});
