// The daily job's plan: from the moment it runs, the working-day calendar, the open requests, the teams, the open
// absences and what was already recorded today, the messages to send and the retention to run. Pure: the clock is a
// parameter; sending, recording and removing are the caller's.
import type { CallbackRequest } from '../callbacks';
import { isDueToday, isHeldBy, isOverdue, isUnclaimedTeamRequest } from '../callbacks';
import type { Instant, LocalDate } from '../time';
import { AMSTERDAM, DAY_MS, instantFromEpochMs, localDateAt, weekdayOfLocalDate } from '../time';
import type { StatutoryHolidayKey, WorkingDayCalendar } from '../working-days';
import { isWorkingDay, statutoryHolidayOn, workingDaysBetween } from '../working-days';

/** A team as the job needs it: its leader, its general mailbox and its members (ids). */
export type DailyTeam = {
  name: string;
  leaderId: string | null;
  generalMailbox: string | null;
  memberIds: readonly string[];
};

/** An absence nobody has ended yet. */
export type DailyAbsence = {
  id: string;
  personId: string;
  expectedUntil: Instant | 'unknown';
  endedAt: Instant | null;
};

export type DailyRecipient =
  { kind: 'person'; personId: string } | { kind: 'mailbox'; mailbox: string; teamName: string };

/**
 * - reminder: a person's requests due today or overdue, or a team's unclaimed ones to its general mailbox;
 * - escalation: to a team leader, the team's overdue requests and its unclaimed ones older than one working day;
 * - absences: to a team leader, the absences of the team past their expected end.
 */
export type DailyMessageKind = 'reminder' | 'escalation' | 'absences';

/**
 * One message. `keys` are what is recorded before it is sent: one key for a reminder or an absences message
 * (date + kind + recipient), one per request for an escalation (date + kind + leader + request: once per request per
 * day), in the order of `subjectIds`.
 */
export type DailyMessage = {
  kind: DailyMessageKind;
  recipient: DailyRecipient;
  teamName: string | null;
  /** Request ids (reminder, escalation) or absence ids (absences). */
  subjectIds: readonly string[];
  keys: readonly string[];
};

export type ClosedReason =
  | { kind: 'weekend' }
  | { kind: 'statutoryHoliday'; holiday: StatutoryHolidayKey }
  | { kind: 'closingDay' };

export type RetentionStep = {
  kind: 'callbackRetention' | 'reasonRetention';
  key: string;
  /** Personal data of requests closed before this, and reasons of absences ended before this, are removed. */
  cutoff: Instant;
  /** 'recorded': a run today already did it (it removes nothing twice anyway, but says so). */
  state: 'due' | 'recorded';
};

export type DailyPlan =
  | { kind: 'closed'; date: LocalDate; why: ClosedReason }
  | {
      kind: 'working';
      date: LocalDate;
      messages: DailyMessage[];
      retention: RetentionStep[];
      /** Keys found recorded today, so left out of `messages`. */
      alreadyRecorded: number;
    };

export type DailyInput = {
  now: Instant;
  calendar: WorkingDayCalendar;
  /** Open requests (closed ones are ignored). */
  callbacks: readonly CallbackRequest[];
  teams: readonly DailyTeam[];
  absences: readonly DailyAbsence[];
  /** Keys recorded today that count as done or under way (not those whose send was refused). */
  recorded: ReadonlySet<string>;
  callbackRetentionDays: number;
  absenceReasonRetentionDays: number;
};

/** Why a date is no working day, or null when it is one. */
export function closedReason(date: LocalDate, calendar: WorkingDayCalendar): ClosedReason | null {
  if (isWorkingDay(date, calendar)) return null;
  const weekday = weekdayOfLocalDate(date);
  if (weekday === 'saturday' || weekday === 'sunday') return { kind: 'weekend' };
  if (calendar.extraClosingDays.includes(date)) return { kind: 'closingDay' };
  const holiday = statutoryHolidayOn(date);
  return holiday === null
    ? { kind: 'closingDay' }
    : { kind: 'statutoryHoliday', holiday: holiday.key };
}

