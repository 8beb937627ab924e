// SharePoint's list view threshold against the demo tenant with 22,000 callback requests (15 months): every query the
// app makes on the callbacks list still answers (my callbacks, the team mailbox, the team lists, the monitor's period
// read, retention, the repeat-caller lookup), and so does every query on the contacts list after a year, while the
// naive queries they replaced are refused with SharePoint's own error.
// https://support.microsoft.com/office/manage-large-lists-and-libraries-b8588dae-9387-48c2-9248-c24122f07c59
import type { Client } from '@microsoft/microsoft-graph-client';
import type { RunningEmulator } from '../emulator/server';
import { startDemoTenant } from '../scripts/demo-tenant/start-demo-tenant';
import { listViewThresholdMessage } from '../emulator/list-view-threshold';
import { absencesList, callbacksList, contactsList, teamSettingsList } from '../schema/lists';
import { demoSharePointSite } from '../src/config/app-config';
import type { Instant } from '../src/domain/time';
import { instantFromIso } from '../src/domain/time';
import { repeatWindowStart } from '../src/domain/callbacks';
import { STATUTORY_CALENDAR } from '../src/domain/working-days';
import {
  findCallbackByRequestId,
  findEarlierCallbacks,
  findContact,
  findRetentionBacklog,
  listMyOpenCallbacks,
  listOpenCallbacksFor,
  listTeamCallbacks,
  listTeamCallbacksClaimedBy,
  listUnclaimedTeamCallbacks,
  redactExpiredCallbacks,
} from '../src/graph/callbacks';
import { createGraphClient } from '../src/graph/client';
import { listItemsUrl, listViewThreshold, siteLocatorFrom } from '../src/graph/lists';
import {
  readCallbacksForPeriod,
  readContactsForPeriod,
  readOpenAbsences,
} from '../src/graph/monitoring';
import { listTeamAbsences } from '../src/graph/absences';
import { currentAbsencesFilter } from '../src/graph/availability';

const site = siteLocatorFrom(demoSharePointSite);
const at = (iso: string): Instant => instantFromIso(iso) as Instant;
const now = at('2026-04-09T12:00:00+02:00');
const dayMs = 24 * 60 * 60 * 1000;
const domain = 'lindeburg.example';
const team = 'Burgerzaken';

let emulator: RunningEmulator;
beforeAll(async () => {
  // Requests generated through Graph (scripts/demo-tenant/generate-callbacks.ts) into the demo tenant.
  emulator = await startDemoTenant({
    port: 0,
    quiet: true,
    now: () => new Date(now),
    callbackHistory: { count: 22_000, from: '2025-01-01', to: '2026-04-08', seed: 7 },
  });
}, 600_000);
afterAll(async () => {
  await emulator.close();
});

function clientFor(name: string): Client {
  const token = emulator.tokenFor(`${name}@${domain}`);
  // No retries: a refusal must show at once, not after backing off.
  return createGraphClient({
    authProvider: { getAccessToken: () => Promise.resolve(token) },
    graphBaseUrl: emulator.url,
    maxRetries: 0,
  });
}

const userId = (name: string): string =>
  emulator.state.users.find((user) => user.userPrincipalName === `${name}@${domain}`)!.id;

const items = () => {
  const list = emulator.state.lists.find((candidate) => candidate.name === callbacksList.name)!;
  return emulator.state.items.filter((item) => item.listId === list.id);
};

const ids = (callbacks: Array<{ request: { id: string } }>) =>
  callbacks.map((callback) => callback.request.id).sort();

