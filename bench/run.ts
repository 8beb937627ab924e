// `npm run bench`: figures to compare run to run (ratios and request counts; the machine is noisy).
import { printTable } from './print-table';
import { startDemoTenant } from '../scripts/demo-tenant/start-demo-tenant';
import { measureSearch } from './search-bench';
import { measureRoundTrips } from './round-trips-bench';
import { benchAgentScreen } from './agent-screen-section';
import { benchFirstVisit } from './first-visit-section';
import { measureFigures, measureYearRead } from './figures-bench';
import { benchSpeedAndScale } from './speed-and-scale-section';

const agent = 'sanne.devries@lindeburg.example';
const latencyMs = 100;

const table = printTable;

async function main(): Promise<void> {
  console.log('Bereikbaar benchmark\n');

  console.log(
    `1. Availability round trips (emulator with ${latencyMs} ms latency per HTTP request and 20 ms per Outlook request in its mailbox; directory already cached)`,
  );
  const roundTripEmulator = await startDemoTenant({ port: 0, quiet: true });
  try {
    const { rows, directoryPeople } = await measureRoundTrips(roundTripEmulator, agent, latencyMs);
    console.log(`   directory: ${directoryPeople} people\n`);
    console.log(
      table(
        rows.map((r) => ({
          scenario: r.scenario,
          people: r.people,
          strategy: r.strategy,
          'HTTP requests': r.httpRequests,
          'sub-requests': r.subRequests,
          'refused (429)': r.refused,
          'elapsed ms': Math.round(r.elapsedMs),
        })),
      ),
    );
    for (const scenario of new Set(rows.map((r) => r.scenario))) {
      const batched = rows.find((r) => r.scenario === scenario && r.strategy === 'batched');
      const naive = rows.find((r) => r.scenario === scenario && r.strategy === 'naive');
      if (batched && naive)
        console.log(
          `   ${scenario}: naive needs ${(naive.httpRequests / batched.httpRequests).toFixed(1)}× the HTTP requests, ${(naive.elapsedMs / batched.elapsedMs).toFixed(1)}× the time`,
        );
    }
  } finally {
    await roundTripEmulator.close();
  }

  console.log('\n2. Search time per keystroke (domain search over generated people)');
  const search = measureSearch(5000);
  console.log(
    table([
      {
        people: search.people,
        keystrokes: search.keystrokes,
        'index build ms': search.indexBuildMs.toFixed(1),
        'median ms': search.medianMs.toFixed(3),
        'p95 ms': search.p95Ms.toFixed(3),
        'max ms': search.maxMs.toFixed(3),
        target: 'median < 5 ms',
      },
    ]),
  );

  console.log(
    '\n3. The agent screen in Chromium (production build in dist/, demo tenant; goals of issue 17 beside each figure)',
  );
  try {
    await benchAgentScreen(Number(process.env.EMULATOR_PORT ?? 4000), table);
  } catch (error) {
    console.log(`   skipped: ${error instanceof Error ? error.message : String(error)}`);
  }

  console.log(
    '\n3f. First visit in detail (empty profile, 100 ms per Graph request): where the time goes, the directory requests',
  );
  try {
    await benchFirstVisit(Number(process.env.EMULATOR_PORT ?? 4000), table);
  } catch (error) {
    console.log(`   skipped: ${error instanceof Error ? error.message : String(error)}`);
  }

  console.log('\n4. Monitoring figures for a year (20,000 callback requests)');
  const figures = measureFigures(20_000);
  const yearEmulator = await startDemoTenant({ port: 0, quiet: true });
  try {
    const year = await measureYearRead(yearEmulator, 20_000);
    console.log(
      table([
        {
          requests: figures.requests,
          weeks: figures.weeks,
          teams: figures.teams,
          'compute median ms': figures.medianMs.toFixed(1),
          'read: items': year.items,
          'read: HTTP requests': year.httpRequests,
          'read: DueAt windows': year.dueWindows,
          'read: $top': year.pageSize,
          'read ms (no latency)': Math.round(year.elapsedMs),
        },
      ]),
    );
    console.log(
      '   the screen computes in slices of 2,000 with a yield in between, so no single task blocks input for long',
    );
  } finally {
    await yearEmulator.close();
  }

  console.log(
    '\n5. Speed and scale of issue 14 (Chromium, production build in dist/; goals beside each figure)',
  );
  try {
    await benchSpeedAndScale(Number(process.env.EMULATOR_PORT ?? 4000), table);
  } catch (error) {
    console.log(`   skipped: ${error instanceof Error ? error.message : String(error)}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
