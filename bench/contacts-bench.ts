// `npm run bench`, a year of a mid-size municipality in the monitor: 60,000 contacts (call outcomes) and 20,000
// callback requests in the demo tenant, read as the monitor reads them (windowed indexed queries, every page), and
// computed in the browser (production build in dist/, Chromium, the monitor page as the coordinator) while the
// longest single task is watched. Runnable alone: `npm run build && npx tsx bench/contacts-bench.ts`.
import type { RunningEmulator } from '../emulator/server';
import { importYearOfCalls } from '../scripts/demo-tenant/bulk-contacts';
import type { YearOfCallsResult } from '../scripts/demo-tenant/bulk-contacts';
import { startDemoTenant } from '../scripts/demo-tenant/start-demo-tenant';
import { demoSharePointSite } from '../src/config/app-config';
import { instantFromIso } from '../src/domain/time';
import type { Instant, LocalDate } from '../src/domain/time';
import { createGraphClient } from '../src/graph/client';
import { dateWindows, siteLocatorFrom } from '../src/graph/lists';
import {
  contactWindowDays,
  dueWindows,
  pageSize,
  readCallbacksForPeriod,
  readContactsForPeriod,
} from '../src/graph/monitoring';
import { openAgentScreen } from './agent-screen-bench';
import { longTaskProbeScript, type LongTaskProbe } from './long-task-probe';
import { printTable } from './print-table';

const coordinator = 'ingrid.bakker@lindeburg.example';
export const yearOfCalls = {
  from: '2025-01-01' as LocalDate,
  to: '2025-12-31' as LocalDate,
  callbacks: 20_000,
  contacts: 60_000,
  seed: 2025,
};
const period = {
  from: instantFromIso('2025-01-01T00:00:00+01:00') as Instant,
  to: instantFromIso('2026-01-01T00:00:00+01:00') as Instant,
};

export type ListRead = {
  list: string;
  items: number;
  httpRequests: number;
  windows: number;
  windowDays: number;
  elapsedMs: number;
};

const emulatorCount = async (emulator: RunningEmulator): Promise<number> =>
  ((await (await fetch(`${emulator.url}/_emulator/requests`)).json()) as { count: number }).count;
const clearLog = (emulator: RunningEmulator) =>
  fetch(`${emulator.url}/_emulator/requests`, { method: 'DELETE' });

/** Reads the year as the coordinator's monitor does, one list after the other, and counts the emulator's requests. */
export async function measureYearOfContactsRead(emulator: RunningEmulator): Promise<ListRead[]> {
  const token = emulator.tokenFor(coordinator);
  const client = createGraphClient({
    authProvider: { getAccessToken: () => Promise.resolve(token) },
    graphBaseUrl: emulator.url,
  });
  const site = siteLocatorFrom(demoSharePointSite);
  const query = { ...period, team: null };
  await clearLog(emulator);
  let started = performance.now();
  const contacts = await readContactsForPeriod(client, site, query);
  const contactsMs = performance.now() - started;
  const contactRequests = await emulatorCount(emulator);
  await clearLog(emulator);
  started = performance.now();
  const callbacks = await readCallbacksForPeriod(client, site, query);
  const callbacksMs = performance.now() - started;
  const callbackRequests = await emulatorCount(emulator);
  return [
    {
      list: 'contacts (RecordedAt)',
      items: contacts.contacts.length,
      httpRequests: contactRequests,
      windows: dateWindows(period.from, period.to, contactWindowDays).length,
      windowDays: contactWindowDays,
      elapsedMs: contactsMs,
    },
    {
      list: 'callback requests (DueAt)',
      items: callbacks.requests.length,
      httpRequests: callbackRequests,
      windows: dueWindows(period.from, period.to).length,
      windowDays: 31,
      elapsedMs: callbacksMs,
    },
  ];
}

export type MonitorYear = {
  /** "Cijfers tonen" to the figures on screen (reading and computing), in ms. */
  elapsedMs: number;
  longTasks: number;
  longestTaskMs: number;
  longestFrameMs: number;
  longestFrameBlockingMs: number;
  /** Graph fetches the page made for the year. */
  fetches: number;
  readInfo: string;
  /** What ran in the longest animation frame, longest first. */
  longestFrameScripts: string[];
};

/**
 * The monitor page as the coordinator, in Chromium: "Vorig kalenderjaar", "Cijfers tonen", and the long tasks and
 * long animation frames from the click until the figures are on screen. Throws when dist/ is missing.
 */
