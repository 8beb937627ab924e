// The study's figures end to end against the demo tenant: a known set of callback requests (repeats among them, one
// made before the period with a repeat call inside it) and call outcomes written through Graph, the citizens' data
// then removed by retention, and every figure per team and week — Herhaalverkeer included — read back the way the
// monitor reads it (fetchPeriodFigures) and checked against a hand count; the CSV carries the same columns.
import type { Client } from '@microsoft/microsoft-graph-client';
import type { RunningEmulator } from '../emulator/server';
import { callbacksList } from '../schema/lists';
import { startDemoTenant } from '../scripts/demo-tenant/start-demo-tenant';
import { demoSharePointSite } from '../src/config/app-config';
import type { CallbackRequest } from '../src/domain/callbacks';
import { aRequest, anAttempt } from '../src/domain/callbacks/callback-test-fixtures';
import type { Contact, ContactOutcome } from '../src/domain/contacts';
import type { ContactFigures } from '../src/domain/figures';
import { DEFAULT_CALLBACK_NORMS, contactRates } from '../src/domain/figures';
import type { Instant } from '../src/domain/time';
import { instantFromEpochMs, instantFromIso } from '../src/domain/time';
import { STATUTORY_CALENDAR } from '../src/domain/working-days';
import { fetchPeriodFigures } from '../src/features/monitoring/api/get-period-figures';
import type { MonitoringDataSource } from '../src/features/monitoring/api/monitoring-data-source';
import { contactCsvRows } from '../src/features/monitoring/contacts-csv';
import {
  addRepeatCallToCallback,
  redactExpiredCallbacks,
  saveCallbackRequest,
  saveContact,
} from '../src/graph/callbacks';
import { createGraphClient } from '../src/graph/client';
import { siteLocatorFrom } from '../src/graph/lists';
import { readCallbacksForPeriod, readContactsForPeriod } from '../src/graph/monitoring';
import { translate } from '../src/i18n';

const site = siteLocatorFrom(demoSharePointSite);
const domain = 'lindeburg.example';
const at = (iso: string): Instant => instantFromIso(iso) as Instant;
// ISO weeks 10 and 11 of 2025 (Mon 3 – Sun 16 March), long before the demo tenant's own history.
const period = { from: at('2025-03-03T00:00:00+01:00'), to: at('2025-03-17T00:00:00+01:00') };
const nowIso = '2025-03-21T12:00:00+01:00';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startDemoTenant({ port: 0, quiet: true });
}, 300_000);
afterAll(async () => {
  await emulator.close();
});

function clientFor(login: string): Client {
  const token = emulator.tokenFor(`${login}@${domain}`);
  return createGraphClient({
    authProvider: { getAccessToken: () => Promise.resolve(token) },
    graphBaseUrl: emulator.url,
  });
}

const userId = (login: string) =>
  emulator.state.users.find((user) => user.userPrincipalName === `${login}@${domain}`)!.id;

const request = (
  id: string,
  team: string,
  made: string,
  due: string,
  rest: Partial<CallbackRequest> = {},
): CallbackRequest =>
  aRequest({
    id,
    assignedToTeam: team,
    assignedToPersonId: null,
    madeAt: at(made),
    dueAt: at(due),
    madeById: userId('sanne.devries'),
    ...rest,
  });

const done = (attemptIso: string): Partial<CallbackRequest> => ({
  attempts: [anAttempt(attemptIso, 'reached')],
  status: 'done',
  closedAt: at(attemptIso),
});

// A: made before the period (Tue 25 Feb, due Thu 27 Feb), still open; the citizen called again on Tue 4 March.
// B: week 10, called back on time. C: week 10, a new request repeating B, called back late.
// D: week 11, Belastingen, called back on time; its citizen called again before that. E: week 11, repeating D, overdue.
const knownRequests = (): CallbackRequest[] => [
  request('cb-rt-a', 'Burgerzaken', '2025-02-25T10:00:00+01:00', '2025-02-27T23:59:59.999+01:00'),
  request(
    'cb-rt-b',
    'Burgerzaken',
    '2025-03-03T10:00:00+01:00',
    '2025-03-05T23:59:59.999+01:00',
    done('2025-03-04T09:00:00+01:00'),
  ),
  request('cb-rt-c', 'Burgerzaken', '2025-03-05T10:00:00+01:00', '2025-03-07T23:59:59.999+01:00', {
    ...done('2025-03-10T09:00:00+01:00'),
    repeatOfId: 'cb-rt-b',
  }),
  request(
    'cb-rt-d',
    'Belastingen',
    '2025-03-11T10:00:00+01:00',
    '2025-03-13T23:59:59.999+01:00',
    done('2025-03-12T09:00:00+01:00'),
  ),
  request('cb-rt-e', 'Belastingen', '2025-03-12T10:00:00+01:00', '2025-03-14T23:59:59.999+01:00', {
    repeatOfId: 'cb-rt-d',
  }),
];

