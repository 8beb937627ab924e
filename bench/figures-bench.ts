// Figures for a year of a mid-size municipality: the time to compute them from 20,000 callback requests.
import type { RunningEmulator } from '../emulator/server';
import { importGeneratedCallbacks } from '../scripts/demo-tenant/bulk-callbacks';
import { demoSharePointSite } from '../src/config/app-config';
import type { CallbackRequest } from '../src/domain/callbacks';
import { computeFigures } from '../src/domain/figures';
import type { Instant } from '../src/domain/time';
import { DAY_MS, HOUR_MS, MINUTE_MS, instantFromEpochMs, instantFromIso } from '../src/domain/time';
import { STATUTORY_CALENDAR, callbackDueAt } from '../src/domain/working-days';
import { createGraphClient } from '../src/graph/client';
import { siteLocatorFrom } from '../src/graph/lists';
import { dueWindows, pageSize, readCallbacksForPeriod } from '../src/graph/monitoring';

const teams = ['Burgerzaken', 'Belastingen', 'Vergunningen', 'Wmo', 'Afval', 'Parkeren', 'Jeugd'];

/** Deterministic pseudo-random requests over a year (mulberry32), with attempts, closings and overdue ones. */
export function syntheticRequests(count: number, from: Instant, days: number): CallbackRequest[] {
  let seed = 20_250_101;
  const random = () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const requests: CallbackRequest[] = [];
  for (let i = 0; i < count; i++) {
    const madeAt = instantFromEpochMs(
      from +
        Math.floor(random() * days) * DAY_MS +
        (8 * HOUR_MS + Math.floor(random() * 9 * HOUR_MS)),
    );
    const dueAt = callbackDueAt(madeAt, STATUTORY_CALENDAR);
    const tried = random() < 0.8;
    const firstAt = instantFromEpochMs(madeAt + Math.floor(random() * 4 * DAY_MS) + 5 * MINUTE_MS);
    const closed = tried && random() < 0.85;
    requests.push({
      id: `bench-${i}`,
      citizen: { name: '', phone: null, email: null },
      question: '',
      channel: 'phone',
      preferredTime: null,
      madeAt,
      madeById: 'agent',
      assignedToPersonId: random() < 0.7 ? `p${i % 120}` : null,
      assignedToTeam: teams[i % teams.length] ?? null,
      teamMailbox: null,
      dueAt,
      status: closed ? 'done' : random() < 0.05 ? 'cancelled' : 'open',
      attempts: tried ? [{ at: firstAt, byId: 'p', outcome: 'reached', note: '' }] : [],
      closedAt: closed ? firstAt : null,
      closedById: null,
      outcomeNote: null,
      claimedById: null,
    });
  }
  return requests;
}

export type FiguresBenchResult = {
  requests: number;
  weeks: number;
  teams: number;
  medianMs: number;
  runs: number;
};

/** Computes the figures a few times and reports the median wall time. */
export function measureFigures(count = 20_000, runs = 5): FiguresBenchResult {
  const from = instantFromIso('2025-01-01T00:00:00+01:00') as Instant;
  const to = instantFromIso('2026-01-01T00:00:00+01:00') as Instant;
  const requests = syntheticRequests(count, from, 365);
  const now = instantFromEpochMs(to + 10 * DAY_MS);
  const times: number[] = [];
  let weeks = 0;
  let teamCount = 0;
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const report = computeFigures(requests, {
      period: { from, to },
      now,
      calendar: STATUTORY_CALENDAR,
    });
    times.push(performance.now() - started);
    weeks = report.weeks.length;
    teamCount = report.teams.length;
  }
  times.sort((a, b) => a - b);
  return {
    requests: count,
    weeks,
    teams: teamCount,
    medianMs: times[Math.floor(runs / 2)] ?? 0,
    runs,
  };
}

export type YearReadResult = {
  items: number;
  httpRequests: number;
  dueWindows: number;
  pageSize: number;
  elapsedMs: number;
};

/**
 * Generates a year of requests in a running emulator and reads it back as the coordinator does: $select, indexed
 * DueAt filters in month windows, paging. Counts the HTTP requests the emulator received.
 */
export async function measureYearRead(
  emulator: RunningEmulator,
  count = 20_000,
): Promise<YearReadResult> {
  await importGeneratedCallbacks(
    emulator,
    { count, from: '2025-01-01', to: '2025-12-31', seed: 2025 },
    new Date(),
  );
  const token = emulator.tokenFor('ingrid.bakker@lindeburg.example');
  const client = createGraphClient({
    authProvider: { getAccessToken: () => Promise.resolve(token) },
    graphBaseUrl: emulator.url,
  });
  const from = instantFromIso('2025-01-01T00:00:00+01:00') as Instant;
  const to = instantFromIso('2026-01-01T00:00:00+01:00') as Instant;
  await fetch(`${emulator.url}/_emulator/requests`, { method: 'DELETE' });
  const started = performance.now();
  const read = await readCallbacksForPeriod(client, siteLocatorFrom(demoSharePointSite), {
    from,
    to,
    team: null,
  });
  const elapsedMs = performance.now() - started;
  const log = (await (await fetch(`${emulator.url}/_emulator/requests`)).json()) as {
    count: number;
  };
  return {
    items: read.requests.length,
    httpRequests: log.count,
    dueWindows: dueWindows(from, to).length,
    pageSize,
    elapsedMs,
  };
}
