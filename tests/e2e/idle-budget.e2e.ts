// The idle agent screen's budget (issue 12): left open, it asks each data source at most once a minute. The
// browser's clock is Playwright's fake one, so five minutes pass in seconds; every Graph request the page makes
// is recorded in the page itself (with the page's own, simulated, time) and grouped by what it reads: a
// SharePoint list, the calendar, presence, a directory delta, or anything else by its path.
import { inject } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser, type BrowserSession } from './support/browser';

const appUrl = inject('appUrl');
// The agent lands on the availability screen with the callbacks count in the navigation; the employee's own
// list shows the same list as its count (one query in the one cache, read by both).
const screens = [
  {
    who: 'the agent screen',
    upn: 'sanne.devries@lindeburg.example',
    hash: '',
    heading: 'Collega zoeken',
  },
  {
    who: "the employee's own list",
    upn: 'pieter.vanderberg@lindeburg.example',
    hash: '#/mijn-terugbelverzoeken',
    heading: 'Mijn terugbelverzoeken',
  },
] as const;

const minute = 60_000;
const minutes = 5;
/** The clock moves in steps, and waits for the page's requests between them (so none is folded into another). */
const stepMs = 5_000;

type Recorded = { method: string; url: string; at: number };
type RequestLog = { requests: Recorded[]; inFlight: number };

let session: BrowserSession;

beforeEach(async () => {
  session = await openBrowser();
});

afterEach(async () => {
  await session.close();
});

/** Records every fetch of the page, with the page's (fake) time, before any of the app's code runs. */
async function recordRequests(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const log: RequestLog = { requests: [], inFlight: 0 };
    (window as unknown as { requestLog: RequestLog }).requestLog = log;
    const original = window.fetch.bind(window);
    window.fetch = (input, init) => {
      const request = input instanceof Request ? input : null;
      log.requests.push({
        method: init?.method ?? request?.method ?? 'GET',
        url: input instanceof Request ? input.url : input instanceof URL ? input.href : input,
        at: Date.now(),
      });
      log.inFlight++;
      return original(input, init).finally(() => {
        log.inFlight--;
      });
    };
  });
}

const requestLog = (page: Page) =>
  page.evaluate(() => (window as unknown as { requestLog: RequestLog }).requestLog);

/** Until no request of the page is on its way (answers take real time; the machine may be busy). */
const settled = (page: Page) =>
  expect
    .poll(async () => (await requestLog(page)).inFlight, { timeout: 30_000, interval: 20 })
    .toBe(0);

/** What a request reads, as the budget counts it; null for what is not a Graph request. */
function sourceOf(method: string, url: string): string | null {
  const { pathname } = new URL(url);
  const path = decodeURIComponent(pathname);
  // Graph's versions only: not the demo sign-in's token, nor teams-js asking Microsoft's CDN.
  if (!/^\/(v1\.0|beta)\//.test(path)) return null;
  const list = /\/lists\/([^/]+)\/items/.exec(path);
  if (list !== null) return `list ${list[1]}`;
  if (/\/delta$/.test(path))
    return `delta ${path.replace(/^\/v1\.0\//, '').replace(/\/delta$/, '')}`;
  if (/getSchedule|calendarView|\/events\b|\/calendar\b/i.test(path)) return 'calendar';
  if (/presence/i.test(path)) return 'presence';
  return `${method} ${path.replace(/\/[0-9a-f-]{36}(?=\/|$)/gi, '/{id}')}`;
}

describe('an idle screen', () => {
  it.each(screens)(
    `$who asks each data source at most once a minute over ${minutes} minutes`,
    async (shown) => {
      const { page } = session;
      await recordRequests(page);
      await page.clock.install();
      await page.goto(`${appUrl}/?persona=${encodeURIComponent(shown.upn)}${shown.hash}`);
      await page.getByRole('heading', { level: 1, name: shown.heading }).waitFor();
      // The callbacks count in the navigation: the list was read (a count, or that it is unknown).
      await page
        .getByRole('navigation')
        .getByRole('link', { name: /^Mijn terugbelverzoeken \(/ })
        .waitFor();
      await settled(page);

      // From here the page is idle: nobody touches it, only time passes.
      const start = await page.evaluate(() => Date.now());
      await page.clock.pauseAt(start + 1_000);
      const from = start + 1_000;
      for (let elapsed = 0; elapsed < minutes * minute; elapsed += stepMs) {
        await page.clock.runFor(stepMs);
        await settled(page);
      }
      const idle = (await requestLog(page)).requests.filter(
        (request) => request.at >= from && request.at < from + minutes * minute,
      );

      // Per source: how many reads in each simulated minute.
      const bySource = new Map<string, number[]>();
      for (const request of idle) {
        const source = sourceOf(request.method, request.url);
        if (source === null) continue;
        const perMinute = bySource.get(source) ?? Array.from({ length: minutes }, () => 0);
        perMinute[Math.floor((request.at - from) / minute)]! += 1;
        bySource.set(source, perMinute);
      }
      const report = Object.fromEntries(bySource);
      // The screen does refresh: the callbacks list is read again while it stays open.
      expect(report['list BereikbaarTerugbelverzoeken'], JSON.stringify(report)).toBeDefined();
      const overBudget = Object.fromEntries(
        [...bySource].filter(([, perMinute]) => perMinute.some((count) => count > 1)),
      );
      expect(overBudget, `reads per source and minute: ${JSON.stringify(report)}`).toEqual({});
      expect(session.problems).toEqual([]);
    },
    300_000,
  );
});
