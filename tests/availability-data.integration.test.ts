// The graph layer's data for the availability screen, against the demo tenant in-process, through the app's own
// Graph client: directory sync (full, then delta), the device cache, and batched signals with partial failures.
import { IDBFactory } from 'fake-indexeddb';
import { startDemoTenant } from '../scripts/demo-tenant/start-demo-tenant';
import type { RunningEmulator } from '../emulator/server';
import { absencesList } from '../schema/lists';
import { availabilityAt } from '../src/domain/availability';
import { instantFromEpochMs } from '../src/domain/time';
import {
  fetchAvailabilitySignals,
  fetchAvailabilitySignalsNaively,
} from '../src/graph/availability/availability-signals';
import type { PersonRef } from '../src/graph/availability/availability-signals';
import { createGraphClient, GraphRequestError } from '../src/graph/client';
import {
  createIndexedDbDirectoryCache,
  createMemoryDirectoryCache,
  isRejectedDeltaToken,
  refreshedDirectory,
  syncPeopleDirectory,
} from '../src/graph/people/people-directory';
import type { DirectorySnapshot } from '../src/graph/people/people-directory';

const agent = 'sanne.devries@lindeburg.example';
const employee = 'pieter.vanderberg@lindeburg.example';
const site = { sitePath: 'lindeburg.sharepoint.com:/sites/bereikbaar' };
let emulator: RunningEmulator;
let directory: DirectorySnapshot;

type Logged = { method: string; path: string; status: number; kind: 'top' | 'sub' };

