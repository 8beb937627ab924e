// The first visit of the agent screen (empty browser profile, 100 ms on every Graph request) for the seeded
// municipality and for 5,000 people: navigation to the first answer, which directory requests it made (how many,
// which page size) and where the time went: the directory on the network, then the browser (merging, IndexedDB,
// the search index, rendering). Production build in dist/, Chromium.
import type { Page } from 'playwright-core';
import { openAgentScreen, visit, type VisitFigures } from './agent-screen-bench';

export type FirstVisitFigures = VisitFigures & {
  people: number;
  /** The directory's Graph requests in the order they started, shortened (`/users?$top=999…`). */
  directoryRequests: string[];
  /** From navigation to the start of the first directory request (the app's start). */
  directoryStartMs: number;
  /** From navigation to the end of the last directory response the first answer waited for. */
  directoryDoneMs: number;
  /** Each of those requests with its start and end (ms from navigation). */
  timeline: string[];
};

/** The directory's requests: users (list, delta, direct reports in a batch) and the teams list. */
const isDirectoryRequest = (url: string) =>
  /\/v1\.0\/(users(\/delta)?\?|\$batch)|\/lists\/BereikbaarTeams\/items/.test(url);

function shorten(url: string): string {
  const decoded = decodeURIComponent(url).replace(/^https?:\/\/[^/]+\/v1\.0/, '');
  const path = decoded.split('?')[0] ?? decoded;
  const query = new URLSearchParams(decoded.split('?')[1] ?? '');
  const kept = ['$top', '$deltatoken', '$skiptoken'].filter((name) => query.has(name));
  const shown = kept.map((name) =>
    name === '$top' || query.get(name) === 'latest' ? `${name}=${query.get(name)}` : `${name}=…`,
  );
  return shown.length > 0 ? `${path}?${shown.join('&')}` : path;
}

async function resourceTimes(page: Page): Promise<{ name: string; start: number; end: number }[]> {
  return page.evaluate(() =>
    performance.getEntriesByType('resource').map((entry) => ({
      name: entry.name,
      start: entry.startTime,
      end: (entry as PerformanceResourceTiming).responseEnd,
    })),
  );
}

/** One first visit in a fresh profile, signed in as `agentUpn`, typing `query`. */
export async function firstVisit(
  agentUpn: string,
  query: string,
  people: number,
): Promise<FirstVisitFigures> {
  const screen = await openAgentScreen();
  // When the search box can first be typed in (the directory is there and rendered).
  await screen.context.addInitScript({
    content: `new MutationObserver(() => {
      const box = document.querySelector('input[role="combobox"]');
      if (window.benchBoxReadyAt === undefined && box && !box.disabled) window.benchBoxReadyAt = performance.now();
    }).observe(document, { childList: true, subtree: true, attributes: true });`,
  });
  try {
    const figures = await visit(screen, agentUpn, query);
    const boxReadyAt = await screen.page.evaluate(
      () => (window as unknown as { benchBoxReadyAt?: number }).benchBoxReadyAt ?? Number.NaN,
    );
    // The directory's requests the first answer waited for (later batches are the states of the results).
    const times = (await resourceTimes(screen.page)).filter(
      (entry) => isDirectoryRequest(entry.name) && entry.end <= figures.answerMs,
    );
    return {
      ...figures,
      people,
      directoryRequests: times.map((entry) => shorten(entry.name)),
      directoryStartMs: Math.min(...times.map((entry) => entry.start)),
      directoryDoneMs: Math.max(0, ...times.map((entry) => entry.end)),
      timeline: [
        ...times.map(
          (entry) => `${shorten(entry.name)} ${Math.round(entry.start)}–${Math.round(entry.end)}`,
        ),
        ...(await screen.page.evaluate(() =>
          performance.getEntriesByType('mark').map((m) => `${m.name} ${Math.round(m.startTime)}`),
        )),
        `box ready ${Math.round(boxReadyAt)}`,
        `answer ${Math.round(figures.answerMs)}`,
      ],
    };
  } finally {
    await screen.close();
  }
}

/** How the requests read in a table: identical ones counted (`/users?$top=999 ×6`). */
export function requestSummary(requests: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const request of requests) {
    const key = request.replace(/\$skiptoken=…/, '(next)');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts]
    .map(([request, count]) => (count > 1 ? `${request} ×${count}` : request))
    .join(', ');
}