describe('every app query on a callbacks list far above the threshold', () => {
  it('has a list far above the threshold, with more than the threshold open and more closed', () => {
    expect(items().length).toBeGreaterThan(4 * listViewThreshold);
    expect(items().filter((item) => item.fields.Status !== 'open').length).toBeGreaterThan(
      listViewThreshold,
    );
  });

  it("lists a person's own open requests", async () => {
    const pieter = userId('pieter.vanderberg');
    const mine = await listOpenCallbacksFor(clientFor('pieter.vanderberg'), site, pieter);
    const expected = items().filter(
      (item) => item.fields.AssignedToId === pieter && item.fields.Status === 'open',
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(ids(mine)).toEqual(expected.map((item) => String(item.fields.RequestId)).sort());
  });

  it("lists the team mailbox's open requests, unclaimed and claimed", async () => {
    const client = clientFor('pieter.vanderberg');
    const open = items().filter(
      (item) =>
        item.fields.AssignedTeam === team &&
        item.fields.Status === 'open' &&
        item.fields.AssignedToId === undefined,
    );
    const unclaimed = await listUnclaimedTeamCallbacks(client, site, team);
    expect(ids(unclaimed)).toEqual(
      open
        .filter((item) => item.fields.ClaimedById === undefined)
        .map((item) => String(item.fields.RequestId))
        .sort(),
    );
    const claimer = open.find((item) => item.fields.ClaimedById !== undefined)!.fields
      .ClaimedById as string;
    const claimed = await listTeamCallbacksClaimedBy(client, site, team, claimer);
    expect(ids(claimed)).toEqual(
      open
        .filter((item) => item.fields.ClaimedById === claimer)
        .map((item) => String(item.fields.RequestId))
        .sort(),
    );
  });

  it("lists a person's own list (assigned, and their team's queue) in one query", async () => {
    const open = items().filter(
      (item) =>
        item.fields.AssignedTeam === team &&
        item.fields.Status === 'open' &&
        item.fields.AssignedToId === undefined,
    );
    const claimer = open.find((item) => item.fields.ClaimedById !== undefined)!.fields
      .ClaimedById as string;
    const mine = await listMyOpenCallbacks(clientFor('pieter.vanderberg'), site, claimer, team);
    const expected = items().filter(
      (item) =>
        item.fields.Status === 'open' &&
        (item.fields.AssignedToId === claimer ||
          (item.fields.AssignedTeam === team &&
            item.fields.AssignedToId === undefined &&
            (item.fields.ClaimedById === undefined || item.fields.ClaimedById === claimer))),
    );
    expect(expected.some((item) => item.fields.ClaimedById === claimer)).toBe(true);
    expect(ids(mine)).toEqual(expected.map((item) => String(item.fields.RequestId)).sort());
  });

  it("lists a team's open requests and those closed in the last 28 days", async () => {
    const since = (now - 28 * dayMs) as Instant;
    const listed = await listTeamCallbacks(clientFor('mohamed.elamrani'), site, team, since, now);
    const expected = items().filter(
      (item) =>
        item.fields.AssignedTeam === team &&
        (item.fields.Status === 'open' ||
          (typeof item.fields.ClosedAt === 'string' && Date.parse(item.fields.ClosedAt) >= since)),
    );
    expect(ids(listed)).toEqual(expected.map((item) => String(item.fields.RequestId)).sort());
  });

  it("looks up a citizen's open and recently closed requests by the exact number (repeat callers)", async () => {
    const windowStart = repeatWindowStart(now, STATUTORY_CALENDAR);
    const recent = (item: ReturnType<typeof items>[number]) =>
      item.fields.Status === 'open' ||
      (typeof item.fields.ClosedAt === 'string' && Date.parse(item.fields.ClosedAt) >= windowStart);
    const client = clientFor('sanne.devries');
    for (const status of ['open', 'done']) {
      const candidate = items().find(
        (item) =>
          item.fields.Status === status &&
          recent(item) &&
          typeof item.fields.CitizenPhoneKey === 'string',
      )!;
      const phone = candidate.fields.CitizenPhoneKey as string;
      const found = await findEarlierCallbacks(client, site, { phone, email: null }, windowStart);
      const expected = items().filter(
        (item) => item.fields.CitizenPhoneKey === phone && recent(item),
      );
      expect(found.length).toBeGreaterThan(0);
      expect(ids(found)).toEqual(expected.map((item) => String(item.fields.RequestId)).sort());
    }
  });

  it(
    "reads the monitor's period (15 months, every team) and one request by its id",
    { timeout: 120_000 },
    async () => {
      const read = await readCallbacksForPeriod(clientFor('ingrid.bakker'), site, {
        from: at('2025-01-01T00:00:00+01:00'),
        to: now,
        team: null,
      });
      const readIds = new Set(read.requests.map((request) => request.id));
      const generated = items().filter((item) =>
        String(item.fields.RequestId).startsWith('cb-gen-'),
      );
      expect(generated.length).toBeGreaterThan(4 * listViewThreshold);
      expect(generated.filter((item) => !readIds.has(String(item.fields.RequestId)))).toEqual([]);
      const one = await findCallbackByRequestId(clientFor('sanne.devries'), site, 'cb-gen-7-123');
      expect(one?.request.id).toBe('cb-gen-7-123');
    },
  );

  it('finds a retention backlog above the threshold a month at a time, and redacts what is due', async () => {
    const client = clientFor('mohamed.elamrani');
    const cutoff = (now - 90 * dayMs) as Instant;
    const due = items().filter(
      (item) =>
        typeof item.fields.UnredactedClosedAt === 'string' &&
        Date.parse(item.fields.UnredactedClosedAt) <= cutoff,
    );
    expect(due.length).toBeGreaterThan(listViewThreshold);
    const backlog = await findRetentionBacklog(client, site, cutoff);
    expect(ids(backlog)).toEqual(due.map((item) => String(item.fields.RequestId)).sort());

    // A retention period that leaves a few days' worth due, so the writes stay few.
    const retentionDays = Math.floor((now - Date.parse('2025-01-08T00:00:00Z')) / dayMs);
    const redacted = await redactExpiredCallbacks(client, site, now, retentionDays);
    expect(redacted).toBeGreaterThan(0);
    expect(await redactExpiredCallbacks(client, site, now, retentionDays)).toBe(0);
  }, 180_000);
});

describe('the demo tenant refuses what SharePoint refuses on a large list', () => {
  async function get(filter: string, prefer?: string): Promise<Response> {
    const token = emulator.tokenFor(`ingrid.bakker@${domain}`);
    return fetch(
      `${emulator.url}/v1.0${listItemsUrl(site, callbacksList, { top: 10 })}&$filter=${encodeURIComponent(filter)}`,
      {
        headers: { authorization: `Bearer ${token}`, ...(prefer ? { prefer } : {}) },
      },
    );
  }

  it.each([
    [
      'the old retention query',
      "fields/ClosedAt le '2026-01-09T00:00:00Z' and fields/RedactedAt eq null",
    ],
    ['every closed request', "fields/Status eq 'done'"],
    [
      'a clause that narrows, but not first',
      "fields/Status eq 'done' and fields/RequestId eq 'cb-gen-7-1'",
    ],
    ['no indexed value clause at all', 'fields/RedactedAt eq null'],
    [
      'the repeat-caller lookup with the status first',
      "fields/Status eq 'done' and fields/CitizenPhoneKey eq '+31205000001'",
    ],
  ])('%s → 500 with the list view threshold message, whatever $top says', async (_, filter) => {
    const response = await get(filter);
    expect(response.status).toBe(500);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.message).toBe(listViewThresholdMessage);
  });

  it('the narrowing clause first is served', async () => {
    const response = await get("fields/RequestId eq 'cb-gen-7-1' and fields/Status eq 'done'");
    expect(response.status).toBe(200);
  });

  it('a non-indexed column is a 400 without the Prefer header, and the header does not lift the threshold', async () => {
    expect((await get("fields/Channel eq 'phone'")).status).toBe(400);
    expect(
      (await get("fields/Channel eq 'phone'", 'HonorNonIndexedQueriesWarningMayFailRandomly'))
        .status,
    ).toBe(500);
  });
});

