// The agent screen in a real browser. The test sets up colleagues, events, presence and an absence
// through the emulator's Graph write endpoints, then checks as the agent what the screen says.
import { inject } from 'vitest';
import type { Response } from 'playwright-core';
import {
  openBrowser,
  saveScreenshot,
  seriousAxeViolations,
  type BrowserSession,
} from './support/browser';
import { Scenario, type ScenarioPerson } from './support/scenario';

const appUrl = inject('appUrl');
const emulatorUrl = inject('emulatorUrl');
const agent = 'sanne.devries@lindeburg.example';
const leader = 'mohamed.elamrani@lindeburg.example';
const amsterdamTime = (d: Date) =>
  new Intl.DateTimeFormat('nl-NL', {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Amsterdam',
  }).format(d);

let busy: ScenarioPerson;
let absent: ScenarioPerson;
let substitute: ScenarioPerson;
let busyUntil: Date;
let session: BrowserSession;

beforeAll(async () => {
  const scenario = new Scenario(emulatorUrl);
  const now = new Date();
  await scenario.createColleague({
    givenName: 'Rosalie',
    surname: 'Testbereik',
    jobTitle: 'Adviseur vergunningen',
    managerUpn: leader,
  });
  busy = await scenario.createColleague({
    givenName: 'Bram',
    surname: 'Testbezet',
    jobTitle: 'Medewerker paspoorten',
    managerUpn: leader,
  });
  absent = await scenario.createColleague({
    givenName: 'Anouk',
    surname: 'Testafwezig',
    jobTitle: 'Medewerker rijbewijzen',
    managerUpn: leader,
  });
  substitute = await scenario.createColleague({
    givenName: 'Vera',
    surname: 'Testvervanger',
    jobTitle: 'Medewerker rijbewijzen',
    managerUpn: leader,
  });
  busyUntil = new Date(Math.ceil((now.getTime() + 45 * 60_000) / 300_000) * 300_000);
  await scenario.addEvent(busy, {
    subject: 'Overleg paspoortbalie',
    start: new Date(now.getTime() - 30 * 60_000),
    end: busyUntil,
    showAs: 'busy',
  });
  await scenario.registerAbsence({
    leaderUpn: leader,
    person: absent,
    from: new Date(now.getTime() - 60 * 60_000),
    until: new Date(now.getTime() + 2 * 24 * 60 * 60_000),
    callsSubstitute: substitute,
    callbacksSubstitute: substitute,
    note: 'Vragen over rijbewijzen graag naar Vera.',
    kind: 'sick',
  });
});

beforeEach(async () => {
  session = await openBrowser();
});

afterEach(async () => {
  await session.close();
});

async function openAgentScreen(): Promise<void> {
  const { page } = session;
  await page.goto(`${appUrl}/?persona=${encodeURIComponent(agent)}`);
  await page.getByRole('heading', { level: 1, name: 'Collega zoeken' }).waitFor();
}

