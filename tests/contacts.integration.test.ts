// Call outcomes against the demo tenant: a known set recorded through the outbox into the contacts list, with a save
// that fails (503) and one whose answer is lost after SharePoint stored it (commit, then 504); every contact is stored
// exactly once, and the monitor's figures of the set, read back through Graph, match a hand count.
import type { Client } from '@microsoft/microsoft-graph-client';
import type { RunningEmulator } from '../emulator/server';
import { contactsList } from '../schema/lists';
import { startDemoTenant } from '../scripts/demo-tenant/start-demo-tenant';
import { demoSharePointSite } from '../src/config/app-config';
import { aRequest, anAttempt } from '../src/domain/callbacks/callback-test-fixtures';
import type { Contact, ContactOutcome } from '../src/domain/contacts';
import { computeContactFigures } from '../src/domain/figures';
import type { Instant } from '../src/domain/time';
import { instantFromIso } from '../src/domain/time';
import { STATUTORY_CALENDAR } from '../src/domain/working-days';
import type { CallbacksDataSource } from '../src/features/callbacks/api/callbacks-data-source';
import { contactEntryFor } from '../src/features/callbacks/contact-outbox';
import { createOutboxRunner } from '../src/features/callbacks/outbox-runner';
import { saveCallbackRequest, saveContact } from '../src/graph/callbacks';
import { createGraphClient } from '../src/graph/client';
import { siteLocatorFrom } from '../src/graph/lists';
import { readCallbacksForPeriod, readContactsForPeriod } from '../src/graph/monitoring';

const site = siteLocatorFrom(demoSharePointSite);
const domain = 'lindeburg.example';
const agentUpn = `sanne.devries@${domain}`;
const at = (iso: string): Instant => instantFromIso(iso) as Instant;
// Weeks 23 and 24 of 2025, long before the demo tenant's own history (the weeks before now).
const period = { from: at('2025-06-02T00:00:00+02:00'), to: at('2025-06-16T00:00:00+02:00') };
const now = at('2025-06-20T12:00:00+02:00');

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startDemoTenant({ port: 0, quiet: true });
}, 300_000);
afterAll(async () => {
  await emulator.close();
});

