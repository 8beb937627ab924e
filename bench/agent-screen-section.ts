// `npm run bench`, the agent screen in Chromium: every figure of issue 17 with its goal beside it and the naive
// way (what the screen did before, or what it would cost without the cache, the batching, the lazy host SDKs).
import { startDemoTenant } from '../scripts/demo-tenant/start-demo-tenant';
import type { RunningEmulator } from '../emulator/server';
import { addPeople } from './bulk-people';
import { setLatency } from './emulator-latency';
import {
  emulatorRequests,
  enterOnResults,
  noOpKeys,
  openAgentScreen,
  percentile,
  refreshStates,
  teamsExtraScripts,
  typeLetters,
  visit,
  type ScriptFile,
  type VisitFigures,
} from './agent-screen-bench';
import type { KeyTiming } from './agent-screen-probes';
import { graphLoadRows } from './graph-load';
import { growTeam } from './big-team';

const agent = 'sanne.devries@lindeburg.example';
const admin = 'ingrid.bakker@lindeburg.example';
const frameMs = 16;
// The same rows, with this probe, on this machine, of the build before the Enter work of issue 17 (commit 6a7e601:
// every result re-rendered per key, each state recomputed at each render, a team's states fetched on Enter), to
// read today's figures against (the machine's load moves both).
const beforeEnter = 'median 63, p95 462 ms, 4 requests';
const beforeTeam = '164 ms';
const beforeBigTeam = 'median 320, p95 1286 ms, 1 request';
const beforeAfterRefresh = 'median 51, p95 241 ms';
const beforeLetters = 'median 65, p95 165 ms';
const ms = (value: number) => `${Math.round(value)} ms`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export type Printer = (rows: Record<string, string | number>[]) => string;

/** The directory's size: enabled accounts, as the delta sync keeps them. */
const peopleIn = (emulator: RunningEmulator) =>
  emulator.state.users.filter((user) => user.accountEnabled && user.deletedSeq === undefined)
    .length;

/** Chromium's p95 for the keys: a key it did not report took under 16 ms (counted as 16, its upper bound). */
function browserP95(timings: readonly KeyTiming[]): string {
  const p95 = percentile(
    timings.map((t) => t.browserMs ?? frameMs),
    0.95,
  );
  return p95 <= frameMs ? `≤ ${frameMs} ms` : ms(p95);
}

/**
 * A key's row. "Within one frame" is read as two goals: painted in the first frame the browser paints after a key
 * (p95; the no-op key's row is that frame on this machine, which no app can go under: its frame p95 is the goal's
 * frame when it is later than the first), and the app's own handling (key → DOM complete, before the paint)
 * ≤ 16 ms at p95. Requests after the key count for Enter (0 is a goal); after a letter the new results' states
 * are asked for, by design.
 */
function keyRow(
  label: string,
  timings: readonly KeyTiming[],
  before: string,
  naive: string,
  goal: { floorFrame: number; requests: 'none' | 'any' },
) {
  const goalFrame = Math.max(1, goal.floorFrame);
  const values = timings.map((t) => t.ms);
  const frames = percentile(
    timings.map((t) => t.frames),
    0.95,
  );
  const handled = percentile(
    timings.map((t) => t.handledMs),
    0.95,
  );
  const complete = timings.filter((t) => t.complete).length;
  const requests = timings.reduce((sum, t) => sum + t.requestsAfter, 0);
  const misses = [
    frames > goalFrame ? `frame p95 ${frames}` : null,
    handled > frameMs ? `handling p95 ${ms(handled)}` : null,
    complete < timings.length ? `${timings.length - complete} incomplete` : null,
    goal.requests === 'none' && requests > 0 ? `${requests} requests` : null,
  ].filter((miss) => miss !== null);
  return {
    measure: label,
    samples: timings.length,
    median: ms(percentile(values, 0.5)),
    p95: ms(percentile(values, 0.95)),
    'frame p95': frames,
    'handling p95': ms(handled),
    'Chromium p95': browserP95(timings),
    complete: `${complete}/${timings.length}`,
    'requests after': requests,
    goal: `frame ≤ ${goalFrame} (the floor's), handling ≤ ${frameMs} ms (p95)${goal.requests === 'none' ? ', 0 requests' : ''}`,
    met: misses.length === 0 ? 'met' : `not met: ${misses.join(', ')}`,
    before,
    naive,
  };
}