let counter = 0;
const contact = (
  iso: string,
  outcome: ContactOutcome,
  team: string | null,
  callbackRequestId: string | null = null,
): Contact => ({
  id: `ct-rt-${++counter}`,
  recordedAt: at(iso),
  agentId: userId('sanne.devries'),
  personId: null,
  team,
  outcome,
  callbackRequestId,
});

const figures = (partial: Partial<ContactFigures>): ContactFigures => ({
  calls: 0,
  answered: 0,
  substituteAnswered: 0,
  answeredDirectly: 0,
  callbackRequested: 0,
  calledBackOnTime: 0,
  pending: 0,
  notAnswered: 0,
  successful: 0,
  failed: 0,
  selfAnswered: 0,
  requests: 0,
  repeatRequests: 0,
  repeatCalls: 0,
  ...partial,
});

// By hand, from the set above.
const burgerzakenWeek10 = figures({
  calls: 5,
  answered: 1,
  substituteAnswered: 1,
  answeredDirectly: 2,
  callbackRequested: 2,
  calledBackOnTime: 1,
  notAnswered: 1,
  successful: 3,
  failed: 2,
  // B and C made (C a repeat), and the repeat call on A (A itself was made before the period).
  requests: 2,
  repeatRequests: 1,
  repeatCalls: 1,
});
const burgerzakenWeek11 = figures({ calls: 1, answered: 1, answeredDirectly: 1, successful: 1 });
const belastingenWeek11 = figures({
  calls: 3,
  answered: 1,
  answeredDirectly: 1,
  callbackRequested: 2,
  calledBackOnTime: 1,
  successful: 2,
  // E is overdue at "now" and was never tried.
  failed: 1,
  requests: 2,
  repeatRequests: 1,
  repeatCalls: 1,
});

