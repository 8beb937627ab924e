// The demo data of a week in Bereikbaar's own lists, written through Graph by the people who would enter it in the
// app: the week's absences (team leaders), a quarter of callback history and the week's callback requests, and the
// call outcomes behind them (front office). Run once on a freshly provisioned demo tenant whose team settings are entered.
import type { DemoTenantAccess } from './demo-graph';
import { at, plusDays, weekStartOf } from './demo-calendar';
import { generateCallbackHistoryThroughGraph } from './generate-callbacks';
import { generateContactsThroughGraph } from './generate-contacts';
import { seedAbsences } from './team-and-absence-items';
import { seedWeekCallbacks } from './week-callbacks';
import { instantFromEpochMs, localDateAt } from '../../src/domain/time';

/** Requests in the history before the demo week: enough for the monitor to show figures from the first start. */
const historyCount = 1200;

/** Fills the lists for the week of `now`; nothing in them is made after `now`. */
export async function seedDemoData(tenant: DemoTenantAccess, now: Date): Promise<void> {
  const weekStart = weekStartOf(now);
  await seedAbsences(tenant, weekStart);
  // A quarter of history for every team, as it stood at the start of the week; first, so that the week's requests,
  // which grow in number through the week, never shift its item ids.
  const history = await generateCallbackHistoryThroughGraph(
    tenant,
    {
      count: historyCount,
      from: plusDays(weekStart, -91),
      to: plusDays(weekStart, -1),
      seed: 2025,
    },
    new Date(at(weekStart)),
  );
  const week = await seedWeekCallbacks(tenant, weekStart, instantFromEpochMs(now.getTime()));
  // The calls behind those requests, and the team's other calls of the same weeks (the monitor's study figures).
  await generateContactsThroughGraph(
    tenant,
    {
      requests: [...history, ...week],
      from: plusDays(weekStart, -91),
      to: localDateAt(instantFromEpochMs(now.getTime())),
      seed: 2025,
    },
    now,
  );
}