function floorRow(timings: readonly KeyTiming[]) {
  const values = timings.map((t) => t.ms);
  return {
    measure: 'no-op key (Shift) → painted: the browser alone (floor)',
    samples: timings.length,
    median: ms(percentile(values, 0.5)),
    p95: ms(percentile(values, 0.95)),
    'frame p95': percentile(
      timings.map((t) => t.frames),
      0.95,
    ),
    'handling p95': ms(
      percentile(
        timings.map((t) => t.handledMs),
        0.95,
      ),
    ),
    'Chromium p95': browserP95(timings),
    complete: '',
    'requests after': timings.reduce((sum, t) => sum + t.requestsAfter, 0),
    goal: 'none: what a key costs when the app does nothing',
    met: '',
    before: '',
    naive: '',
  };
}

function visitRow(label: string, figures: readonly VisitFigures[], goalMs: number, naive: string) {
  const answers = figures.map((f) => f.answerMs);
  const last = figures.at(-1) as VisitFigures;
  return {
    measure: label,
    runs: figures.length,
    'search box': ms(
      percentile(
        figures.map((f) => f.boxMs),
        0.5,
      ),
    ),
    median: ms(percentile(answers, 0.5)),
    worst: ms(Math.max(...answers)),
    'directory requests': `${last.deltaFirst} first + ${last.deltaPages} pages, teams ${last.teamsList}`,
    goal: `≤ ${goalMs} ms`,
    naive,
  };
}

function scriptRows(files: readonly ScriptFile[]) {
  return files.map((f) => ({ file: f.name, KB: kb(f.bytes), 'KB gzip': kb(f.gzipBytes) }));
}