const recipientKey = (recipient: DailyRecipient): string =>
  recipient.kind === 'person'
    ? `person:${recipient.personId}`
    : `mailbox:${recipient.mailbox.toLowerCase()}`;

/** The unique key of what the job records, e.g. '2026-12-03|reminder|person:p1'. */
export const dailyKey = (date: LocalDate, kind: string, ...parts: readonly string[]): string =>
  [date, kind, ...parts].join('|');

const byDue = (a: CallbackRequest, b: CallbackRequest) =>
  a.dueAt - b.dueAt || a.id.localeCompare(b.id);

/** The team a request belongs to: the one it was sent to, else the assignee's (the first that lists them). */
function teamOf(request: CallbackRequest, teams: readonly DailyTeam[]): DailyTeam | null {
  if (request.assignedToTeam !== null) {
    const named = teams.find((team) => team.name === request.assignedToTeam);
    if (named !== undefined) return named;
  }
  const holder = request.assignedToPersonId ?? request.claimedById;
  return holder === null ? null : (teams.find((team) => team.memberIds.includes(holder)) ?? null);
}

function reminders(input: DailyInput, date: LocalDate, open: CallbackRequest[]): DailyMessage[] {
  const due = open.filter(
    (request) => isOverdue(request, input.now) || isDueToday(request, input.now),
  );
  const byRecipient = new Map<
    string,
    { recipient: DailyRecipient; teamName: string | null; ids: string[] }
  >();
  const add = (recipient: DailyRecipient, teamName: string | null, id: string) => {
    const key = recipientKey(recipient);
    const entry = byRecipient.get(key) ?? { recipient, teamName, ids: [] };
    entry.ids.push(id);
    byRecipient.set(key, entry);
  };
  for (const request of due) {
    const holder = request.assignedToPersonId ?? request.claimedById;
    if (holder !== null && isHeldBy(request, holder)) {
      add({ kind: 'person', personId: holder }, null, request.id);
      continue;
    }
    if (!isUnclaimedTeamRequest(request)) continue;
    const team = teamOf(request, input.teams);
    const mailbox = request.teamMailbox ?? team?.generalMailbox ?? null;
    if (mailbox === null || mailbox === '') continue;
    add(
      { kind: 'mailbox', mailbox, teamName: team?.name ?? request.assignedToTeam ?? '' },
      team?.name ?? request.assignedToTeam,
      request.id,
    );
  }
  return [...byRecipient.values()].map(({ recipient, teamName, ids }) => ({
    kind: 'reminder',
    recipient,
    teamName,
    subjectIds: ids,
    keys: [dailyKey(date, 'reminder', recipientKey(recipient))],
  }));
}

function escalations(input: DailyInput, date: LocalDate, open: CallbackRequest[]): DailyMessage[] {
  const byLeader = new Map<string, { team: DailyTeam; ids: string[] }>();
  for (const request of open) {
    const overdue = isOverdue(request, input.now);
    const staleUnclaimed =
      isUnclaimedTeamRequest(request) &&
      workingDaysBetween(localDateAt(request.madeAt, AMSTERDAM), date, input.calendar) > 1;
    if (!overdue && !staleUnclaimed) continue;
    const team = teamOf(request, input.teams);
    if (team === null || team.leaderId === null) continue;
    const key = `${team.leaderId}|${team.name}`;
    const entry = byLeader.get(key) ?? { team, ids: [] };
    entry.ids.push(request.id);
    byLeader.set(key, entry);
  }
  return [...byLeader.values()].map(({ team, ids }) => ({
    kind: 'escalation',
    recipient: { kind: 'person', personId: team.leaderId as string },
    teamName: team.name,
    subjectIds: ids,
    keys: ids.map((id) => dailyKey(date, 'escalation', `person:${team.leaderId as string}`, id)),
  }));
}

