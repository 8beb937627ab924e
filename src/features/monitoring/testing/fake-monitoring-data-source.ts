// A hand-written stand-in for the monitoring seam in component tests: two teams, four requests around Easter 2026
// and one absence without substitutes; Karin's calendar shows free/busy only and Pieter has no working hours; it
// records the period queries it was asked.
import type { CallbackRequest } from '../../../domain/callbacks';
import type { Contact, ContactOutcome } from '../../../domain/contacts';
import { DEFAULT_CALLBACK_NORMS } from '../../../domain/figures';
import type { PersonSummary } from '../../../domain/people';
import type { Instant } from '../../../domain/time';
import { instantFromIso } from '../../../domain/time';
import { STATUTORY_CALENDAR } from '../../../domain/working-days';
import type { ContactsQuery, OpenAbsence, PeriodQuery } from '../../../graph/monitoring';
import type { DirectorySnapshot } from '../../../graph/people';
import type { MonitoringDataSource } from '../api/monitoring-data-source';
import { memoryReminderPort } from './memory-reminder-port';

const officeHours = {
  daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
  startTime: '08:00:00.0000000',
  endTime: '17:00:00.0000000',
  timeZone: 'W. Europe Standard Time',
};

const at = (iso: string): Instant => instantFromIso(iso) as Instant;
export const clock = new Date('2026-04-09T12:00:00+02:00');

const person = (id: string, displayName: string, team: string): PersonSummary => ({
  id,
  displayName,
  givenName: null,
  surname: null,
  jobTitle: null,
  department: null,
  team,
  mail: `${id}@lindeburg.example`,
  phones: [],
  topics: [],
});

export const directory: DirectorySnapshot = {
  people: [
    person('lead-bz', 'Mohamed el Amrani', 'Burgerzaken'),
    person('p1', 'Pieter van der Berg', 'Burgerzaken'),
    person('p2', 'Anna Jansen', 'Burgerzaken'),
    person('lead-bl', 'Bert Bos', 'Belastingen'),
    person('p3', 'Karin de Vries', 'Belastingen'),
    // A department head leads teams' leaders but is a member of no team.
    { ...person('head', 'Dirk Hoofd', 'Publiekszaken'), team: null },
  ],
  teams: [
    {
      name: 'Belastingen',
      department: null,
      leaderId: 'lead-bl',
      generalMailbox: null,
      topics: [],
      memberIds: ['lead-bl', 'p3'],
    },
    {
      name: 'Burgerzaken',
      department: null,
      leaderId: 'lead-bz',
      generalMailbox: null,
      topics: [],
      memberIds: ['lead-bz', 'p1', 'p2'],
    },
  ],
  deltaLink: null,
  syncedAt: clock.toISOString(),
};

const request = (
  id: string,
  team: string,
  made: string,
  due: string,
  rest: Partial<CallbackRequest> = {},
): CallbackRequest => ({
  id,
  citizen: { name: '', phone: null, email: null },
  question: '',
  channel: 'phone',
  preferredTime: null,
  madeAt: at(made),
  madeById: 'agent',
  assignedToPersonId: null,
  assignedToTeam: team,
  teamMailbox: null,
  dueAt: at(due),
  status: 'open',
  attempts: [],
  closedAt: null,
  closedById: null,
  outcomeNote: null,
  claimedById: null,
  ...rest,
});
const attempt = (iso: string) => ({
  at: at(iso),
  byId: 'p1',
  outcome: 'reached' as const,
  note: '',
});

// Burgerzaken: 3 made in week 15, 2 called back on time, 1 overdue (Pieter's). Belastingen: 1 made, called back late.
// Herhaalverkeer: bz-2 is a new request repeating bz-1, and the citizen of bz-3 called again on 8 April: Burgerzaken
// 2 repeats of 3 requests + 1 call again (50%), Belastingen 0 of 1, all teams 2 of 5 (40%).
export const requests: CallbackRequest[] = [
  request('bz-1', 'Burgerzaken', '2026-04-06T10:00:00+02:00', '2026-04-08T23:59:59.999+02:00', {
    attempts: [attempt('2026-04-07T09:00:00+02:00')],
    status: 'done',
    closedAt: at('2026-04-07T09:10:00+02:00'),
  }),
  request('bz-2', 'Burgerzaken', '2026-04-07T10:00:00+02:00', '2026-04-09T23:59:59.999+02:00', {
    attempts: [attempt('2026-04-07T11:00:00+02:00')],
    status: 'done',
    closedAt: at('2026-04-07T11:10:00+02:00'),
    repeatOfId: 'bz-1',
  }),
  request('bz-3', 'Burgerzaken', '2026-04-03T10:00:00+02:00', '2026-04-08T23:59:59.999+02:00', {
    assignedToPersonId: 'p1',
    repeatCalls: [{ id: 'again-1', at: at('2026-04-08T10:00:00+02:00'), byId: 'agent' }],
  }),
  // Made Wednesday before Easter, due Tuesday after (Good Friday and Easter Monday skipped); tried Wednesday: late.
  request('bl-1', 'Belastingen', '2026-04-01T10:00:00+02:00', '2026-04-07T23:59:59.999+02:00', {
    attempts: [attempt('2026-04-08T09:00:00+02:00')],
  }),
];

