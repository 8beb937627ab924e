// Monitoring against the demo tenant: a generated year of callback requests read with $select, indexed filters and
// paging (the request count is bound by pages, not items); the figures of a small known set match a hand count; a
// team leader's read is filtered to their team.
import type { Client } from '@microsoft/microsoft-graph-client';
import type { RunningEmulator } from '../emulator/server';
import { startDemoTenant } from '../scripts/demo-tenant/start-demo-tenant';
import { demoSharePointSite } from '../src/config/app-config';
import { computeFigures } from '../src/domain/figures';
import type { Instant } from '../src/domain/time';
import { instantFromIso } from '../src/domain/time';
import { STATUTORY_CALENDAR } from '../src/domain/working-days';
import { createGraphClient } from '../src/graph/client';
import { siteLocatorFrom } from '../src/graph/lists';
import { dueWindows, pageSize, readCallbacksForPeriod } from '../src/graph/monitoring';
import { callbacksList } from '../schema/lists';

const site = siteLocatorFrom(demoSharePointSite);
const at = (iso: string): Instant => instantFromIso(iso) as Instant;
const now = at('2026-04-09T12:00:00+02:00');
const yearCount = 20_000;

let emulator: RunningEmulator;
beforeAll(async () => {
  // A year of requests generated through Graph (scripts/demo-tenant/generate-callbacks.ts) into the demo tenant.
  const tenant = await startDemoTenant({
    port: 0,
    quiet: true,
    now: () => new Date(now),
    callbackHistory: { count: yearCount, from: '2025-01-01', to: '2025-12-31', seed: 42 },
  });
  emulator = tenant;
  expect(tenant.generatedCallbacks).toMatchObject({
    created: yearCount,
    teams: expect.any(Number),
  });
}, 600_000);
afterAll(async () => {
  await emulator.close();
});

function clientFor(upn: string): Client {
  const token = emulator.tokenFor(upn);
  return createGraphClient({
    authProvider: { getAccessToken: () => Promise.resolve(token) },
    graphBaseUrl: emulator.url,
  });
}

async function graphRequestsDuring(work: () => Promise<unknown>): Promise<string[]> {
  await fetch(`${emulator.url}/_emulator/requests`, { method: 'DELETE' });
  await work();
  const log = (await (await fetch(`${emulator.url}/_emulator/requests`)).json()) as {
    requests: Array<{ path: string }>;
  };
  return log.requests.map((request) => request.path);
}

const callbackItems = () => {
  const list = emulator.state.lists.find((candidate) => candidate.name === callbacksList.name)!;
  return emulator.state.items.filter((item) => item.listId === list.id);
};

describe('a generated year of callback requests', () => {
  const from = at('2025-01-01T00:00:00+01:00');
  const to = at('2026-01-01T00:00:00+01:00');

  it('is read with a number of HTTP requests bound by pages, not by items', async () => {
    let read: Awaited<ReturnType<typeof readCallbacksForPeriod>> | undefined;
    const paths = await graphRequestsDuring(async () => {
      read = await readCallbacksForPeriod(clientFor('ingrid.bakker@lindeburg.example'), site, {
        from,
        to,
        team: null,
      });
    });
    const made = read!.requests.filter((r) => r.madeAt >= from && r.madeAt < to);
    expect(made).toHaveLength(yearCount);
    expect(read!.skipped).toBe(0);
    // At most one partial page per DueAt window on top of the full pages.
    const windows = dueWindows(from, to).length;
    expect(paths.length).toBe(read!.httpRequests);
    expect(paths.length).toBeLessThanOrEqual(Math.ceil(read!.requests.length / pageSize) + windows);
    expect(paths.length).toBeLessThan(40);
    for (const path of paths) {
      const decoded = decodeURIComponent(path);
      expect(decoded).toContain('$select=RequestId,MadeAt,DueAt,Status');
      expect(decoded).not.toMatch(/CitizenName|CitizenPhone|Question/);
      expect(decoded).toMatch(/fields\/DueAt ge '[^']+' and fields\/DueAt lt '[^']+'/);
    }
    // The figures of the whole year come out of it in one pass.
    const report = computeFigures(read!.requests, {
      period: { from, to },
      now,
      calendar: STATUTORY_CALENDAR,
    });
    expect(report.total.made).toBe(yearCount);
    expect(report.weeks).toHaveLength(53); // 2025-W01 (30 Dec 2024) … 2026-W01 (holds 29–31 Dec 2025)
    expect(report.total.calledBack).toBeGreaterThan(0);
    expect(report.total.calledBackOnTime).toBeLessThanOrEqual(report.total.calledBack);
  }, 60_000);

  it("gives a team leader's read only their own team (the filter; list permissions decide what may be read)", async () => {
    const read = await readCallbacksForPeriod(
      clientFor('mohamed.elamrani@lindeburg.example'),
      site,
      { from, to, team: 'Burgerzaken' },
    );
    const expected = callbackItems().filter(
      (item) =>
        item.fields.AssignedTeam === 'Burgerzaken' &&
        String(item.fields.MadeAt) >= '2024-12-31T23:00:00Z' &&
        String(item.fields.MadeAt) < '2025-12-31T23:00:00Z',
    ).length;
    expect(expected).toBeGreaterThan(0);
    expect(read.requests.every((r) => r.assignedToTeam === 'Burgerzaken')).toBe(true);
    expect(read.requests.filter((r) => r.madeAt >= from && r.madeAt < to)).toHaveLength(expected);
  }, 60_000);
});

