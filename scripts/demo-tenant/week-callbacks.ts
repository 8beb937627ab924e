// The demo week's callback requests in Bereikbaar's callbacks list: some overdue, one due on each working day of the
// week (so whatever the day, something is due today), some done, team requests nobody has claimed yet for
// Burgerzaken, and several for Pieter. Made as the front office makes them in the app: a draft checked by the app's
// validation, the due moment from the app's deadline rule (working days, statutory holidays), attempts and closings
// through the app's own changes, the fields as the app writes them. Deterministic: the week decides the dates, and
// `now` which of them exist yet (a request that would be made after `now` is left out).
import { callbacksList } from '../../schema/lists';
import { tenantDomain } from '../../emulator/personas';
import { demoPeople } from '../../emulator/seed-organisation';
import { teams } from '../../emulator/seed-teams';
import type { AttemptOutcome, CallbackDraft, CallbackRequest } from '../../src/domain/callbacks';
import {
  addRepeatCall,
  callbackRequestFromDraft,
  closeRequest,
  logAttempt,
  validateCallbackDraft,
} from '../../src/domain/callbacks';
import type { Instant, LocalDate } from '../../src/domain/time';
import { STATUTORY_CALENDAR, addWorkingDays } from '../../src/domain/working-days';
import { fieldsForCallback } from '../../src/graph/callbacks';
import { fieldsForListItem } from '../../src/graph/lists';
import { at, plusDays } from './demo-calendar';
import { createItems } from './demo-graph';
import type { DemoTenantAccess } from './demo-graph';

type Attempt = {
  day: LocalDate;
  hour: number;
  outcome: AttemptOutcome;
  note: string;
  byId: string;
};

type CallbackSeed = {
  madeOn: LocalDate;
  madeHour: number;
  citizen: { name: string; phone: string | null; email: string | null };
  question: string;
  preferredTime?: string;
  assignedToId: string | null;
  attempts?: Attempt[];
  /** When the citizen called again and the front office added that to this request ("inwoner belde opnieuw"). */
  calledAgain?: Array<{ day: LocalDate; hour: number }>;
  /** `byId`: who closed it (the ClosedById column). */
  closed?: {
    day: LocalDate;
    hour: number;
    status: 'done' | 'cancelled';
    note: string;
    byId: string;
  };
};

/** The people of the demo week's requests: Sanne logs them, for Pieter, three Burgerzaken colleagues and the team. */
function cast() {
  const people = demoPeople();
  const idOf = (upn: string) => people.find((person) => person.upn === upn)?.id ?? '';
  const pieter = idOf(`pieter.vanderberg@${tenantDomain}`);
  const colleagueIds = people
    .filter(
      (person) =>
        person.role === 'member' && person.teamName === 'Burgerzaken' && person.id !== pieter,
    )
    .slice(0, 3)
    .map((person) => person.id);
  const team = teams.find((candidate) => candidate.name === 'Burgerzaken');
  if (team === undefined) throw new Error('The demo organisation has no team Burgerzaken.');
  return {
    agentUpn: `sanne.devries@${tenantDomain}`,
    agentId: idOf(`sanne.devries@${tenantDomain}`),
    pieter,
    colleague: (index: number) => colleagueIds[index % colleagueIds.length] ?? pieter,
    team: { name: team.name, mailbox: `${team.mailbox}@${tenantDomain}` },
  };
}

