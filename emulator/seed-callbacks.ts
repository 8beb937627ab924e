// Seeded callback requests for the demo week: some overdue, one due on each working day of the week (so
// whatever the day, something is due today), some done, team requests nobody has claimed yet for
// Burgerzaken, and several for Pieter. Deterministic: the week decides the dates, and `now` which of them exist
// yet — a request that would be made after `now` (early in the week, one due later this week) is left out.
import type { StoredListItem } from './store';
import { addDaysToDate, amsterdamZone, instantFromWallClock, weekdayOfDate } from './time';

export type CallbackSeedPerson = { id: string; teamName: string | null };

export type CallbackSeedInput = {
  /** Monday of the seed week (yyyy-mm-dd, Europe/Amsterdam). */
  weekStart: string;
  /** The moment of seeding: no request is made after it. */
  now: Date;
  listId: string;
  createdDateTime: string;
  /** Who logs the requests (the front-office persona). */
  agentId: string;
  /** The employee persona (Pieter, Burgerzaken). */
  employeeId: string;
  /** Other Burgerzaken members, for requests that are not Pieter's. */
  colleagueIds: readonly string[];
  team: { name: string; mailbox: string };
};

/** SharePoint's dateTime form: UTC, no fractions. */
function listInstant(ymd: string, hour: number, minute = 0, second = 0): string {
  const [year, month, day] = ymd.split('-').map(Number) as [number, number, number];
  return instantFromWallClock({ year, month, day, hour, minute, second }, amsterdamZone)
    .toISOString()
    .replace(/\.\d+Z$/, 'Z');
}

/**
 * The date two working days after `ymd`. The seed skips weekends only (the app's deadline rule also
 * skips public holidays; a demo week with a holiday just gets a deadline one day early).
 */
function twoWorkingDaysAfter(ymd: string): string {
  let date = ymd;
  let left = 2;
  while (left > 0) {
    date = addDaysToDate(date, 1);
    const weekday = weekdayOfDate(date);
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return date;
}

/** Two working days before `ymd` (the day a request due on `ymd` was made). */
function twoWorkingDaysBefore(ymd: string): string {
  let date = ymd;
  let left = 2;
  while (left > 0) {
    date = addDaysToDate(date, -1);
    const weekday = weekdayOfDate(date);
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return date;
}

type Attempt = { day: string; hour: number; outcome: string; note: string; byId: string };

type CallbackSeed = {
  madeOn: string;
  madeHour: number;
  citizen: { name: string; phone: string | null; email: string | null };
  question: string;
  preferredTime?: string;
  assignedToId: string | null;
  attempts?: Attempt[];
  /** `byId`: who closed it (the ClosedById column). */
  closed?: { day: string; hour: number; status: 'done' | 'cancelled'; note: string; byId: string };
};

/** The seeded requests as list items (fields exactly as the app writes them). */
export function callbackItemsFor(input: CallbackSeedInput): StoredListItem[] {
  const { weekStart, employeeId: pieter, team } = input;
  const colleague = (index: number) =>
    input.colleagueIds[index % input.colleagueIds.length] ?? pieter;
  const previous = (days: number) => addDaysToDate(weekStart, days - 7);
  const dueOn = (weekdayIndex: number) => addDaysToDate(weekStart, weekdayIndex);
  const seeds: CallbackSeed[] = [
    // Overdue: three failed attempts, so the app suggests closing as not reached.
    {
      madeOn: previous(0),
      madeHour: 9,
      citizen: { name: 'Henk Mulder', phone: '+31612345001', email: null },
      question: 'Vraagt of zijn verhuizing al is verwerkt in de BRP.',
      assignedToId: pieter,
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
      madeOn: twoWorkingDaysBefore(dueOn(index)),
      madeHour: 10 + (index % 4),
    });
  });

  const madeBy = (seed: CallbackSeed) => listInstant(seed.madeOn, seed.madeHour);
  const nowText = input.now.toISOString();
  // Ids follow the full list, so a request keeps its id whichever day of the week the tenant is seeded.
  return seeds.flatMap((seed, index): StoredListItem[] =>
    madeBy(seed) > nowText ? [] : [itemFor(seed, index)],
  );

  function itemFor(seed: CallbackSeed, index: number): StoredListItem {
    const id = `cb-seed-${weekStart}-${String(index + 1).padStart(2, '0')}`;
    const attempts = (seed.attempts ?? []).map((attempt) => ({
      at: listInstant(attempt.day, attempt.hour),
      byId: attempt.byId,
      outcome: attempt.outcome,
      note: attempt.note,
    }));
    const fields: Record<string, unknown> = {
      Title: id,
      RequestId: id,
      CitizenName: seed.citizen.name,
      CitizenPhone: seed.citizen.phone,
      CitizenEmail: seed.citizen.email,
      Question: seed.question,
      Channel: 'phone',
      PreferredTime: seed.preferredTime ?? null,
      MadeAt: madeBy(seed),
      MadeById: input.agentId,
      AssignedToId: seed.assignedToId,
      AssignedTeam: team.name,
      TeamMailbox: team.mailbox,
      DueAt: listInstant(twoWorkingDaysAfter(seed.madeOn), 23, 59, 59),
      Status: seed.closed?.status ?? 'open',
      ClaimedById: null,
      ClosedAt: seed.closed ? listInstant(seed.closed.day, seed.closed.hour, 30) : null,
      ClosedById: seed.closed?.byId ?? null,
      OutcomeNote: seed.closed?.note ?? null,
      Attempts: attempts.length === 0 ? null : JSON.stringify(attempts),
      RedactedAt: null,
    };
    // The columns the app keeps for its bounded queries (schema/lists.ts), as it writes them.
    const open = fields.Status === 'open';
    fields.OpenAssigneeId = open ? fields.AssignedToId : null;
    fields.OpenTeam = open ? fields.AssignedTeam : null;
    fields.UnredactedClosedAt = open ? null : fields.ClosedAt;
    // SharePoint leaves empty fields out of `fields`.
    for (const [name, value] of Object.entries(fields)) if (value === null) delete fields[name];
    return {
      id: String(index + 1),
      listId: input.listId,
      fields,
      version: 1,
      createdBy: input.agentId,
      lastModifiedBy: input.agentId,
      createdDateTime: input.createdDateTime,
      lastModifiedDateTime: input.createdDateTime,
    };
  }
}
