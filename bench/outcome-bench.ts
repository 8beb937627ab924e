// `npm run bench`, logging a call's outcome on the agent screen (Chromium, production build in dist/, demo tenant):
// the HTTP requests between the key press (Alt+Shift+1, 2, 4 on a colleague's card or a team, Alt+Shift+0 on the
// search screen) and the screen being ready for the next call, and the HTTP requests that store each outcome once
// its undo minute is over. Counted by the emulator's request log. Runnable alone:
// `npm run build && npx tsx bench/outcome-bench.ts`.
import type { Page } from 'playwright-core';
import type { RunningEmulator } from '../emulator/server';
import { startDemoTenant } from '../scripts/demo-tenant/start-demo-tenant';
import { CONTACT_UNDO_MS } from '../src/domain/contacts';
import { emulatorRequests, openAgentScreen, percentile, typeQuery } from './agent-screen-bench';
import { printTable } from './print-table';

const agent = 'sanne.devries@lindeburg.example';
const contactsPath = /\/lists\/BereikbaarContacten\//;

type LoggedRequest = Awaited<ReturnType<typeof emulatorRequests>>[number];

export type OutcomeKeyFigures = {
  key: string;
  target: string;
  /** Key press to the notice "Vastgelegd: …" on screen, focus still in the search box. */
  readyMs: number;
  /** HTTP requests the emulator received from the key press until the screen was ready (and quiet a moment). */
  requestsBeforeReady: number;
  /** Of those, to the contacts list. */
  contactRequestsBeforeReady: number;
};

export type OutcomeFigures = {
  keys: OutcomeKeyFigures[];
  /** After the undo minute: requests to the contacts list, and contacts stored. */
  storeRequests: LoggedRequest[];
  stored: number;
  /** Everything else the open screen asked Graph meanwhile (its own refresh), for context. */
  otherRequests: number;
  waitedMs: number;
};

const search = (page: Page) => page.getByRole('combobox', { name: /Zoek een collega/ });
const clearLog = (emulator: RunningEmulator) =>
  fetch(`${emulator.url}/_emulator/requests`, { method: 'DELETE' });
const toContacts = (requests: readonly LoggedRequest[]) =>
  requests.filter((request) => contactsPath.test(decodeURIComponent(request.path)));

/** Opens a colleague's card or a team from the search box (arrow down, Enter) and waits for its outcome buttons. */
async function open(page: Page, query: string, name: string): Promise<void> {
  await typeQuery(page, query);
  await search(page).press('ArrowDown');
  await search(page).press('Enter');
  await page
    .getByRole('group', { name: new RegExp(`Uitkomst van het doorverbinden naar .*${name}`) })
    .waitFor({ timeout: 60_000 });
  await page.waitForLoadState('networkidle');
}

/** Presses an outcome key with the focus in the search box; times it to the notice, counts the requests. */
async function pressOutcome(
  page: Page,
  emulator: RunningEmulator,
  key: string,
  target: string,
  notice: RegExp,
): Promise<OutcomeKeyFigures> {
  await search(page).focus();
  await page.waitForLoadState('networkidle');
  await clearLog(emulator);
  const before = await page.evaluate(() => performance.now());
  await page.keyboard.press(`Alt+Shift+Digit${key}`);
  await page.getByRole('status').filter({ hasText: notice }).waitFor({ timeout: 30_000 });
  const ready = await page.evaluate(() => performance.now());
  if (!(await search(page).evaluate((input) => input === document.activeElement)))
    throw new Error(`After Alt+Shift+${key} the focus left the search box.`);
  // A request the key would cause (a refetch, an invalidation) starts at once: wait until the page is quiet.
  await page.waitForLoadState('networkidle');
  const requests = await emulatorRequests(emulator);
  return {
    key: `Alt+Shift+${key}`,
    target,
    readyMs: ready - before,
    requestsBeforeReady: requests.length,
    contactRequestsBeforeReady: toContacts(requests).length,
  };
}