function absenceMessages(input: DailyInput, date: LocalDate): DailyMessage[] {
  const byLeader = new Map<string, string[]>();
  for (const absence of input.absences) {
    if (absence.endedAt !== null || absence.expectedUntil === 'unknown') continue;
    if (absence.expectedUntil >= input.now) continue;
    for (const team of input.teams) {
      // A leader's own absence goes to no one: nobody above them is in the teams list.
      if (team.leaderId === null || team.leaderId === absence.personId) continue;
      if (!team.memberIds.includes(absence.personId)) continue;
      const ids = byLeader.get(team.leaderId) ?? [];
      if (!ids.includes(absence.id)) ids.push(absence.id);
      byLeader.set(team.leaderId, ids);
    }
  }
  return [...byLeader.entries()].map(([leaderId, ids]) => ({
    kind: 'absences',
    recipient: { kind: 'person', personId: leaderId },
    teamName: null,
    subjectIds: ids,
    keys: [dailyKey(date, 'absences', `person:${leaderId}`)],
  }));
}

/** Leaves out what was recorded today: a whole message, or (escalations) the requests already escalated. */
function withoutRecorded(
  message: DailyMessage,
  recorded: ReadonlySet<string>,
): DailyMessage | null {
  if (message.kind !== 'escalation')
    return message.keys.every((key) => recorded.has(key)) ? null : message;
  const keep = message.keys.flatMap((key, index) =>
    recorded.has(key) ? [] : [{ key, id: message.subjectIds[index] as string }],
  );
  if (keep.length === 0) return null;
  return {
    ...message,
    keys: keep.map((entry) => entry.key),
    subjectIds: keep.map((entry) => entry.id),
  };
}

/**
 * The day's plan. Nothing on a weekend, a statutory holiday (unless the organisation is open on it) or a configured
 * closing day; otherwise the reminders, escalations and absences messages not yet recorded today, and the two
 * retention steps.
 * @example planDailyRun({ ...input, now: saturday0700 }) // { kind: 'closed', date: '2026-12-05', why: { kind: 'weekend' } }
 */
export function planDailyRun(input: DailyInput): DailyPlan {
  const date = localDateAt(input.now, AMSTERDAM);
  const why = closedReason(date, input.calendar);
  if (why !== null) return { kind: 'closed', date, why };
  const open = input.callbacks.filter((request) => request.status === 'open').sort(byDue);
  const all = [
    ...reminders(input, date, open),
    ...escalations(input, date, open),
    ...absenceMessages(input, date),
  ];
  const messages = all.flatMap((message) => {
    const left = withoutRecorded(message, input.recorded);
    return left === null ? [] : [left];
  });
  const allKeys = all.flatMap((message) => message.keys);
  const leftKeys = new Set(messages.flatMap((message) => message.keys));
  const retention = (['callbackRetention', 'reasonRetention'] as const).map(
    (kind): RetentionStep => {
      const days =
        kind === 'callbackRetention'
          ? input.callbackRetentionDays
          : input.absenceReasonRetentionDays;
      const key = dailyKey(date, kind);
      return {
        kind,
        key,
        cutoff: instantFromEpochMs(input.now - days * DAY_MS),
        state: input.recorded.has(key) ? 'recorded' : 'due',
      };
    },
  );
  return {
    kind: 'working',
    date,
    messages,
    retention,
    alreadyRecorded: allKeys.filter((key) => !leftKeys.has(key)).length,
  };
}

/** What a run did, as printed and kept for the monitor ("12 herinneringen, 3 escalaties, 40 verzoeken opgeschoond"). */
export type DailyRunSummary = {
  reminders: number;
  escalations: number;
  absences: number;
  /** Requests whose citizen's personal data was removed. */
  redactedCallbacks: number;
  /** Absence reasons deleted. */
  deletedReasons: number;
  /** Messages recorded as being sent whose sending is not known to have succeeded (a lost answer, a crash). */
  notKnownSent: number;
  /** Messages Graph refused; the next run tries them again. */
  failed: number;
};

export const emptyDailyRunSummary: DailyRunSummary = {
  reminders: 0,
  escalations: 0,
  absences: 0,
  redactedCallbacks: 0,
  deletedReasons: 0,
  notKnownSent: 0,
  failed: 0,
};