describe('the agent finds a colleague and sees whether to put the call through', () => {
  it('opens with the cursor in the search box and shows states as you type, keyboard only', async () => {
    await openAgentScreen();
    const { page } = session;
    const search = page.getByRole('combobox', { name: /Zoek een collega/ });
    await expect.poll(() => search.evaluate((el) => el === document.activeElement)).toBe(true);

    await page.keyboard.type('testbe');
    const results = page.getByRole('listbox');
    await results.getByRole('option', { name: /Rosalie Testbereik/ }).waitFor();
    await expect
      .poll(() => results.getByRole('option', { name: /Rosalie Testbereik/ }).innerText())
      .toContain('Bereikbaar');
    await expect
      .poll(() => results.getByRole('option', { name: /Bram Testbezet/ }).innerText())
      .toContain('Bezet');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'agent-search');

    // Narrow down to Bram and open his card with the keyboard.
    await page.keyboard.type('zet');
    await expect.poll(() => results.getByRole('option').count()).toBe(1);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const card = page.getByRole('region', { name: 'Bram Testbezet' });
    await card.waitFor();
    await expect.poll(() => card.innerText()).toContain('Bezet');
    const text = await card.innerText();
    // Past 23:15 the busy block ends after midnight, and the card says so ("tot morgen 00:00").
    const localDate = (at: Date) =>
      new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(at);
    const day = localDate(busyUntil) === localDate(new Date()) ? '' : 'morgen ';
    expect(text).toContain(`tot ${day}${amsterdamTime(busyUntil)}`);
    expect(text).toContain('Overleg paspoortbalie');
    expect(
      await card.getByRole('link', { name: /Bel \+31 35 528 1234/ }).getAttribute('href'),
    ).toBe('tel:+31355281234');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'agent-card-busy');
    expect(session.problems).toEqual([]);
  });

  it('shows an absent colleague as Afwezig with the substitute and their own state, never the reason', async () => {
    const bodies: Promise<string>[] = [];
    session.page.on('response', (response: Response) => {
      if (new URL(response.url()).port === new URL(emulatorUrl).port)
        bodies.push(response.text().catch(() => ''));
    });
    await openAgentScreen();
    const { page } = session;
    await page.keyboard.type('anouk testafw');
    await page
      .getByRole('listbox')
      .getByRole('option', { name: /Anouk Testafwezig/ })
      .waitFor();
    await page.keyboard.press('Enter');
    const card = page.getByRole('region', { name: 'Anouk Testafwezig' });
    await card.waitFor();
    await expect.poll(() => card.innerText()).toContain('Afwezig');
    const absence = card.getByRole('region', { name: 'Afwezigheid' });
    await expect.poll(() => absence.innerText()).toContain('Vera Testvervanger');
    await expect.poll(() => absence.innerText()).toContain('Bereikbaar');
    expect(await absence.innerText()).toContain('Vragen over rijbewijzen graag naar Vera.');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'agent-card-absent');

    // The kind of absence is health data: not on the screen, and not in anything the browser received.
    const pageText = (await page.locator('body').innerText()).toLowerCase();
    for (const word of ['ziek', 'sick', 'verlof']) expect(pageText).not.toContain(word);
    const received = (await Promise.all(bodies)).join('\n');
    expect(received).toContain('Testafwezig');
    expect(received).not.toMatch(/"Kind"|"sick"/);
    expect(session.problems).toEqual([]);
  });

  it('shows a team with its first reachable colleague at the top', async () => {
    await openAgentScreen();
    const { page } = session;
    await page.keyboard.type('Testbereik');
    await page
      .getByRole('listbox')
      .getByRole('option', { name: /Rosalie Testbereik/ })
      .waitFor();
    await page.keyboard.press('Enter');
    const card = page.getByRole('region', { name: 'Rosalie Testbereik' });
    await card.getByRole('button', { name: /Bekijk team Burgerzaken/ }).click();
    const team = page.getByRole('region', { name: /Team Burgerzaken/ });
    await team.waitFor();
    const first = team.getByRole('region', { name: 'Eerste bereikbare collega' });
    await expect.poll(() => first.innerText()).toContain('Bereikbaar');
    const members = await team.getByRole('list').last().innerText();
    expect(members).toContain('Rosalie Testbereik');
    expect(members).toContain('Anouk Testafwezig');
    // Reachable colleagues are listed before absent ones.
    const states = [...members.matchAll(/Bereikbaar|Bezet|Afwezig|Onbekend/g)].map((m) => m[0]);
    const order = ['Bereikbaar', 'Bezet', 'Afwezig', 'Onbekend'];
    expect(states.map((s) => order.indexOf(s))).toEqual(
      [...states.map((s) => order.indexOf(s))].sort((a, b) => a - b),
    );
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'agent-team');
    expect(session.problems).toEqual([]);
  });

  it('searches the cached directory the second time, before any network call returns', async () => {
    await openAgentScreen();
    const { page } = session;
    await page.keyboard.type('Testbezet');
    await page
      .getByRole('listbox')
      .getByRole('option', { name: /Bram Testbezet/ })
      .waitFor();

    // The device's copy is written once the page is idle (within 2 s); a busy machine may take all of it.
    await expect.poll(() => page.evaluate(deviceCopySaved), { timeout: 10_000 }).toBe(true);
    // Every Graph call now takes 20 s: whatever the search finds comes from the cache in IndexedDB.
    await faults({ latencyMs: 20_000 });
    try {
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Collega zoeken' }).waitFor();
      await page.keyboard.type('Testafwe');
      await page
        .getByRole('listbox')
        .getByRole('option', { name: /Anouk Testafwezig/ })
        .waitFor({ timeout: 10_000 });
    } finally {
      await faults(null);
    }
  });

  it('keeps the last known states when a refresh fails, marked stale, and says so', async () => {
    await openAgentScreen();
    const { page } = session;
    await page.keyboard.type('Testbezet');
    const option = page.getByRole('listbox').getByRole('option', { name: /Bram Testbezet/ });
    await expect.poll(() => option.innerText()).toContain('Bezet');

    await faults({ fault: { rate: 1 } });
    try {
      await page.getByRole('button', { name: 'Vernieuwen' }).click();
      await page.getByText(/Verouderd: vernieuwen mislukt om/).waitFor();
      expect(await option.innerText()).toContain('Bezet');
      expect(await page.getByRole('combobox', { name: /Zoek een collega/ }).inputValue()).toBe(
        'Testbezet',
      );
      expect(await seriousAxeViolations(page)).toEqual([]);
      await saveScreenshot(page, 'agent-stale');
    } finally {
      await faults(null);
    }
    // The emulator's 503s are the only failures here; the app reported them on the page, not in the console.
    session.problems.splice(
      0,
      session.problems.length,
      ...session.problems.filter((p) => !p.includes('503')),
    );
    expect(session.problems).toEqual([]);
  });
});

/** In the page: whether a directory snapshot is in the app's IndexedDB (store `snapshots`, key `directory`). */
async function deviceCopySaved(): Promise<boolean> {
  const saved = async (name: string) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB'));
    });
    try {
      if (!db.objectStoreNames.contains('snapshots')) return false;
      const request = db.transaction('snapshots').objectStore('snapshots').count('directory');
      return await new Promise<boolean>((resolve) => {
        request.onsuccess = () => resolve(request.result > 0);
        request.onerror = () => resolve(false);
      });
    } finally {
      db.close();
    }
  };
  const names = (await indexedDB.databases()).flatMap((db) => (db.name ? [db.name] : []));
  return (await Promise.all(names.map(saved))).some(Boolean);
}

async function faults(settings: object | null): Promise<void> {
  await fetch(`${emulatorUrl}/_emulator/faults`, {
    method: settings === null ? 'DELETE' : 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: settings === null ? undefined : JSON.stringify(settings),
  });
}