/** The week's requests, in a fixed order (the request ids follow it, whichever day the tenant is seeded). */
function weekSeeds(
  weekStart: LocalDate,
  pieter: string,
  colleague: (index: number) => string,
): CallbackSeed[] {
  const previous = (days: number) => plusDays(weekStart, days - 7);
  const dueOn = (weekdayIndex: number) => plusDays(weekStart, weekdayIndex);
  const seeds: CallbackSeed[] = [
    // Overdue: three failed attempts, so the app suggests closing as not reached. Henk called again in between: a
    // person trying the demo who types his number (06 12345001) in the callback form sees this request.
    {
      madeOn: previous(0),
      madeHour: 9,
      citizen: { name: 'Henk Mulder', phone: '+31612345001', email: null },
      question: 'Vraagt of zijn verhuizing al is verwerkt in de BRP.',
      assignedToId: pieter,
      calledAgain: [{ day: previous(2), hour: 16 }],
      attempts: [
        { day: previous(1), hour: 10, outcome: 'noAnswer', note: '', byId: pieter },
        { day: previous(2), hour: 14, outcome: 'voicemail', note: 'Ingesproken.', byId: pieter },
        { day: previous(3), hour: 11, outcome: 'noAnswer', note: '', byId: pieter },
      ],
    },
    // Overdue, not tried yet.
    {
      madeOn: previous(2),
      madeHour: 15,
      citizen: { name: 'Fatima Ouali', phone: '+31201234567', email: 'f.ouali@example.nl' },
      question: 'Wil weten welke documenten nodig zijn voor een eerste paspoort van haar dochter.',
      preferredTime: 'na 14:00',
      assignedToId: pieter,
    },
    // Overdue team request nobody picked up.
    {
      madeOn: previous(1),
      madeHour: 11,
      citizen: { name: 'Kees de Boer', phone: '+31570123456', email: null },
      question: 'Afspraak voor rijbewijs verlengen: kan het eerder?',
      assignedToId: null,
    },
    // Done last week.
    {
      madeOn: previous(1),
      madeHour: 10,
      citizen: { name: 'Anouk Visser', phone: '+31687654321', email: null },
      question: 'Uittreksel BRP voor een notaris.',
      assignedToId: pieter,
      attempts: [
        {
          day: previous(2),
          hour: 9,
          outcome: 'reached',
          note: 'Uitgelegd hoe aan te vragen.',
          byId: pieter,
        },
      ],
      closed: {
        day: previous(2),
        hour: 9,
        status: 'done',
        note: 'Inwoner geïnformeerd.',
        byId: pieter,
      },
    },
    {
      madeOn: previous(2),
      madeHour: 13,
      citizen: { name: 'Ruud Smits', phone: '+32470123456', email: null },
      question: 'Verklaring omtrent gedrag, status van de aanvraag.',
      assignedToId: colleague(0),
      attempts: [{ day: previous(3), hour: 10, outcome: 'reached', note: '', byId: colleague(0) }],
      closed: {
        day: previous(3),
        hour: 10,
        status: 'done',
        note: 'Aanvraag loopt nog.',
        byId: colleague(0),
      },
    },
    {
      madeOn: previous(3),
      madeHour: 16,
      citizen: { name: 'Lotte Bakker', phone: null, email: 'lotte.bakker@example.nl' },
      question: 'Dubbel vastgelegd.',
      assignedToId: colleague(1),
      closed: {
        day: previous(4),
        hour: 9,
        status: 'cancelled',
        note: 'Dubbel verzoek.',
        byId: colleague(1),
      },
    },
  ];
  // One request due on each working day of this week, alternating Pieter and the team mailbox, so that
  // "due today" shows on any working day (that one was made two working days earlier). Those that would be made
  // later than "now" are left out below.
  const dueThisWeek: Array<Pick<CallbackSeed, 'citizen' | 'question' | 'assignedToId'>> = [
    {
      citizen: { name: 'Jan Jansen', phone: '+31612345678', email: 'jan.jansen@example.nl' },
      question: 'Vraag over de aanvraag van een paspoort; heeft een spoedafspraak nodig.',
      assignedToId: pieter,
    },
    {
      citizen: { name: 'Mevrouw Yılmaz', phone: '+31613579246', email: null },
      question: 'Geboorteaangifte: kan de vader dit alleen doen?',
      assignedToId: null,
    },
    {
      citizen: { name: 'Pim van Dijk', phone: '+31624681357', email: null },
      question: 'Naamswijziging na huwelijk in het buitenland.',
      assignedToId: pieter,
    },
    {
      citizen: { name: 'Sara El Idrissi', phone: '+31698765432', email: null },
      question: 'Rijbewijs kwijt, wat nu?',
      assignedToId: null,
    },
    {
      citizen: { name: 'Theo de Graaf', phone: '+31655512345', email: null },
      question: 'Adresonderzoek: er staan onbekenden ingeschreven op zijn adres.',
      assignedToId: colleague(2),
    },
  ];
  dueThisWeek.forEach((entry, index) => {
    seeds.push({
      ...entry,
      madeOn: addWorkingDays(dueOn(index), -2, STATUTORY_CALENDAR),
      madeHour: 10 + (index % 4),
    });
  });
  return seeds;
}

/** A request as the app makes it from the front office's draft, then the attempts and closing as the app logs them. */
function requestFor(
  seed: CallbackSeed,
  id: string,
  agentId: string,
  team: { name: string; mailbox: string },
): CallbackRequest {
  const madeAt = at(seed.madeOn, seed.madeHour);
  const draft: CallbackDraft = {
    citizenName: seed.citizen.name,
    phone:
      seed.citizen.phone === null ? { kind: 'empty' } : { kind: 'valid', e164: seed.citizen.phone },
    email: seed.citizen.email ?? '',
    question: seed.question,
    channel: 'phone',
    preferredTime: seed.preferredTime ?? '',
    assignedToPersonId: seed.assignedToId,
    assignedToTeam: team.name,
    madeAt,
  };
  const problems = validateCallbackDraft(draft, madeAt);
  if (problems.length > 0)
    throw new Error(`Demo request ${id} is not valid: ${JSON.stringify(problems)}`);
  let request = callbackRequestFromDraft(draft, {
    id,
    madeById: agentId,
    calendar: STATUTORY_CALENDAR,
    teamMailbox: team.mailbox,
  });
  for (const attempt of seed.attempts ?? [])
    request = logAttempt(request, {
      at: at(attempt.day, attempt.hour),
      byId: attempt.byId,
      outcome: attempt.outcome,
      note: attempt.note,
    });
  (seed.calledAgain ?? []).forEach((call, index) => {
    request = addRepeatCall(request, {
      id: `${id}-again-${index + 1}`,
      at: at(call.day, call.hour),
      byId: agentId,
    });
  });
  if (seed.closed)
    request = closeRequest(
      request,
      { status: seed.closed.status, note: seed.closed.note },
      at(seed.closed.day, seed.closed.hour, 30),
      seed.closed.byId,
    );
  return request;
}

/** Writes the demo week's requests made before `now` into the callbacks list, as the front office (Sanne). */
export async function seedWeekCallbacks(
  tenant: DemoTenantAccess,
  weekStart: LocalDate,
  now: Instant,
): Promise<CallbackRequest[]> {
  const { agentUpn, agentId, pieter, colleague, team } = cast();
  const requests = weekSeeds(weekStart, pieter, colleague)
    .map((seed, index) =>
      requestFor(seed, `cb-seed-${weekStart}-${String(index + 1).padStart(2, '0')}`, agentId, team),
    )
    .filter((request) => request.madeAt <= now);
  await createItems(
    tenant,
    agentUpn,
    callbacksList,
    requests.map((request) => fieldsForListItem(callbacksList, fieldsForCallback(request))),
  );
  return requests;
}