describe('the absences list after years of absences', () => {
  beforeAll(() => {
    const list = emulator.state.lists.find((candidate) => candidate.name === absencesList.name)!;
    const people = emulator.state.users.slice(0, 300);
    const stamp = new Date(now).toISOString();
    // 6,000 ended absences over the past years, straight into the store.
    for (let n = 0; n < 6000; n++) {
      const person = people[n % people.length]!;
      const start = new Date(now - (30 + n) * dayMs).toISOString().replace(/\.\d+Z$/, 'Z');
      emulator.state.items.push({
        id: String(100_000 + n),
        listId: list.id,
        fields: {
          Title: person.displayName,
          PersonId: person.id,
          StartsAt: start,
          EndedAt: start,
          State: 'ended',
        },
        version: 1,
        createdBy: person.id,
        lastModifiedBy: person.id,
        createdDateTime: stamp,
        lastModifiedDateTime: stamp,
      });
    }
  });

  it("the monitor's open absences and a team's absences still answer; `EndedAt eq null` is refused", async () => {
    const list = emulator.state.lists.find((candidate) => candidate.name === absencesList.name)!;
    const open = emulator.state.items.filter(
      (item) => item.listId === list.id && item.fields.EndedAt === undefined,
    );
    expect(open.length).toBeGreaterThan(0);
    const read = await readOpenAbsences(clientFor('ingrid.bakker'), site);
    expect(read.map((absence) => absence.id).sort()).toEqual(open.map((item) => item.id).sort());

    const team = emulator.state.users.slice(0, 15).map((user) => user.id);
    // With the reasons of Mohamed's own team: its reasons list is asked too, by AbsenceId (indexed).
    const teamsList = emulator.state.lists.find(
      (candidate) => candidate.name === teamSettingsList.name,
    )!;
    const ownTeam = emulator.state.items.find(
      (item) =>
        item.listId === teamsList.id &&
        String(item.fields.LeaderUpn).startsWith('mohamed.elamrani'),
    )!;
    const absences = await listTeamAbsences(clientFor('mohamed.elamrani'), site, team, {
      now: new Date(now),
      reasons: [{ teamId: ownTeam.id, memberIds: team }],
    });
    expect(absences.length).toBeGreaterThan(0);

    // The agent screen's absences sub-request (in every availability $batch).
    const token = emulator.tokenFor(`ingrid.bakker@${domain}`);
    const current = await fetch(
      `${emulator.url}/v1.0${listItemsUrl(site, absencesList, { filter: currentAbsencesFilter(new Date(now)) })}`,
      { headers: { authorization: `Bearer ${token}` } },
    );
    expect(current.status).toBe(200);

    const naive = await fetch(
      `${emulator.url}/v1.0${listItemsUrl(site, absencesList, { filter: 'fields/EndedAt eq null' })}`,
      { headers: { authorization: `Bearer ${token}` } },
    );
    expect(naive.status).toBe(500);
  });
});

