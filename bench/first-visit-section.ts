// `npm run bench`, the first visit in detail: the seeded municipality and 5,000 people, each in an empty browser
// profile with 100 ms on every Graph request; the directory's requests and where the time goes, beside the goal
// and what it cost before (the whole directory through /users/delta, pages one after another).
import { startDemoTenant } from '../scripts/demo-tenant/start-demo-tenant';
import type { RunningEmulator } from '../emulator/server';
import { addPeople } from './bulk-people';
import { setLatency } from './emulator-latency';
import { emulatorRequests } from './agent-screen-bench';
import { firstVisit, requestSummary, type FirstVisitFigures } from './first-visit-bench';
import { directoryLoad } from './graph-load';

const agent = 'sanne.devries@lindeburg.example';
const admin = 'ingrid.bakker@lindeburg.example';
const latencyMs = 100;
const ms = (value: number) => `${Math.round(value)} ms`;

type Printer = (rows: Record<string, string | number>[]) => string;

const peopleIn = (emulator: RunningEmulator) =>
  emulator.state.users.filter((user) => user.accountEnabled && user.deletedSeq === undefined)
    .length;

function row(figures: FirstVisitFigures, goalMs: number, before: string) {
  return {
    people: figures.people,
    'first answer': ms(figures.answerMs),
    'app start': ms(figures.directoryStartMs),
    'directory on the network': ms(figures.directoryDoneMs - figures.directoryStartMs),
    'then in the browser': ms(figures.answerMs - figures.directoryDoneMs),
    'directory requests': figures.directoryRequests.length,
    goal: `≤ ${goalMs} ms, directory once, pages of 999`,
    before,
  };
}

/** Measures both first visits and prints them; throws when dist/ is missing. */
export async function benchFirstVisit(port: number, table: Printer): Promise<void> {
  const emulator = await startDemoTenant({ port, quiet: true });
  try {
    await setLatency(emulator, latencyMs);
    const small = await firstVisit(agent, 'jan', peopleIn(emulator));
    await setLatency(emulator, 0);
    await addPeople(emulator, admin, peopleIn(emulator), 5000);
    await setLatency(emulator, latencyMs);
    await fetch(`${emulator.url}/_emulator/requests`, { method: 'DELETE' });
    const big = await firstVisit(agent, 'jan', peopleIn(emulator));
    const load = directoryLoad(await emulatorRequests(emulator));
    await setLatency(emulator, 0);
    console.log(
      table([
        row(small, 2000, '/users/delta in pages of 100, one after another'),
        row(big, 3000, '9.7–14.7 s: 50 delta pages of 100, one after another'),
      ]),
    );
    for (const figures of [small, big])
      console.log(
        `   ${figures.people} people: ${requestSummary(figures.directoryRequests) || 'none'}`,
      );
    console.log(
      `   directory cost of one first visit (5,000 people): ${load.count} requests, ${load.units} Entra ID resource units; 10 agents opening at once: ${load.units * 10} RU of 8,000 per 10 s per app per tenant (${((load.units * 10 * 100) / 8000).toFixed(1)} %); before: 50 delta pages of 100 (50 RU), one after another`,
    );
    if (process.env.BENCH_TIMELINE)
      for (const figures of [small, big]) console.log(figures.timeline);
  } finally {
    await emulator.close();
  }
}