/** Runs the browser measurements and prints them; throws when dist/ is missing. */
export async function benchAgentScreen(port: number, table: Printer): Promise<void> {
  const emulator = await startDemoTenant({ port, quiet: true });
  const screen = await openAgentScreen();
  try {
    const { page } = screen;
    // First visit: an empty browser profile, 100 ms on every request.
    await setLatency(emulator, 100);
    const first = await visit(screen, agent, 'jan');
    const seeded = peopleIn(emulator);
    await setLatency(emulator, 0);
    const cold: VisitFigures[] = [];
    for (let run = 0; run < 5; run++) cold.push(await visit(screen, null, 'jan'));

    const scripts = first.scripts;
    const total = scripts.reduce((sum, f) => sum + f.gzipBytes, 0);
    const forFirstPaint = scripts.filter((f) => f.requested === 'firstPaint');
    const firstPaintTotal = forFirstPaint.reduce((sum, f) => sum + f.gzipBytes, 0);
    console.log('   a. JavaScript the agent screen fetched (gzip -9), plain browser, demo tenant');
    console.log(
      table(
        scriptRows(scripts).map((row, index) => ({
          ...row,
          'asked for': scripts[index]?.requested === 'firstPaint' ? 'before the box' : 'after it',
        })),
      ),
    );
    console.log(
      `   for the first paint (asked for before the search box was in the page): ${kb(firstPaintTotal)} gzipped in ${forFirstPaint.length} files; goal ≤ 150 KB`,
    );
    console.log(
      `   after it, in the background (the navigation's counts, the outbox, the outcome recorder): ${kb(total - firstPaintTotal)}; all ${kb(total)} in ${scripts.length} files`,
    );
    console.log(
      '   before issue 17: 316.7 KB, all up front (teams-js and every catalog); before the per-page message groups: 224.8 KB; before the per-language core catalog, plain config checks, one eager theme, native banner selects, the daily group, lazy notifications and the styles made at build time: 212.9 KB; before the Fluent tokens written out at build time: 180.4 KB; before the callback parts came after the first paint: 176.9 KB (all of it for the first paint)',
    );
    const styles = first.styles.reduce((sum, f) => sum + f.gzipBytes, 0);
    console.log(
      `   beside it, not JavaScript: ${first.styles.map((f) => f.name).join(', ')} ${kb(styles)} gzipped (every style of every page, made at build time by Griffel; before, the same CSS was computed and inserted by the JavaScript while starting)`,
    );
    const teams = teamsExtraScripts().filter((f) => !scripts.some((s) => s.name === f.name));
    const teamsTotal = teams.reduce((sum, f) => sum + f.gzipBytes, 0);
    console.log(
      `   in Teams, on top: ${teams.map((f) => `${f.name} ${kb(f.gzipBytes)}`).join(', ')} = ${kb(teamsTotal)}; Teams total for the first paint ${kb(firstPaintTotal + teamsTotal)}, all ${kb(total + teamsTotal)} (teams-js was 54.8 KB with the whole namespace)`,
    );

    const enterQueries = ['de', 'ber', 'jan', 'van', 'ma'];
    const enters: KeyTiming[] = [];
    for (const query of enterQueries) enters.push(...(await enterOnResults(page, query, 5)));
    const floor = await noOpKeys(page, 25);
    // Three times, after a colleague's card each time (so the team is opened anew): one sample is no figure.
    const smallTeam: KeyTiming[] = [];
    for (let run = 0; run < 3; run++) {
      await enterOnResults(page, 'jan', 1);
      smallTeam.push(...(await enterOnResults(page, 'burgerzaken', 1)));
    }
    await refreshStates(page);
    const afterRefresh: KeyTiming[] = [];
    for (const query of enterQueries.slice(0, 3))
      afterRefresh.push(...(await enterOnResults(page, query, 5)));

    // A minute of the open screen: what Graph sees from one agent.
    await fetch(`${emulator.url}/_emulator/requests`, { method: 'DELETE' });
    await page.waitForTimeout(61_000);
    const minute = await emulatorRequests(emulator);

    // A municipality of 5,000: a fresh profile, first visit with latency, then typing.
    await addPeople(emulator, admin, seeded, 5000);
    await growTeam(emulator, admin, 'Burgerzaken', 40);
    const big = await openAgentScreen();
    let bigFirst: VisitFigures;
    let letters: KeyTiming[];
    const team: KeyTiming[] = [];
    try {
      await setLatency(emulator, 100);
      bigFirst = await visit(big, agent, 'jan');
      await setLatency(emulator, 0);
      letters = await typeLetters(big.page, [
        'jansen',
        'van der',
        'berg',
        'paspoort',
        'burgerzaken',
        'demir',
        'wmo',
      ]);
      // Enter on the team of 40 (after a colleague's card each time, so the team is opened anew).
      for (let run = 0; run < 5; run++) {
        await enterOnResults(big.page, 'jansen', 1);
        team.push(...(await enterOnResults(big.page, 'burgerzaken', 1)));
      }
    } finally {
      await big.close();
    }

    console.log(
      '\n   b. Start: navigation to the painted answer of a search typed the moment the box is there (by a probe in the page, so no driver latency)',
    );
    console.log(
      table([
        visitRow(
          `cold start, cached directory (${seeded} people)`,
          cold,
          400,
          'without the device cache it is a first visit; before the early page fetch: median 752–1283 ms here',
        ),
        visitRow(
          `first visit, empty cache, 100 ms latency (${seeded} people)`,
          [first],
          2000,
          'directory twice per visit before issue 12',
        ),
        visitRow(
          `first visit, empty cache, 100 ms latency (${peopleIn(emulator)} people)`,
          [bigFirst],
          3000,
          'same',
        ),
      ]),
    );

    console.log(
      '\n   c. Key to painted frame (Chromium, production build; median/p95: key → painted; frame: in which 16.7 ms interval after the key it was painted; handling: key → the app done, before the paint)',
    );
    const floorFrame = percentile(
      floor.map((t) => t.frames),
      0.95,
    );
    const enterGoal = { floorFrame, requests: 'none' } as const;
    console.log(
      table([
        floorRow(floor),
        keyRow(
          `Enter → full card, first 5 results of ${enterQueries.length} searches`,
          enters,
          beforeEnter,
          'signals fetched on open: a round trip (≥ 100 ms)',
          enterGoal,
        ),
        keyRow('Enter → a team of the demo tenant', smallTeam, beforeTeam, 'same', enterGoal),
        keyRow(
          `Enter → a team of 40 or more (${peopleIn(emulator)} people)`,
          team,
          beforeBigTeam,
          'same',
          enterGoal,
        ),
        keyRow(
          'Enter → full card, right after a refresh',
          afterRefresh,
          beforeAfterRefresh,
          'same',
          enterGoal,
        ),
        keyRow(
          `letter → painted results (${peopleIn(emulator)} people)`,
          letters,
          beforeLetters,
          'a Graph search per letter: a round trip',
          { floorFrame, requests: 'any' },
        ),
      ]),
    );

    console.log(
      '\n   d. Graph load of a front office: one open agent screen for a minute, times 10 agents',
    );
    console.log(table(graphLoadRows(minute, 10)));
  } finally {
    await screen.close();
    await emulator.close();
  }
}