/** Records four outcomes, then waits for the outbox to send them after their undo minute. */
export async function measureOutcomes(emulator: RunningEmulator): Promise<OutcomeFigures> {
  const screen = await openAgentScreen();
  try {
    const { page, server } = screen;
    await page.goto(`${server.url}/?persona=${encodeURIComponent(agent)}#/beschikbaarheid`);
    await search(page).waitFor({ timeout: 60_000 });
    const keys: OutcomeKeyFigures[] = [];
    await open(page, 'pieter', 'Pieter van der Berg');
    keys.push(await pressOutcome(page, emulator, '1', 'a colleague', /Vastgelegd: Opgenomen \(/));
    await open(page, 'pieter', 'Pieter van der Berg');
    keys.push(
      await pressOutcome(page, emulator, '2', 'a colleague', /Vastgelegd: Vervanger nam op/),
    );
    await open(page, 'burgerzaken', 'Burgerzaken');
    keys.push(
      await pressOutcome(page, emulator, '4', 'a team', /Vastgelegd: Niet opgenomen, geen verzoek/),
    );
    keys.push(
      await pressOutcome(page, emulator, '0', 'the search screen', /Vastgelegd: zelf beantwoord/),
    );
    // Now the outbox's turn: each outcome is sent once its undo minute is over.
    await clearLog(emulator);
    const started = Date.now();
    const deadline = started + CONTACT_UNDO_MS + 90_000;
    let requests: LoggedRequest[] = [];
    for (;;) {
      requests = await emulatorRequests(emulator);
      const posts = toContacts(requests).filter((request) => request.method === 'POST');
      if (posts.length >= keys.length || Date.now() > deadline) break;
      await page.waitForTimeout(1000);
    }
    // A moment more, so a lookup or a second try after the last POST would be counted too.
    await page.waitForTimeout(3000);
    requests = await emulatorRequests(emulator);
    const storeRequests = toContacts(requests);
    return {
      keys,
      storeRequests,
      stored: storeRequests.filter((request) => request.method === 'POST').length,
      otherRequests: requests.length - storeRequests.length,
      waitedMs: Date.now() - started,
    };
  } finally {
    await screen.close();
  }
}

export type Printer = (rows: Record<string, string | number>[]) => string;

/** Runs the measurement against a demo tenant on `port` (the port the build was made for) and prints it. */
export async function benchOutcomes(port: number, table: Printer): Promise<void> {
  const emulator = await startDemoTenant({ port, quiet: true });
  try {
    const figures = await measureOutcomes(emulator);
    console.log(
      '   a. Key press → screen ready for the next call (notice shown, focus in the search box)',
    );
    console.log(
      table(
        figures.keys.map((key) => ({
          key: key.key,
          on: key.target,
          'ready in': `${Math.round(key.readyMs)} ms`,
          'HTTP requests': key.requestsBeforeReady,
          'to the contacts list': key.contactRequestsBeforeReady,
          goal: '0 requests',
        })),
      ),
    );
    console.log(
      `   median ready ${Math.round(
        percentile(
          figures.keys.map((key) => key.readyMs),
          0.5,
        ),
      )} ms (includes Playwright's round trip to the page)`,
    );
    const perOutcome =
      figures.stored === 0 ? Number.NaN : figures.storeRequests.length / figures.stored;
    console.log(
      `\n   b. Storing them, by the outbox after the undo minute (${CONTACT_UNDO_MS / 1000} s)`,
    );
    console.log(
      table([
        {
          outcomes: figures.keys.length,
          stored: figures.stored,
          'requests to the contacts list': figures.storeRequests.length,
          'per outcome': Number.isNaN(perOutcome) ? 'n/a' : perOutcome.toFixed(1),
          methods: [...new Set(figures.storeRequests.map((r) => r.method))].join(', ') || '-',
          'other requests meanwhile': figures.otherRequests,
          waited: `${Math.round(figures.waitedMs / 1000)} s`,
          goal: '1 request per outcome',
        },
      ]),
    );
    console.log(
      '   other requests: what the open screen asks anyway in that minute (its refresh), not caused by the outcomes',
    );
  } finally {
    await emulator.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log('Logging an outcome on the agent screen');
  benchOutcomes(Number(process.env.EMULATOR_PORT ?? 4000), printTable).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