it('counts every figure per team and week, Herhaalverkeer included, as written through Graph and after retention', async () => {
  const sanne = clientFor('sanne.devries');
  for (const one of knownRequests()) await saveCallbackRequest(sanne, site, one);
  const again = (requestId: string, id: string, iso: string) =>
    addRepeatCallToCallback(sanne, site, requestId, {
      id,
      at: at(iso),
      byId: userId('sanne.devries'),
    });
  expect((await again('cb-rt-a', 'again-a', '2025-03-04T11:00:00+01:00')).outcome).toBe('added');
  expect((await again('cb-rt-d', 'again-d', '2025-03-11T15:00:00+01:00')).outcome).toBe('added');
  // A retry of the same call adds nothing.
  expect((await again('cb-rt-d', 'again-d', '2025-03-11T15:00:00+01:00')).outcome).toBe(
    'alreadyAdded',
  );
  const known = [
    contact('2025-03-03T09:00:00+01:00', 'answered', 'Burgerzaken'),
    contact('2025-03-03T09:30:00+01:00', 'substituteAnswered', 'Burgerzaken'),
    contact('2025-03-03T10:00:00+01:00', 'callbackRequested', 'Burgerzaken', 'cb-rt-b'),
    contact('2025-03-05T10:00:00+01:00', 'callbackRequested', 'Burgerzaken', 'cb-rt-c'),
    contact('2025-03-06T11:00:00+01:00', 'notAnswered', 'Burgerzaken'),
    contact('2025-03-10T09:00:00+01:00', 'answered', 'Belastingen'),
    contact('2025-03-11T10:00:00+01:00', 'callbackRequested', 'Belastingen', 'cb-rt-d'),
    contact('2025-03-12T10:00:00+01:00', 'callbackRequested', 'Belastingen', 'cb-rt-e'),
    contact('2025-03-13T09:00:00+01:00', 'answered', 'Burgerzaken'),
    contact('2025-03-13T12:00:00+01:00', 'selfAnswered', null),
  ];
  for (const one of known) await saveContact(sanne, site, one);

  // Retention removes the citizens' data of the closed requests (closed long ago); the figures must not change.
  const leader = clientFor('mohamed.elamrani');
  await redactExpiredCallbacks(leader, site, instantFromEpochMs(Date.now()), 90);
  const list = emulator.state.lists.find((one) => one.name === callbacksList.name)!;
  const stored = emulator.state.items.filter(
    (item) => item.listId === list.id && String(item.fields.RequestId).startsWith('cb-rt-'),
  );
  const redacted = stored.filter((item) => item.fields.RedactedAt);
  expect(redacted.map((item) => item.fields.RequestId).sort()).toEqual([
    'cb-rt-b',
    'cb-rt-c',
    'cb-rt-d',
  ]);
  for (const item of redacted) expect(item.fields.CitizenPhone ?? null).toBeNull();

  // Read the way the monitor reads: both lists through Graph, then the same computation.
  const coordinator = clientFor('ingrid.bakker');
  const source = {
    readCallbacks: (query) => readCallbacksForPeriod(coordinator, site, query),
    readContacts: (query) => readContactsForPeriod(coordinator, site, query),
    calendar: STATUTORY_CALENDAR,
    norms: DEFAULT_CALLBACK_NORMS,
    now: () => new Date(nowIso),
  } as Partial<MonitoringDataSource> as MonitoringDataSource;
  const read = (team: string | null) =>
    fetchPeriodFigures(
      source,
      { period, team },
      { signal: new AbortController().signal, onProgress: () => undefined },
    );
  const { contacts } = await read(null);

  expect(contacts.teams.map((team) => team.team)).toEqual(['Belastingen', 'Burgerzaken']);
  const [belastingen, burgerzaken] = contacts.teams;
  expect(burgerzaken!.weeks.map((week) => week.week)).toEqual(['2025-W10', '2025-W11']);
  expect(burgerzaken!.weeks[0]!.figures).toEqual(burgerzakenWeek10);
  expect(burgerzaken!.weeks[1]!.figures).toEqual(burgerzakenWeek11);
  expect(belastingen!.weeks[0]!.figures).toEqual(figures({}));
  expect(belastingen!.weeks[1]!.figures).toEqual(belastingenWeek11);
  expect(burgerzaken!.figures).toEqual(
    figures({
      calls: 6,
      answered: 2,
      substituteAnswered: 1,
      answeredDirectly: 3,
      callbackRequested: 2,
      calledBackOnTime: 1,
      notAnswered: 1,
      successful: 4,
      failed: 2,
      requests: 2,
      repeatRequests: 1,
      repeatCalls: 1,
    }),
  );
  expect(contacts.weeks[0]!.figures).toEqual(burgerzakenWeek10);
  expect(contacts.weeks[1]!.figures).toEqual(
    figures({
      calls: 4,
      answered: 2,
      answeredDirectly: 2,
      callbackRequested: 2,
      calledBackOnTime: 1,
      successful: 3,
      failed: 1,
      selfAnswered: 1,
      requests: 2,
      repeatRequests: 1,
      repeatCalls: 1,
    }),
  );
  expect(contacts.total).toMatchObject({
    calls: 9,
    answeredDirectly: 4,
    successful: 6,
    failed: 3,
    selfAnswered: 1,
    requests: 4,
    repeatRequests: 2,
    repeatCalls: 2,
  });
  // The rates: Direct opgenomen, Geslaagd contact, Mislukt, Herhaalverkeer.
  expect(contactRates(contacts.total)).toEqual({
    answeredDirectly: 4 / 9,
    successful: 6 / 9,
    failed: 3 / 9,
    repeatTraffic: 4 / 6,
  });
  expect(contactRates(belastingen!.weeks[1]!.figures).repeatTraffic).toBe(2 / 3);

  // The team leader of Belastingen: only their team's repeat traffic.
  const own = await read('Belastingen');
  expect(own.contacts.teams.map((team) => team.team)).toEqual(['Belastingen']);
  expect(own.contacts.total).toMatchObject({ requests: 2, repeatRequests: 1, repeatCalls: 1 });

  // The CSV: the new columns, and the same numbers per team and week.
  const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
    translate('nl', key, params);
  const rows = contactCsvRows(contacts, t, 'nl', DEFAULT_CALLBACK_NORMS);
  const header = rows.find((row) => row[0] === 'Team')!;
  expect(header.slice(-8)).toEqual([
    'Zelf beantwoord door het KCP',
    'Direct opgenomen %',
    'Geslaagd contact %',
    'Mislukt %',
    'Terugbelverzoeken gemaakt',
    'Daarvan herhaling',
    'Inwoner belde opnieuw',
    'Herhaalverkeer %',
  ]);
  const row = (team: string, week: string) =>
    rows.find((one) => one[0] === team && one[1] === week)?.slice(2);
  expect(row('Burgerzaken', 'week 10 (2025)')).toEqual([
    '5',
    '1',
    '1',
    '2',
    '2',
    '1',
    '0',
    '1',
    '3',
    '2',
    '0',
    '40',
    '60',
    '40',
    '2',
    '1',
    '1',
    '66,7',
  ]);
  expect(row('Belastingen', 'week 11 (2025)')).toEqual([
    '3',
    '1',
    '0',
    '1',
    '2',
    '1',
    '0',
    '0',
    '2',
    '1',
    '0',
    '33,3',
    '66,7',
    '33,3',
    '2',
    '1',
    '1',
    '66,7',
  ]);
  expect(row('Alle teams samen', 'Hele periode')?.slice(-4)).toEqual(['4', '2', '2', '66,7']);
}, 240_000);
