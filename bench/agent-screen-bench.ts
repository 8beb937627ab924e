// The agent screen in Chromium, production build (dist/), against the demo tenant: first visit (empty cache, with
// latency), cold start (cached directory), Enter to the full card, keystroke to painted results, the JavaScript
// fetched, and the Graph requests one open screen makes in a minute.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { RunningEmulator } from '../emulator/server';
import { startStaticServer, type StaticServer } from '../tests/e2e/support/static-server';
import { pageProbeScript, type KeyTiming, type PageProbe } from './agent-screen-probes';
import { startProbeScript, startQueryCookie, type StartProbe } from './start-probe';

const root = path.resolve(import.meta.dirname, '..');
export const dist = path.join(root, 'dist');

export type ScriptFile = {
  name: string;
  bytes: number;
  gzipBytes: number;
  /** 'firstPaint': asked for before the search box was in the page; 'afterFirstPaint': asked for after it. */
  requested?: 'firstPaint' | 'afterFirstPaint';
};

export type VisitFigures = {
  /** Navigation start to the search box in the page. */
  boxMs: number;
  /** Navigation start to the painted frame with the first result (typed by the page's probe once the box is there). */
  answerMs: number;
  /** The directory's requests: the first ones (delta from now and users, or the delta link), further pages, teams. */
  deltaFirst: number;
  deltaPages: number;
  teamsList: number;
  scripts: ScriptFile[];
  /** The stylesheets it fetched (Griffel's, made at build time): not JavaScript, printed beside it. */
  styles: ScriptFile[];
};

export type AgentScreen = {
  context: BrowserContext;
  page: Page;
  server: StaticServer;
  close: () => Promise<void>;
};

/** A Chromium profile of its own (IndexedDB and the HTTP cache survive navigations, as in a Teams tab). */
export async function openAgentScreen(): Promise<AgentScreen> {
  if (!existsSync(path.join(dist, 'index.html')))
    throw new Error('dist/ is missing: run `npm run build` first');
  const server = await startStaticServer(dist, 0);
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'bereikbaar-bench-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'],
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    viewport: { width: 1280, height: 800 },
  });
  await context.addInitScript({ content: pageProbeScript });
  await context.addInitScript({ content: startProbeScript });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    server,
    close: async () => {
      await context.close();
      await server.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export const probeOf = (page: Page): Promise<PageProbe> =>
  page.evaluate(() => (window as unknown as { benchProbe: PageProbe }).benchProbe);

const search = (page: Page) => page.getByRole('combobox', { name: /Zoek een collega/ });

/** Opens the screen (signed in as `agentUpn` the first time), types `query` at once, waits for the answer. */
export async function visit(
  screen: AgentScreen,
  agentUpn: string | null,
  query: string,
): Promise<VisitFigures> {
  const { page, server } = screen;
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const onRequest = (request: { url: () => string }) => {
    const url = new URL(request.url());
    if (url.origin !== server.url) return;
    if (url.pathname.endsWith('.js')) scripts.add(url.pathname);
    if (url.pathname.endsWith('.css')) styles.add(url.pathname);
  };
  page.on('request', onRequest);
  const persona = agentUpn === null ? '' : `?persona=${encodeURIComponent(agentUpn)}`;
  await screen.context.addCookies([
    { name: startQueryCookie, value: encodeURIComponent(query), url: server.url },
  ]);
  await page.goto(`${server.url}/${persona}`);
  await page.waitForFunction(
    () => (window as unknown as { benchStart: StartProbe }).benchStart.answerPaintedAt !== null,
    null,
    { timeout: 60_000 },
  );
  await page.waitForLoadState('networkidle');
  page.off('request', onRequest);
  const probe = await probeOf(page);
  const start = await page.evaluate(
    () => (window as unknown as { benchStart: StartProbe }).benchStart,
  );
  const graph = probe.fetches.map((f) => decodeURIComponent(f.url));
  // When each script was asked for (Resource Timing, the page's own clock, as the box's time).
  const scriptStarts = new Map(
    await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => new URL(entry.name).pathname.endsWith('.js'))
        .map((entry) => [new URL(entry.name).pathname, entry.startTime] as const),
    ),
  );
  const boxAt = start.boxAt ?? Number.POSITIVE_INFINITY;
  return {
    boxMs: start.boxAt ?? Number.NaN,
    answerMs: start.answerPaintedAt ?? Number.NaN,
    // A first load: the delta from now and the first page of /users; later: the delta link; then their pages.
    deltaFirst: graph.filter((u) => /\/users(\/delta)?\?/.test(u) && !/[?&]\$skiptoken=/.test(u))
      .length,
    deltaPages: graph.filter((u) => /\/users(\/delta)?\?(.*&)?\$skiptoken=/.test(u)).length,
    teamsList: graph.filter((u) => /\/lists\/BereikbaarTeams\/items/.test(u)).length,
    scripts: [...scripts].sort().map((name) => ({
      ...fileFigures(name),
      requested: (scriptStarts.get(name) ?? 0) < boxAt ? 'firstPaint' : 'afterFirstPaint',
    })),
    styles: [...styles].sort().map(fileFigures),
  };
}

/**
 * What a Teams host fetches on top of the browser's files: the TeamsJS chunk (and the chunks holding its modules,
 * found by their source maps) and the Teams themes; the demo sign-in does not start TeamsJS, so it is read from dist/.
 */