async function control(method: string, path: string, body?: unknown): Promise<void> {
  const response = await fetch(`${emulator.url}/_emulator/${path}`, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  expect(response.ok).toBe(true);
}

function clientFor(upn: string): Client {
  const token = emulator.tokenFor(upn);
  return createGraphClient({
    authProvider: { getAccessToken: () => Promise.resolve(token) },
    graphBaseUrl: emulator.url,
  });
}

/** The browser's local storage, in memory. */
function memoryStorage(): Storage {
  const values = new Map<string, string>();
  return {
    get length() {
      return values.size;
    },
    key: (index) => [...values.keys()][index] ?? null,
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
    removeItem: (key) => void values.delete(key),
    clear: () => values.clear(),
  };
}

const agentId = () => emulator.state.users.find((user) => user.userPrincipalName === agentUpn)!.id;

let counter = 0;
const contact = (
  iso: string,
  outcome: ContactOutcome,
  team: string | null,
  callbackRequestId: string | null = null,
): Contact => ({
  id: `ct-known-${++counter}`,
  recordedAt: at(iso),
  agentId: agentId(),
  personId: null,
  team,
  outcome,
  callbackRequestId,
});

const contactItems = () => {
  const list = emulator.state.lists.find((candidate) => candidate.name === contactsList.name)!;
  return emulator.state.items.filter((item) => item.listId === list.id);
};

it('stores every outcome through the outbox exactly once, despite a failed save and a lost answer, and counts it once', async () => {
  const client = clientFor(agentUpn);
  // The callback requests two of the calls became: one called back on time, one late.
  await saveCallbackRequest(
    client,
    site,
    aRequest({
      id: 'cb-known-on-time',
      madeAt: at('2025-06-02T10:00:00+02:00'),
      dueAt: at('2025-06-04T23:59:59.999+02:00'),
      assignedToTeam: 'Burgerzaken',
      attempts: [anAttempt('2025-06-03T09:00:00+02:00', 'reached')],
    }),
  );
  await saveCallbackRequest(
    client,
    site,
    aRequest({
      id: 'cb-known-late',
      madeAt: at('2025-06-10T10:00:00+02:00'),
      dueAt: at('2025-06-12T23:59:59.999+02:00'),
      assignedToTeam: 'Burgerzaken',
      attempts: [anAttempt('2025-06-13T09:00:00+02:00', 'reached')],
    }),
  );
  const known = [
    contact('2025-06-02T09:00:00+02:00', 'answered', 'Burgerzaken'),
    contact('2025-06-02T09:30:00+02:00', 'substituteAnswered', 'Burgerzaken'),
    contact('2025-06-02T10:00:00+02:00', 'callbackRequested', 'Burgerzaken', 'cb-known-on-time'),
    contact('2025-06-10T10:00:00+02:00', 'callbackRequested', 'Burgerzaken', 'cb-known-late'),
    contact('2025-06-10T11:00:00+02:00', 'notAnswered', 'Burgerzaken'),
    contact('2025-06-11T11:00:00+02:00', 'answered', 'Belastingen'),
    contact('2025-06-11T12:00:00+02:00', 'selfAnswered', null),
  ];

  // The first save is refused (503), the second is stored but its answer lost (504).
  await control('POST', 'faults', {
    fault: { next: 1 },
    commitThenFail: { next: 2 },
    pathContains: contactsList.name,
  });
  const source = {
    me: { id: agentId(), displayName: 'Sanne de Vries' },
    now: () => new Date(),
    storage: memoryStorage(),
    saveContact: async (one: Contact) => {
      await saveContact(client, site, one);
    },
  } as unknown as CallbacksDataSource;
  await control('DELETE', 'requests');
  const runner = createOutboxRunner(source, { locks: null });
  // Recorded long ago (their undo minute is over): sent at once, one after the other.
  for (const one of known) runner.enqueueContact(contactEntryFor(one, one.team ?? ''));
  await vi.waitFor(
    () => {
      expect(runner.snapshot().contacts).toEqual([]);
      expect(runner.snapshot().storedContacts).toHaveLength(known.length);
    },
    { timeout: 30_000, interval: 200 },
  );
  await control('DELETE', 'faults');
  // One POST per contact, one more after the 503 (after its backoff), a look-up after each lost answer: the faults hit.
  const log = (await (await fetch(`${emulator.url}/_emulator/requests`)).json()) as {
    requests: Array<{ path: string; method?: string }>;
  };
  const toContacts = log.requests.filter((request) => request.path.includes(contactsList.name));
  expect(toContacts.length).toBeGreaterThanOrEqual(known.length + 3);
  for (const one of known)
    expect(contactItems().filter((item) => item.fields.ContactId === one.id)).toHaveLength(1);

  // Storing one again (a retry from another tab) stores nothing new.
  expect(await saveContact(client, site, known[0]!)).toBe('existing');
  expect(contactItems().filter((item) => item.fields.ContactId === known[0]!.id)).toHaveLength(1);

  // The coordinator's figures, read back through Graph.
  const coordinator = clientFor(`ingrid.bakker@${domain}`);
  const contacts = await readContactsForPeriod(coordinator, site, { ...period, team: null });
  const requests = await readCallbacksForPeriod(coordinator, site, { ...period, team: null });
  const report = computeContactFigures(contacts.contacts, requests.requests, {
    period,
    now,
    calendar: STATUTORY_CALENDAR,
  });
  // By hand: 6 calls for a team; direct 3 (2 Burgerzaken, 1 Belastingen); successful 4 (+ the on-time callback);
  // failed 2 (the late callback, the not answered); 1 answered by the front office itself.
  expect(report.total).toMatchObject({
    calls: 6,
    answeredDirectly: 3,
    callbackRequested: 2,
    calledBackOnTime: 1,
    successful: 4,
    failed: 2,
    pending: 0,
    selfAnswered: 1,
  });
  const burgerzaken = report.teams.find((one) => one.team === 'Burgerzaken')!;
  expect(burgerzaken.figures).toMatchObject({ calls: 5, answeredDirectly: 2, successful: 3 });
  expect(burgerzaken.weeks.map((week) => [week.week, week.figures.calls])).toEqual([
    ['2025-W23', 3],
    ['2025-W24', 2],
  ]);
}, 120_000);