describe('the contacts list after a year of calls', () => {
  const count = 24_000;
  const outcomes = ['answered', 'callbackRequested', 'notAnswered', 'substituteAnswered'];
  beforeAll(() => {
    const list = emulator.state.lists.find((candidate) => candidate.name === contactsList.name)!;
    const agent = userId('sanne.devries');
    const stamp = new Date(now).toISOString();
    const start = Date.parse('2025-01-01T08:00:00Z');
    // Spread over 2025 up to 30 December, so every call lies inside the year in Dutch time too.
    // A year of calls, a quarter of them for Burgerzaken (more than the threshold), straight into the store.
    for (let n = 0; n < count; n++) {
      const id = `ct-year-${n}`;
      emulator.state.items.push({
        id: String(200_000 + n),
        listId: list.id,
        fields: {
          Title: id,
          ContactId: id,
          RecordedAt: new Date(start + Math.floor((n * 363 * dayMs) / count))
            .toISOString()
            .replace(/\.\d+Z$/, 'Z'),
          AgentId: agent,
          Team: n % 4 === 0 ? team : `Team ${n % 20}`,
          Outcome: outcomes[n % outcomes.length]!,
        },
        version: 1,
        createdBy: agent,
        lastModifiedBy: agent,
        createdDateTime: stamp,
        lastModifiedDateTime: stamp,
      });
    }
  });

  it(
    "reads the monitor's year for every team and for one team, and one contact by its id",
    { timeout: 120_000 },
    async () => {
      const client = clientFor('ingrid.bakker');
      const year = { from: at('2025-01-01T00:00:00+01:00'), to: at('2026-01-01T00:00:00+01:00') };
      const all = await readContactsForPeriod(client, site, { ...year, team: null });
      expect(all.contacts.filter((contact) => contact.id.startsWith('ct-year-'))).toHaveLength(
        count,
      );
      // Two-week windows: 27 of them, one page each.
      expect(all.httpRequests).toBe(27);
      const own = await readContactsForPeriod(client, site, { ...year, team });
      expect(own.contacts.filter((contact) => contact.id.startsWith('ct-year-'))).toHaveLength(
        count / 4,
      );
      expect((await findContact(clientFor('sanne.devries'), site, 'ct-year-123'))?.id).toBe(
        'ct-year-123',
      );
    },
  );

  it("refuses a team's calls without the date window first", async () => {
    const token = emulator.tokenFor(`ingrid.bakker@${domain}`);
    const naive = await fetch(
      `${emulator.url}/v1.0${listItemsUrl(site, contactsList, { filter: `fields/Team eq '${team}'` })}`,
      { headers: { authorization: `Bearer ${token}` } },
    );
    expect(naive.status).toBe(500);
    expect(((await naive.json()) as { error: { message: string } }).error.message).toBe(
      listViewThresholdMessage,
    );
  });
});