describe('a small known set written through Graph', () => {
  // The set of src/domain/figures/callback-figures.test.ts for team "Monitor A", counted by hand there.
  const team = 'Monitor A';
  const item = (
    id: string,
    made: string,
    due: string,
    rest: { status?: string; attempts?: string[]; closed?: string; person?: string },
  ) => ({
    fields: {
      Title: id,
      RequestId: id,
      Channel: 'phone',
      MadeAt: made,
      MadeById: 'agent',
      AssignedTeam: team,
      DueAt: due,
      Status: rest.status ?? 'open',
      ...(rest.person ? { AssignedToId: rest.person } : {}),
      ...(rest.closed ? { ClosedAt: rest.closed } : {}),
      ...(rest.attempts
        ? {
            Attempts: JSON.stringify(
              rest.attempts.map((attemptAt) => ({
                at: attemptAt,
                byId: 'p',
                outcome: 'reached',
                note: 'privé',
              })),
            ),
          }
        : {}),
    },
  });
  const known = [
    item('k1', '2026-04-02T14:00:00Z', '2026-04-08T21:59:59Z', {
      status: 'done',
      attempts: ['2026-04-07T07:00:00Z'],
      closed: '2026-04-07T07:05:00Z',
    }),
    item('k2', '2026-04-04T09:00:00Z', '2026-04-08T21:59:59Z', {
      attempts: ['2026-04-09T08:00:00Z'],
      person: 'p1',
    }),
    item('k3', '2026-04-08T07:00:00Z', '2026-04-10T21:59:59Z', { person: 'p1' }),
    item('k4', '2026-04-06T08:00:00Z', '2026-04-08T21:59:59Z', {}),
    item('k5', '2026-03-31T12:00:00Z', '2026-04-02T21:59:59Z', {
      attempts: ['2026-04-01T13:00:00Z'],
      closed: '2026-04-01T13:10:00Z',
      person: 'p2',
    }),
    item('k6', '2026-04-09T07:00:00Z', '2026-04-13T21:59:59Z', {
      status: 'cancelled',
      closed: '2026-04-09T07:30:00Z',
    }),
    item('k7', '2026-04-07T06:00:00Z', '2026-04-09T21:59:59Z', {
      status: 'cancelled',
      attempts: ['2026-04-07T06:45:00Z'],
      closed: '2026-04-07T06:50:00Z',
    }),
    item('k8', '2026-03-31T08:00:00Z', '2026-04-02T21:59:59Z', {
      status: 'done',
      closed: '2026-04-01T09:00:00Z',
    }),
  ];

  it('gives the figures counted by hand', async () => {
    const writer = clientFor('sanne.devries@lindeburg.example');
    for (const body of known)
      await writer
        .api(`/sites/lindeburg.sharepoint.com:/sites/bereikbaar:/lists/${callbacksList.name}/items`)
        .post(body);
    const period = { from: at('2026-03-30T00:00:00+02:00'), to: at('2026-04-13T00:00:00+02:00') };
    const read = await readCallbacksForPeriod(clientFor('ingrid.bakker@lindeburg.example'), site, {
      ...period,
      team,
    });
    expect(read.requests.map((r) => r.id).sort()).toEqual([
      'k1',
      'k2',
      'k3',
      'k4',
      'k5',
      'k6',
      'k7',
      'k8',
    ]);
    expect(read.requests.every((r) => r.attempts.every((a) => a.note === ''))).toBe(true);
    const report = computeFigures(read.requests, { period, now, calendar: STATUTORY_CALENDAR });
    expect(report.total).toEqual({
      made: 8,
      calledBack: 4,
      calledBackOnTime: 3,
      resolved: 2,
      cancelled: 2,
      overdueNow: 3,
      pending: 1,
      reopened: 1,
      assessable: 6,
      medianMinutesToFirstAttempt: 330,
    });
    expect(report.overdue.map((o) => o.requestId)).toEqual(['k5', 'k2', 'k4']);
  });
});