export async function measureMonitorYear(): Promise<MonitorYear> {
  const screen = await openAgentScreen();
  try {
    const { page, context, server } = screen;
    await context.addInitScript({ content: longTaskProbeScript });
    await page.goto(`${server.url}/?persona=${encodeURIComponent(coordinator)}#/monitor`);
    const status = page.getByText(/terugbelverzoeken? gelezen met/);
    // The default period first, so the year is measured on its own.
    await status.waitFor({ timeout: 120_000 });
    await page.getByRole('combobox', { name: 'Snelkeuze' }).selectOption('lastYear');
    await page.waitForLoadState('networkidle');
    const mark = await page.evaluate(() => performance.now());
    await page.getByRole('button', { name: 'Cijfers tonen' }).click();
    // Done when the status names (about) the year's requests: the default period has far fewer.
    await page.waitForFunction(
      (least) => {
        const match = /([\d.]+) terugbelverzoeken gelezen met/.exec(document.body.innerText);
        return match !== null && Number((match[1] ?? '').replace(/\./g, '')) >= least;
      },
      Math.floor(yearOfCalls.callbacks * 0.9),
      { timeout: 300_000, polling: 100 },
    );
    // The tables come after the status line (React builds them in the background): wait for the last one too.
    await page
      .getByRole('table', { name: /Gesprekken per team over/ })
      .waitFor({ timeout: 300_000 });
    const done = await page.evaluate(() => performance.now());
    // Long animation frames are reported after the frame: give the last one a moment to arrive.
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 200))),
    );
    const probe = await page.evaluate(
      () => (window as unknown as { benchLongTasks: LongTaskProbe }).benchLongTasks,
    );
    const inRange = <T extends { start: number }>(entries: readonly T[]) =>
      entries.filter((entry) => entry.start >= mark && entry.start <= done);
    const tasks = inRange(probe.tasks);
    const frames = inRange(probe.frames);
    const fetches = probe.fetches.filter((at) => at >= mark && at <= done).length;
    return {
      elapsedMs: done - mark,
      longTasks: tasks.length,
      longestTaskMs: Math.max(0, ...tasks.map((task) => task.duration)),
      longestFrameMs: Math.max(0, ...frames.map((frame) => frame.duration)),
      longestFrameBlockingMs: Math.max(0, ...frames.map((frame) => frame.blocking)),
      longestFrameScripts: (
        [...frames].sort((a, b) => b.duration - a.duration)[0]?.scripts ?? []
      ).map((script) => `${Math.round(script.duration)} ms ${script.invoker} → ${script.source}`),
      fetches,
      readInfo: (await page.getByText(/terugbelverzoeken? gelezen met/).innerText()).trim(),
    };
  } finally {
    await screen.close();
  }
}

export type Printer = (rows: Record<string, string | number>[]) => string;
const ms = (value: number) => `${Math.round(value)} ms`;

/** Seeds the year in a demo tenant on `port` (the port the build was made for), reads it, shows it; prints. */
export async function benchYearOfContacts(port: number, table: Printer): Promise<void> {
  const emulator = await startDemoTenant({ port, quiet: true });
  try {
    const seeded: YearOfCallsResult = await importYearOfCalls(emulator, yearOfCalls, new Date());
    console.log(
      `   seeded in the store: ${seeded.callbacks} callback requests, ${seeded.contacts} contacts (${seeded.linked} linked to a request), ${yearOfCalls.from} to ${yearOfCalls.to}`,
    );
    const reads = await measureYearOfContactsRead(emulator);
    console.log(
      '   a. Read as the monitor reads (windowed indexed queries, every page, no latency)',
    );
    console.log(
      table(
        reads.map((read) => ({
          list: read.list,
          items: read.items,
          'HTTP requests': read.httpRequests,
          windows: `${read.windows} of ≤ ${read.windowDays} days`,
          $top: pageSize,
          'read ms': Math.round(read.elapsedMs),
          goal: 'each window < 5,000 items; ≈ 1 request per 999 items',
        })),
      ),
    );
    try {
      const year = await measureMonitorYear();
      console.log(
        '\n   b. Computed in the browser (Chromium, dist/, monitor as the coordinator, "Vorig kalenderjaar")',
      );
      console.log(
        table([
          {
            'click → figures': ms(year.elapsedMs),
            'Graph fetches': year.fetches,
            'long tasks (> 50 ms)': year.longTasks,
            'longest task': ms(year.longestTaskMs),
            'longest frame': ms(year.longestFrameMs),
            'its blocking': ms(year.longestFrameBlockingMs),
            goal: 'longest task ≤ 50 ms',
          },
        ]),
      );
      console.log(`   the page says: ${year.readInfo}`);
      for (const script of year.longestFrameScripts)
        console.log(`   in the longest frame: ${script}`);
    } catch (error) {
      console.log(`   b. skipped: ${error instanceof Error ? error.message : String(error)}`);
    }
  } finally {
    await emulator.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log('A year of contacts and callback requests in the monitor');
  benchYearOfContacts(Number(process.env.EMULATOR_PORT ?? 4000), printTable).catch(
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