export function teamsExtraScripts(): ScriptFile[] {
  const folder = path.join(dist, 'js');
  return readdirSync(folder)
    .filter((file) => file.endsWith('.js'))
    .filter((file) => {
      if (file.startsWith('teams-js.') || file.startsWith('themes.')) return true;
      const map = path.join(folder, `${file}.map`);
      return (
        existsSync(map) && readFileSync(map, 'utf8').includes('node_modules/@microsoft/teams-js/')
      );
    })
    .sort()
    .map((file) => {
      const content = readFileSync(path.join(folder, file));
      return {
        name: `/js/${file}`,
        bytes: content.length,
        gzipBytes: gzipSync(content, { level: 9 }).length,
      };
    });
}

function fileFigures(name: string): ScriptFile {
  const content = readFileSync(path.join(dist, name));
  return { name, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
}

/** Chromium's own figure for the key pressed at `at` (its longest event), null when under its 16 ms threshold. */
export function browserTimeOf(probe: PageProbe, at: number): number | null {
  const durations = probe.keyEvents
    .filter(([start]) => Math.abs(start - at) < 0.5)
    .map(([, duration]) => duration);
  return durations.length === 0 ? null : Math.max(...durations);
}

/**
 * Until no fetch of the page is in flight and none has started or settled for `quietMs`. (Only fetches that had
 * *started* were counted before: Enter could be pressed while the results' states were still on their way, and
 * the card then waited for them.)
 */
async function quiet(page: Page, quietMs = 400): Promise<void> {
  for (;;) {
    const { pending, last, now } = await page.evaluate(() => {
      const { fetches } = (window as unknown as { benchProbe: PageProbe }).benchProbe;
      return {
        pending: fetches.filter((f) => f.end === null).length,
        last: Math.max(0, ...fetches.map((f) => f.end ?? f.at)),
        now: performance.now(),
      };
    });
    if (pending === 0 && now - last >= quietMs) return;
    await page.waitForTimeout(100);
  }
}

/** Clears the box and types `query`; waits until its results and their states are in. */
export async function typeQuery(page: Page, query: string): Promise<void> {
  await search(page).fill('');
  await search(page).pressSequentially(query);
  await page.getByRole('listbox').getByRole('option').first().waitFor();
  await page.waitForLoadState('networkidle');
  await quiet(page);
  // Every result shows its state ("Status laden…" is the placeholder until its signals are in).
  await page.waitForFunction(
    () => !/Status laden…/.test(document.querySelector('[role="listbox"]')?.textContent ?? ''),
  );
}

/** Presses a key the app ignores (Shift) `count` times: the floor of key → painted frame on this machine. */
export async function noOpKeys(page: Page, count: number): Promise<KeyTiming[]> {
  const before = (await probeOf(page)).keys.length;
  for (let index = 0; index < count; index++) {
    await search(page).press('Shift');
    await page.waitForFunction(
      (n) => (window as unknown as { benchProbe: PageProbe }).benchProbe.keys.length > n,
      before + index,
    );
  }
  const probe = await probeOf(page);
  return probe.keys
    .slice(before)
    .map((key) => ({ ...key, browserMs: browserTimeOf(probe, key.at) }));
}

/**
 * For each of the first `count` results of `query`: highlight it, press Enter, and take the probe's timing once
 * the page has been quiet a moment (so a request the card would start after Enter is counted).
 */
export async function enterOnResults(
  page: Page,
  query: string,
  count: number,
): Promise<KeyTiming[]> {
  await typeQuery(page, query);
  const timings: KeyTiming[] = [];
  for (let index = 0; index < count; index++) {
    const before = (await probeOf(page)).keys.length;
    await search(page).press('ArrowDown');
    await search(page).press('Enter');
    await page.waitForFunction(
      (n) => (window as unknown as { benchProbe: PageProbe }).benchProbe.keys.length > n,
      before,
    );
    await quiet(page, 300);
    const probe = await probeOf(page);
    const timing = probe.keys.at(-1) as KeyTiming;
    timings.push({
      ...timing,
      browserMs: browserTimeOf(probe, timing.at),
      requestsAfter: probe.fetches.filter((f) => f.at >= timing.at).length,
    });
  }
  return timings;
}

/** Types each query one letter at a time and returns the timing of every letter. */
export async function typeLetters(page: Page, queries: readonly string[]): Promise<KeyTiming[]> {
  const timings: KeyTiming[] = [];
  for (const query of queries) {
    await search(page).fill('');
    await quiet(page);
    const before = (await probeOf(page)).keys.length;
    for (const [index, letter] of [...query].entries()) {
      await search(page).press(letter === ' ' ? 'Space' : letter);
      // One letter at a time: the next key waits for this one's frame, as a person's typing would.
      await page.waitForFunction(
        (n) => (window as unknown as { benchProbe: PageProbe }).benchProbe.keys.length > n,
        before + index,
      );
    }
    await quiet(page);
    const probe = await probeOf(page);
    const keys = probe.keys.slice(before);
    timings.push(...keys.map((key) => ({ ...key, browserMs: browserTimeOf(probe, key.at) })));
  }
  return timings;
}

/** Presses the screen's refresh button, as the 60-second timer would refresh, and waits until it is in. */
export async function refreshStates(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Vernieuwen' }).click();
  await page.waitForLoadState('networkidle');
  await quiet(page);
}

/** The emulator's request log: what one open screen asks Graph in a period (HTTP requests and sub-requests). */
export async function emulatorRequests(
  emulator: RunningEmulator,
): Promise<{ method: string; path: string; kind: 'top' | 'sub'; upn: string | null }[]> {
  const response = await fetch(`${emulator.url}/_emulator/requests`);
  const log = (await response.json()) as {
    requests: { method: string; path: string; kind: 'top' | 'sub'; upn: string | null }[];
  };
  return log.requests;
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * p) - 1)] ?? Number.NaN;
}
