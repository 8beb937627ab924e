// Issue 10.8: Outlook runs at most 4 concurrent requests per app and mailbox, `$batch` sub-requests included
// (https://learn.microsoft.com/en-us/graph/throttling-limits#outlook-service-limits). getSchedule and getMailTips
// run in the caller's own mailbox, so the signals of everyone (20 getSchedule + 8 getMailTips) in two batches at
// once used to get 429s from the demo tenant; the Graph client now sends the second batch when the first is done,
// and the monitor asks only for the schedules it uses.
import type { Client } from '@microsoft/microsoft-graph-client';
import { startDemoTenant } from '../scripts/demo-tenant/start-demo-tenant';
import type { RunningEmulator } from '../emulator/server';
import { parseAppConfig } from '../src/config/app-config';
import type { RawAppConfig } from '../src/config/app-config';
import { createGraphMonitoringDataSource } from '../src/features/monitoring/api/monitoring-data-source';
import { fetchAvailabilitySignals } from '../src/graph/availability';
import type { PersonRef } from '../src/graph/availability';
import { createGraphClient } from '../src/graph/client';
import { createMemoryDirectoryCache } from '../src/graph/people/people-directory';

const coordinator = 'ingrid.bakker@lindeburg.example';
const site = { sitePath: 'lindeburg.sharepoint.com:/sites/bereikbaar' };

type Logged = { method: string; path: string; status: number; kind: 'top' | 'sub' };

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startDemoTenant({ port: 0, quiet: true });
});
afterAll(async () => {
  await emulator.close();
});
beforeEach(async () => {
  await control('DELETE', 'requests');
  // Each Outlook request takes a while in its mailbox, so requests that go out together overlap there.
  await control('POST', 'faults', { mailboxLatencyMs: 300 });
});
afterEach(async () => {
  await control('DELETE', 'faults');
});

async function control(method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${emulator.url}/_emulator/${path}`, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return response.headers.get('content-type')?.includes('json') ? response.json() : null;
}

const requestLog = async () =>
  ((await control('GET', 'requests')) as { requests: Logged[] }).requests;

function clientFor(upn: string): Client {
  const token = emulator.tokenFor(upn);
  return createGraphClient({
    authProvider: { getAccessToken: () => Promise.resolve(token) },
    graphBaseUrl: emulator.url,
  });
}

function everyone(): PersonRef[] {
  return emulator.state.users
    .filter((user) => user.deletedSeq === undefined && user.mail)
    .map((user) => ({ id: user.id, mail: user.mail }));
}

describe('Outlook concurrency', () => {
  it('fetches the signals of everyone in 2 batches without a single MailboxConcurrency refusal', async () => {
    const people = everyone();
    expect(people.length).toBeGreaterThan(300);
    const result = await fetchAvailabilitySignals(clientFor(coordinator), site, people, new Date());

    const log = await requestLog();
    expect(log.filter((entry) => entry.status === 429)).toEqual([]);
    expect(result.roundTrips).toBe(2);
    expect(result.waves).toBe(1);
    expect(result.failedPersonIds).toEqual([]);
  });

  it('the monitor asks for schedules only: no mail tips, presence or absences', async () => {
    const raw = {
      mode: undefined,
      clientId: undefined,
      tenantId: undefined,
      sharePointSite: undefined,
      graphBaseUrl: undefined,
      emulatorUrl: undefined,
      roleGroupAgent: undefined,
      roleGroupTeamLeader: undefined,
      roleGroupCoordinator: undefined,
      appBaseUrl: undefined,
    } as RawAppConfig;
    const parsed = parseAppConfig(raw);
    if (parsed.kind !== 'valid') throw new Error('invalid demo configuration');
    const source = createGraphMonitoringDataSource(
      clientFor(coordinator),
      parsed.config,
      createMemoryDirectoryCache(),
      { displayName: 'Ingrid Bakker' },
    );
    const people = everyone();
    const notShared = (await source.calendarChecks(people)).filter(
      (check) => check.sharing === 'freeBusy',
    );

    expect(notShared.length).toBeGreaterThan(0);
    const subRequests = (await requestLog()).filter((entry) => entry.kind === 'sub');
    expect(subRequests.length).toBe(Math.ceil(people.length / 20));
    expect(subRequests.every((entry) => entry.path.endsWith('/me/calendar/getSchedule'))).toBe(
      true,
    );
    expect(subRequests.filter((entry) => entry.status === 429)).toEqual([]);
  });
});