const contact = (
  id: string,
  team: string | null,
  iso: string,
  outcome: ContactOutcome,
  callbackRequestId: string | null = null,
): Contact => ({
  id,
  recordedAt: at(iso),
  agentId: 'agent',
  personId: null,
  team,
  outcome,
  callbackRequestId,
});

// Burgerzaken, week 15: 2 answered, 1 substitute, 2 callbacks on time (bz-1, bz-2), 1 overdue (bz-3, made in week 14),
// 1 not answered: 6 calls in week 15, 3 direct (50%), 5 successful; week 14: 1 call (bz-3), failed.
// Belastingen: 1 callback called back late (bl-1): failed. 2 answered by the front office itself.
export const contacts: Contact[] = [
  contact('k1', 'Burgerzaken', '2026-04-06T09:00:00+02:00', 'answered'),
  contact('k2', 'Burgerzaken', '2026-04-06T09:30:00+02:00', 'answered'),
  contact('k3', 'Burgerzaken', '2026-04-06T09:45:00+02:00', 'substituteAnswered'),
  contact('k4', 'Burgerzaken', '2026-04-06T10:00:00+02:00', 'callbackRequested', 'bz-1'),
  contact('k5', 'Burgerzaken', '2026-04-07T10:00:00+02:00', 'callbackRequested', 'bz-2'),
  contact('k6', 'Burgerzaken', '2026-04-03T10:00:00+02:00', 'callbackRequested', 'bz-3'),
  contact('k7', 'Burgerzaken', '2026-04-07T14:00:00+02:00', 'notAnswered'),
  contact('k8', 'Belastingen', '2026-04-01T10:00:00+02:00', 'callbackRequested', 'bl-1'),
  contact('k9', null, '2026-04-06T11:00:00+02:00', 'selfAnswered'),
  contact('k10', null, '2026-04-08T11:00:00+02:00', 'selfAnswered'),
];

export const absences: OpenAbsence[] = [
  {
    id: 'a1',
    personId: 'p2',
    personName: 'Anna Jansen',
    from: at('2026-04-08T08:00:00+02:00'),
    expectedUntil: 'unknown',
    endedAt: null,
    kind: 'notVisible',
    substituteForCalls: null,
    substituteForCallbacks: null,
    noteForFrontOffice: null,
    registeredById: null,
  },
];

export function fakeSource(overrides: Partial<MonitoringDataSource> = {}) {
  const queries: PeriodQuery[] = [];
  const contactQueries: ContactsQuery[] = [];
  const source: MonitoringDataSource = {
    loadDirectory: () => Promise.resolve(directory),
    readCallbacks: (query) => {
      queries.push(query);
      return Promise.resolve({ requests, httpRequests: 2, skipped: 0 });
    },
    readContacts: (query) => {
      contactQueries.push(query);
      return Promise.resolve({ contacts, httpRequests: 1, skipped: 0 });
    },
    readOpenAbsences: () => Promise.resolve(absences),
    calendarChecks: (refs) =>
      Promise.resolve(
        refs.map((ref) => ({
          personId: ref.id,
          sharing: ref.id === 'p3' ? 'freeBusy' : 'titles',
          workingHours: ref.id === 'p1' ? null : officeHours,
        })),
      ),
    reminders: memoryReminderPort(),
    readSharingSnapshots: () => Promise.resolve([]),
    readLastDailyRun: () => Promise.resolve(null),
    recordSharingSnapshots: () => Promise.resolve(),
    calendar: STATUTORY_CALENDAR,
    norms: DEFAULT_CALLBACK_NORMS,
    now: () => clock,
    ...overrides,
  };
  return { source, queries, contactQueries };
}