async function control(method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${emulator.url}/_emulator/${path}`, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return response.headers.get('content-type')?.includes('json') ? response.json() : null;
}

async function requestLog(): Promise<Logged[]> {
  return ((await control('GET', 'requests')) as { requests: Logged[] }).requests;
}

function clientFor(upn: string, scopes?: readonly string[]) {
  const token = emulator.tokenFor(upn, scopes);
  return createGraphClient({
    authProvider: { getAccessToken: () => Promise.resolve(token) },
    graphBaseUrl: emulator.url,
  });
}

const noSleep = () => Promise.resolve();

function refsOf(ids: readonly string[]): PersonRef[] {
  return ids.map((id) => {
    const person = directory.people.find((candidate) => candidate.id === id);
    return { id, mail: person?.mail ?? '' };
  });
}

function everyone(): PersonRef[] {
  return directory.people.filter((person) => person.mail).map((p) => ({ id: p.id, mail: p.mail! }));
}

beforeAll(async () => {
  emulator = await startDemoTenant({ port: 0, quiet: true });
});

afterAll(async () => {
  await emulator.close();
});

beforeEach(async () => {
  await control('DELETE', 'faults');
  await control('DELETE', 'requests');
});

describe('people directory', () => {
  it("loads the directory in pages of 999, starts the delta from now, and reads the leaders' reports in one batch", async () => {
    directory = await syncPeopleDirectory(clientFor(agent), site, null);

    const active = emulator.state.users.filter(
      (u) => u.deletedSeq === undefined && u.accountEnabled,
    );
    expect(directory.people).toHaveLength(active.length);
    expect(directory.deltaLink).toMatch(/\/users\/delta\?\$deltatoken=/);
    expect(directory.teams).toHaveLength(25);

    const log = await requestLog();
    const paths = log.filter((r) => r.kind === 'top').map((r) => decodeURIComponent(r.path));
    // The delta starts from now (an empty answer with a deltaLink), with the manager tracked; no delta pages.
    const deltas = paths.filter((path) => path.includes('/users/delta'));
    expect(deltas).toHaveLength(1);
    expect(deltas[0]).toMatch(/\$deltatoken=latest/);
    expect(deltas[0]).toMatch(/\$select=[^&]*\bmanager\b/);
    // The users in pages of 999 with only the shown fields; no $expand (it would cap pages at 100).
    const users = paths.filter((path) => /\/users\?/.test(path));
    expect(users).toHaveLength(
      Math.ceil(emulator.state.users.filter((u) => u.deletedSeq === undefined).length / 999),
    );
    expect(users[0]).toMatch(/\$top=999/);
    expect(users[0]).toMatch(/\$select=id,userPrincipalName,displayName/);
    expect(users.join()).not.toContain('$expand');
    // Every leader's direct reports: 25 sub-requests in two $batch requests.
    const reports = log.filter((r) => r.kind === 'sub' && r.path.includes('/directReports'));
    expect(reports).toHaveLength(25);
    expect(paths.filter((path) => path.includes('$batch'))).toHaveLength(2);
    expect(directory.managersLoaded).toHaveLength(25);

    // Every team has members besides its leader (on a real tenant, with $expand, every team was empty).
    for (const team of directory.teams)
      expect(team.memberIds.filter((id) => id !== team.leaderId).length).toBeGreaterThan(0);

    // A team member: manager = the team's leader; team name and topics from the list.
    const team = directory.teams.find((t) => t.memberIds.length > 3)!;
    const memberId = team.memberIds.find((id) => id !== team.leaderId)!;
    const member = directory.people.find((p) => p.id === memberId)!;
    expect(member.team).toBe(team.name);
    expect(member.topics).toEqual(team.topics);
    expect(team.topics.length).toBeGreaterThan(0);
    const stored = emulator.state.users.find((u) => u.id === memberId)!;
    expect(stored.managerId).toBe(team.leaderId);
    expect(member.phones.map((phone) => phone.number)).toEqual([
      ...stored.businessPhones,
      ...(stored.mobilePhone ? [stored.mobilePhone] : []),
    ]);
  });

  it('builds the same teams as a full delta round with every manager', async () => {
    const fullRound = await syncPeopleDirectory(clientFor(agent), site, {
      people: [],
      teams: [],
      entries: [],
      syncedAt: directory.syncedAt,
      // The delta's initial request as the link: one round over everyone, managers as manager@delta.
      deltaLink: `${emulator.graphUrl}/users/delta?$select=id,userPrincipalName,displayName,givenName,surname,jobTitle,department,mail,businessPhones,mobilePhone,accountEnabled,manager`,
    });
    expect(fullRound.managersLoaded).toBeUndefined();
    expect(directory.teams).toEqual(fullRound.teams);
    expect(directory.people).toEqual(fullRound.people);
  });

  it('brings only the change through the delta link after a PATCH', async () => {
    const target = directory.people.find((p) => p.jobTitle !== 'Projectleider Bereikbaar')!;
    await clientFor(agent, ['User.ReadWrite.All'])
      .api(`/users/${target.id}`)
      .patch({ jobTitle: 'Projectleider Bereikbaar' });

    const token = emulator.tokenFor(agent);
    const changes = (await (
      await fetch(directory.deltaLink!, { headers: { Authorization: `Bearer ${token}` } })
    ).json()) as { value: Array<{ id: string; jobTitle?: string }> };
    expect(changes.value).toHaveLength(1);
    expect(changes.value[0]).toMatchObject({ id: target.id, jobTitle: 'Projectleider Bereikbaar' });

    await control('DELETE', 'requests');
    const next = await syncPeopleDirectory(clientFor(agent), site, directory);
    const deltaCalls = (await requestLog()).filter((r) => r.path.includes('/users/delta'));
    expect(deltaCalls).toHaveLength(1);
    expect(next.people).toHaveLength(directory.people.length);
    expect(next.people.find((p) => p.id === target.id)?.jobTitle).toBe('Projectleider Bereikbaar');
    const before = directory.people.find((p) => p.id === target.id)!;
    expect(next.people.find((p) => p.id === target.id)?.team).toBe(before.team);
    expect(next.teams).toEqual(directory.teams);
    directory = next;
  });

  it('moves a colleague to another team when their manager changes, in the next delta round', async () => {
    const writer = clientFor(agent, ['User.ReadWrite.All']);
    const [from, to] = directory.teams.filter(
      (team) => team.leaderId !== null && team.memberIds.length > 2,
    );
    const movedId = from!.memberIds.find((id) => id !== from!.leaderId)!;
    await writer
      .api(`/users/${movedId}/manager/$ref`)
      .put({ '@odata.id': `${emulator.graphUrl}/users/${to!.leaderId}` });

    await control('DELETE', 'requests');
    const moved = await syncPeopleDirectory(clientFor(agent), site, directory);
    expect((await requestLog()).filter((r) => r.path.includes('/users/delta'))).toHaveLength(1);
    expect(moved.people.find((p) => p.id === movedId)?.team).toBe(to!.name);
    expect(moved.teams.find((t) => t.name === to!.name)?.memberIds).toContain(movedId);
    expect(moved.teams.find((t) => t.name === from!.name)?.memberIds).not.toContain(movedId);

    // Without a manager (manager@delta with @removed) they belong to no team by manager any more.
    await writer.api(`/users/${movedId}/manager/$ref`).delete();
    const withoutManager = await syncPeopleDirectory(clientFor(agent), site, moved);
    expect(withoutManager.teams.find((t) => t.name === to!.name)?.memberIds).not.toContain(movedId);

    await writer
      .api(`/users/${movedId}/manager/$ref`)
      .put({ '@odata.id': `${emulator.graphUrl}/users/${from!.leaderId}` });
    directory = await syncPeopleDirectory(clientFor(agent), site, withoutManager);
    expect(directory.people.find((p) => p.id === movedId)?.team).toBe(from!.name);
  });

  it('falls back to a full sync when the delta link is no longer valid', async () => {
    const broken = {
      ...directory,
      deltaLink: `${emulator.graphUrl}/users/delta?$deltatoken=bogus`,
    };
    const next = await syncPeopleDirectory(clientFor(agent), site, broken);
    expect(next.people).toHaveLength(directory.people.length);
  });

  it('round-trips the snapshot through IndexedDB', async () => {
    const cache = createIndexedDbDirectoryCache('bereikbaar-test', new IDBFactory());
    await expect(cache.load()).resolves.toBeNull();
    await cache.save(directory);
    const loaded = await cache.load();
    expect(loaded).toEqual(directory);
  });
});

describe('the directory a screen loads', () => {
  it('syncs from the cache and saves back; offline, it answers with the cached snapshot', async () => {
    const cache = createMemoryDirectoryCache();
    const fresh = await refreshedDirectory(clientFor(agent), site, cache);
    expect(fresh.people.length).toBeGreaterThan(300);
    // Written once the sync has answered (the first visit does not wait for the device's copy).
    await vi.waitFor(async () => expect(await cache.load()).toEqual(fresh));

    const offline = createGraphClient({
      authProvider: { getAccessToken: () => Promise.resolve('x') },
      graphBaseUrl: 'http://127.0.0.1:9',
      maxRetries: 0,
    });
    expect(await refreshedDirectory(offline, site, cache)).toEqual(fresh);
    await expect(refreshedDirectory(offline, site, createMemoryDirectoryCache())).rejects.toThrow();
  });
});

describe('availability signals', () => {
  it('gets one colleague in a single round trip', async () => {
    const [person] = everyone();
    const result = await fetchAvailabilitySignals(clientFor(agent), site, [person!], new Date());
    const log = await requestLog();
    expect(log.filter((r) => r.kind === 'top')).toHaveLength(1);
    expect(result.roundTrips).toBe(1);
    expect(result.subRequests).toBe(4);
    const signals = result.signals.get(person!.id)!;
    expect(signals.calendar).not.toBeNull();
    expect(signals.presence).not.toBeNull();
    expect(signals.automaticReplies).not.toBeNull();
    expect(result.failedPersonIds).toEqual([]);
  });

  it('gets a team of 40 in a single round trip', async () => {
    const forty = everyone().slice(0, 40);
    const result = await fetchAvailabilitySignals(clientFor(agent), site, forty, new Date());
    expect((await requestLog()).filter((r) => r.kind === 'top')).toHaveLength(1);
    expect(result.roundTrips).toBe(1);
    expect(result.signals.size).toBe(40);
    expect(result.failedPersonIds).toEqual([]);
    expect([...result.signals.values()].filter((s) => s.presence !== null).length).toBeGreaterThan(
      30,
    );
  });

  it('gets everyone in one parallel wave of batches, fewer requests than the naive way', async () => {
    const all = everyone();
    const result = await fetchAvailabilitySignals(clientFor(agent), site, all, new Date());
    const tops = (await requestLog()).filter((r) => r.kind === 'top');
    expect(result.waves).toBe(1);
    expect(tops).toHaveLength(result.roundTrips);
    expect(result.roundTrips).toBe(Math.ceil(result.subRequests / 20));
    expect(result.failedPersonIds).toEqual([]);

    const some = all.slice(0, 5);
    const naive = await fetchAvailabilitySignalsNaively(clientFor(agent), site, some, new Date());
    expect(naive.roundTrips).toBe(20);
    const batched = await fetchAvailabilitySignals(clientFor(agent), site, some, new Date());
    for (const person of some)
      expect(naive.signals.get(person.id)).toEqual(batched.signals.get(person.id));
  });

  it('re-sends throttled sub-requests after their Retry-After and completes', async () => {
    await control('POST', 'faults', {
      throttle: { next: 3, retryAfterSeconds: 2 },
      pathContains: 'getSchedule',
    });
    const waits: number[] = [];
    const forty = everyone().slice(0, 40);
    const result = await fetchAvailabilitySignals(clientFor(agent), site, forty, new Date(), {
      sleep: (ms) => {
        waits.push(ms);
        return Promise.resolve();
      },
    });
    expect(waits).toEqual([2000, 2000]);
    expect(result.waves).toBe(3);
    expect(result.roundTrips).toBe(3);
    expect([...result.signals.values()].every((s) => s.calendar !== null)).toBe(true);
    const throttled = (await requestLog()).filter((r) => r.status === 429);
    expect(throttled).toHaveLength(3);
  });

  it('re-sends a sub-request that failed with 503', async () => {
    const forty = everyone().slice(0, 40);
    const now = new Date();
    const baseline = await fetchAvailabilitySignals(clientFor(agent), site, forty, now);
    await control('POST', 'faults', { fault: { next: 1 }, pathContains: 'getPresencesByUserId' });
    const result = await fetchAvailabilitySignals(clientFor(agent), site, forty, now, {
      sleep: noSleep,
    });
    expect(result.roundTrips).toBe(2);
    expect(result.subRequests).toBe(baseline.subRequests + 1);
    expect(result.signals).toEqual(baseline.signals);
  });

  it('reports a failed refresh when every sub-request keeps failing', async () => {
    await control('POST', 'faults', { fault: { rate: 1 } });
    const error = await fetchAvailabilitySignals(
      clientFor(agent),
      site,
      everyone().slice(0, 3),
      new Date(),
      {
        sleep: noSleep,
      },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphRequestError);
    expect(error).toMatchObject({ status: 503 });
  });

  it('gives up after the bounded retries and keeps the other signals', async () => {
    const forty = everyone().slice(0, 40);
    const now = new Date();
    const baseline = await fetchAvailabilitySignals(clientFor(agent), site, forty, now);
    await control('POST', 'faults', { fault: { rate: 1 }, pathContains: 'getSchedule' });
    const result = await fetchAvailabilitySignals(clientFor(agent), site, forty, now, {
      sleep: noSleep,
      maxRetries: 2,
    });
    expect(result.waves).toBe(3);
    for (const [id, signals] of result.signals) {
      expect(signals.calendar).toBeNull();
      expect(signals.presence).toEqual(baseline.signals.get(id)!.presence);
      expect(signals.automaticReplies).toEqual(baseline.signals.get(id)!.automaticReplies);
    }
    const withoutAnySignal = [...result.signals.values()]
      .filter((s) => s.presence === null && s.automaticReplies === null)
      .map((s) => s.personId);
    expect(result.failedPersonIds).toEqual(withoutAnySignal);
  });

  it('keeps the others when one schedule is unknown', async () => {
    const people = [
      ...everyone().slice(0, 3),
      { id: '00000000-0000-0000-0000-00000000dead', mail: 'niemand@lindeburg.example' },
    ];
    const result = await fetchAvailabilitySignals(clientFor(agent), site, people, new Date());
    expect(result.failedPersonIds).toEqual(['00000000-0000-0000-0000-00000000dead']);
    for (const person of people.slice(0, 3))
      expect(result.signals.get(person.id)?.calendar).not.toBeNull();
  });

  it('marks a calendar shared as free/busy only', async () => {
    const now = new Date();
    const freeBusy = emulator.state.users.find(
      (user) =>
        user.calendarSharing === 'freeBusyRead' &&
        emulator.state.events.some(
          (event) =>
            event.userId === user.id &&
            new Date(event.end) > now &&
            new Date(event.start).getTime() < now.getTime() + 5 * 86_400_000,
        ),
    )!;
    const detailed = emulator.state.users.find(
      (user) =>
        user.calendarSharing === 'limitedRead' &&
        emulator.state.events.some((e) => e.userId === user.id && new Date(e.end) > now),
    )!;
    const result = await fetchAvailabilitySignals(
      clientFor(agent),
      site,
      refsOf([freeBusy.id, detailed.id]),
      now,
    );
    expect(result.calendarNotShared).toEqual([freeBusy.id]);
    const calendar = result.signals.get(freeBusy.id)!.calendar!;
    expect(calendar.access).toBe('freeBusy');
    expect(calendar.items.length).toBeGreaterThan(0);
    expect(calendar.items.every((item) => item.subject === undefined)).toBe(true);
    expect(result.signals.get(detailed.id)!.calendar!.access).toBe('details');
  });

  it('brings the registered absences from the list, with their substitutes, and leaves ended ones out', async () => {
    const now = new Date();
    const list = emulator.state.lists.find((l) => l.name === absencesList.name)!;
    const items = emulator.state.items.filter((item) => item.listId === list.id);
    expect(items.length).toBeGreaterThanOrEqual(4);
    const current = items.filter(
      (item) =>
        item.fields.EndedAt == null &&
        (item.fields.ExpectedUntil == null ||
          (item.fields.ExpectedUntil as string) >= now.toISOString()),
    );
    const ended = items.filter((item) => item.fields.EndedAt != null);
    expect(ended.length).toBeGreaterThan(0);

    const ids = items.map((item) => String(item.fields.PersonId));
    const result = await fetchAvailabilitySignals(clientFor(agent), site, refsOf(ids), now);
    expect(result.roundTrips).toBe(1);
    for (const item of current) {
      const absences = result.signals.get(String(item.fields.PersonId))!.registeredAbsences;
      expect(absences).toHaveLength(1);
      expect(absences[0]).toMatchObject({ id: item.id, personId: item.fields.PersonId });
      if (item.fields.ExpectedUntil == null) expect(absences[0]!.expectedUntil).toBe('unknown');
      if (item.fields.CallsSubstituteId) {
        expect(absences[0]!.substituteForCalls).toEqual({
          kind: 'person',
          personId: item.fields.CallsSubstituteId,
        });
        expect(result.substituteIds).toContain(item.fields.CallsSubstituteId);
      }
      if (item.fields.CallbacksSubstituteMailbox)
        expect(absences[0]!.substituteForCallbacks).toEqual({
          kind: 'teamMailbox',
          mailbox: item.fields.CallbacksSubstituteMailbox,
        });
      expect(absences[0]).not.toHaveProperty('kind');
    }
    for (const item of ended)
      expect(result.signals.get(String(item.fields.PersonId))!.registeredAbsences).toEqual([]);
  });

  it('feeds the rules: an out-of-office event set up through Graph makes the person absent', async () => {
    const pieter = emulator.state.users.find((u) => u.userPrincipalName === employee)!;
    const now = new Date();
    const start = new Date(now.getTime() - 60 * 60_000);
    const end = new Date(now.getTime() + 3 * 60 * 60_000);
    await clientFor(employee, ['Calendars.ReadWrite'])
      .api(`/users/${pieter.id}/events`)
      .post({
        subject: 'Cursus',
        showAs: 'oof',
        start: { dateTime: start.toISOString().replace(/Z$/, ''), timeZone: 'UTC' },
        end: { dateTime: end.toISOString().replace(/Z$/, ''), timeZone: 'UTC' },
      });

    const result = await fetchAvailabilitySignals(
      clientFor(agent),
      site,
      [{ id: pieter.id, mail: pieter.mail }],
      now,
    );
    const availability = availabilityAt(
      result.signals.get(pieter.id)!,
      instantFromEpochMs(now.getTime()),
    );
    expect(availability.state).toBe('absent');
    expect(availability.reason).toBe('calendarOutOfOffice');
    expect(availability.until).toBeGreaterThanOrEqual(Math.floor(end.getTime() / 1000) * 1000);
  });
});

describe('a user back after two weeks', () => {
  let clock = Date.parse('2026-11-30T08:15:00Z');
  let away: RunningEmulator;
  beforeAll(async () => {
    away = await startDemoTenant({ port: 0, quiet: true, now: () => new Date(clock) });
  });
  afterAll(async () => {
    await away.close();
  });
  // Tokens are fetched per request, as MSAL does, so they stay valid while the clock moves on.
  const clientAt = (upn: string, scopes?: readonly string[]) =>
    createGraphClient({
      authProvider: { getAccessToken: () => Promise.resolve(away.tokenFor(upn, scopes)) },
      graphBaseUrl: away.url,
    });

  it('does not keep a stale directory: the expired delta link (410 syncStateNotFound) starts a full sync', async () => {
    const cache = createMemoryDirectoryCache();
    const before = await refreshedDirectory(clientAt(agent), site, cache);
    const leaver = before.people.find((p) => p.mail !== null && p.team !== null)!;
    await clientAt(agent, ['User.ReadWrite.All']).api(`/users/${leaver.id}`).delete();

    clock += 14 * 24 * 60 * 60 * 1000;
    const logBefore = (
      (await (await fetch(`${away.url}/_emulator/requests`)).json()) as { requests: Logged[] }
    ).requests.length;
    const after = await refreshedDirectory(clientAt(agent), site, cache);

    expect(after.people.find((p) => p.id === leaver.id)).toBeUndefined();
    expect(after.people).toHaveLength(before.people.length - 1);
    expect(after.deltaLink).not.toBe(before.deltaLink);
    await vi.waitFor(async () => expect(await cache.load()).toEqual(after));
    const log = (
      (await (await fetch(`${away.url}/_emulator/requests`)).json()) as { requests: Logged[] }
    ).requests.slice(logBefore);
    const deltas = log.filter((r) => r.path.includes('/users/delta'));
    expect(deltas[0]).toMatchObject({ status: 410 });
    expect(deltas[1]!.path).toMatch(/\$select=/);
  });
});

describe('isRejectedDeltaToken', () => {
  it.each([
    [410, 'syncStateNotFound', true],
    [400, 'Request_BadRequest', true],
    [404, 'ResourceNotFound', true],
    [409, 'resyncRequired', true],
    [401, 'InvalidAuthenticationToken', false],
    [403, 'Authorization_RequestDenied', false],
    [429, 'TooManyRequests', false],
    [503, 'serviceNotAvailable', false],
  ])('%i %s: full resync %s', (status, code, expected) => {
    expect(isRejectedDeltaToken(new GraphRequestError(status, code, code, null, null))).toBe(
      expected,
    );
  });
});
