// The availability rules of DESIGN.md: for person P at instant t, the first rule that holds wins.
import type { Instant, TimeZone } from '../time';
import { MINUTE_MS, earlierInstant, laterInstant, AMSTERDAM, endOfLocalDay } from '../time';
import type { WorkingDayCalendar } from '../working-days';
import type {
  AbsenceDetail,
  AgentAvailability,
  Availability,
  AvailabilitySignals,
  AvailabilityVerdict,
  CalendarAccess,
  CalendarItemView,
  PresenceDetail,
  RegisteredAbsence,
  TimeSlot,
} from './availability-types';
import type { TimeInterval } from './intervals';
import {
  OPEN_END,
  OPEN_START,
  intervalContains,
  mergeIntervals,
  mergedIntervalContaining,
} from './intervals';
import { plainTextOf } from './plain-text';
import type { PresenceActivity, PresenceAvailability, ScheduleStatus } from './signal-normalizers';
import {
  normalizeActivity,
  normalizeAutomaticRepliesStatus,
  normalizeAvailability,
  normalizeScheduleStatus,
} from './signal-normalizers';
import type { ResolvedWorkingHours } from './working-hours';
import {
  DEFAULT_WORKING_HOURS,
  endOfWorkingStretch,
  nextStartOfWork,
  resolveWorkingHours,
  workingWindowAt,
  workingWindowsBetween,
} from './working-hours';

export type AvailabilityOptions = {
  /** Shortest gap that counts as a free slot. Default 15 minutes. */
  minimumSlotMinutes?: number;
  /** The zone whose calendar day is "today" for the next free slot. Default Europe/Amsterdam. */
  todayTimeZone?: TimeZone;
  /**
   * The organisation's working days: its holidays and closing days are not working days (rule 3, and
   * "until" of an absence). Without it, only the person's working hours count.
   */
  workingDayCalendar?: WorkingDayCalendar;
};

/** How many signals and gaps "until" follows before it gives up ('unknown'). */
const RETURN_SEARCH_STEPS = 200;

const BUSY_AVAILABILITIES: ReadonlySet<PresenceAvailability> = new Set(['busy', 'doNotDisturb']);
const BUSY_ACTIVITIES: ReadonlySet<PresenceActivity> = new Set([
  'inACall',
  'inAConferenceCall',
  'inAMeeting',
  'presenting',
]);
/** Statuses that make a calendar block (they merge into one contiguous busy period). */
const BLOCKING_STATUSES: ReadonlySet<ScheduleStatus> = new Set(['busy', 'tentative', 'oof']);
/** Which covering item is "the current item" when several overlap. */
const STATUS_WEIGHT: Readonly<Record<ScheduleStatus, number>> = {
  oof: 5,
  busy: 4,
  tentative: 3,
  workingElsewhere: 2,
  unknown: 1,
  free: 0,
};

type NormalizedItem = {
  start: Instant;
  end: Instant;
  status: ScheduleStatus;
  visibility: 'details' | 'hidden';
  subject?: string;
  location?: string;
};

/** Everything the rules need, read once from the raw signals; never throws on odd input. */
type ReadSignals = {
  calendarAccess: CalendarAccess;
  items: NormalizedItem[];
  absences: RegisteredAbsence[];
  presence: PresenceDetail | null;
  presenceOutOfOffice: boolean;
  automaticRepliesIntervals: TimeInterval[];
  automaticRepliesMessage: string | null;
  workingHours: ResolvedWorkingHours | null;
};

/** The list, or empty when a sloppy mapper passed something else. */
const listOf = <T>(value: readonly T[] | null | undefined): readonly T[] =>
  Array.isArray(value) ? (value as readonly T[]) : [];

const isInstant = (value: unknown): value is Instant =>
  typeof value === 'number' && !Number.isNaN(value);

const nonEmptyText = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined;

const readSignals = (signals: AvailabilitySignals): ReadSignals => {
  const calendar = signals.calendar;
  const calendarAccess: CalendarAccess =
    calendar && (calendar.access === 'details' || calendar.access === 'freeBusy')
      ? calendar.access
      : 'none';
  const items: NormalizedItem[] =
    calendar && calendarAccess !== 'none'
      ? listOf(calendar.items)
          .filter(
            (item) => item && isInstant(item.start) && isInstant(item.end) && item.end > item.start,
          )
          .map((item) => {
            const visibility =
              calendarAccess === 'details' && item.isPrivate !== true ? 'details' : 'hidden';
            const view: NormalizedItem = {
              start: item.start,
              end: item.end,
              status: normalizeScheduleStatus(item.status),
              visibility,
            };
            const subject = nonEmptyText(item.subject);
            const location = nonEmptyText(item.location);
            if (visibility === 'details' && subject !== undefined) view.subject = subject;
            if (visibility === 'details' && location !== undefined) view.location = location;
            return view;
          })
          .sort((a, b) => a.start - b.start)
      : [];

  const absences = listOf(signals.registeredAbsences).filter(
    (absence) => absence && absence.personId === signals.personId && isInstant(absence.from),
  );

  const rawPresence = signals.presence;
  const presence: PresenceDetail | null = rawPresence
    ? {
        availability: normalizeAvailability(rawPresence.availability),
        activity: normalizeActivity(rawPresence.activity),
      }
    : null;
  const presenceOutOfOffice =
    rawPresence !== null &&
    (rawPresence.isOutOfOffice === true || presence?.activity === 'outOfOffice');

  const replies = signals.automaticReplies;
  const repliesStatus = replies ? normalizeAutomaticRepliesStatus(replies.status) : 'disabled';
  const automaticRepliesIntervals: TimeInterval[] =
    repliesStatus === 'alwaysEnabled'
      ? [{ start: OPEN_START, end: OPEN_END }]
      : repliesStatus === 'scheduled' && replies
        ? [
            {
              start: isInstant(replies.start) ? replies.start : OPEN_START,
              end: isInstant(replies.end) ? replies.end : OPEN_END,
            },
          ]
        : [];

  return {
    calendarAccess,
    items,
    absences,
    presence,
    presenceOutOfOffice,
    automaticRepliesIntervals,
    automaticRepliesMessage: replies ? plainTextOf(replies.message) : null,
    workingHours: resolveWorkingHours(signals.workingHours),
  };
};

/** The effective period of a registered absence: ends at the expected end or when ended, whichever first. */
const absencePeriod = (absence: RegisteredAbsence): TimeInterval => {
  const expectedEnd = isInstant(absence.expectedUntil) ? absence.expectedUntil : OPEN_END;
  const end = isInstant(absence.endedAt)
    ? earlierInstant(expectedEnd, absence.endedAt)
    : expectedEnd;
  return { start: absence.from, end };
};

const untilOf = (end: Instant): Instant | 'unknown' => (end === OPEN_END ? 'unknown' : end);

const absenceDetailOf = (absence: RegisteredAbsence): AbsenceDetail => ({
  absenceId: absence.id,
  kind: nonEmptyText(absence.kind) ?? null,
  from: absence.from,
  expectedUntil: isInstant(absence.expectedUntil) ? absence.expectedUntil : 'unknown',
  substituteForCalls: absence.substituteForCalls ?? null,
  substituteForCallbacks: absence.substituteForCallbacks ?? null,
  noteForFrontOffice: nonEmptyText(absence.noteForFrontOffice) ?? null,
});

const itemView = (item: NormalizedItem): CalendarItemView => ({ ...item });

const currentItemOf = (items: readonly NormalizedItem[], at: Instant): CalendarItemView | null => {
  const covering = items.filter((item) => intervalContains(item, at));
  const best = covering.reduce<NormalizedItem | null>(
    (chosen, item) =>
      chosen === null || STATUS_WEIGHT[item.status] > STATUS_WEIGHT[chosen.status] ? item : chosen,
    null,
  );
  return best ? itemView(best) : null;
};

/** The next item that matters: not free, and while absent, the first one after the return. */
const nextItemOf = (
  items: readonly NormalizedItem[],
  at: Instant,
  decision: Decision,
): CalendarItemView | null => {
  if (decision.state === 'absent' && decision.until === 'unknown') return null;
  const from = decision.state === 'absent' && isInstant(decision.until) ? decision.until : null;
  const next = items.find(
    (item) => item.start > at && item.status !== 'free' && (from === null || item.start >= from),
  );
  return next ? itemView(next) : null;
};

type Decision = AvailabilityVerdict & {
  until: Instant | 'unknown' | null;
  absence: AbsenceDetail | null;
};

/** The registered absence that decides at t when several cover it: the one that lasts longest. */
const decidingAbsenceAt = (
  absences: readonly RegisteredAbsence[],
  at: Instant,
): { absence: RegisteredAbsence; period: TimeInterval } | undefined =>
  absences
    .map((absence) => ({ absence, period: absencePeriod(absence) }))
    .filter(({ period }) => intervalContains(period, at))
    .sort((a, b) => b.period.end - a.period.end || b.period.start - a.period.start)[0];

/** Every absence signal with a known period, merged: registered absences, oof items, automatic replies. */
const absenceBlocks = (read: ReadSignals): TimeInterval[] =>
  mergeIntervals([
    ...read.absences.map(absencePeriod),
    ...read.items.filter((item) => item.status === 'oof'),
    ...read.automaticRepliesIntervals,
  ]);

/**
 * The moment the person is really back, looking from `from`: the first working moment not covered
 * by any absence signal, following back-to-back absences and gaps outside working hours (evenings,
 * weekends, holidays). 'unknown' when an absence has no known end or no start of work is found.
 * Without working hours, only the absences themselves are followed.
 */
const backAt = (
  read: ReadSignals,
  from: Instant,
  calendar: WorkingDayCalendar | undefined,
): Instant | 'unknown' => {
  const blocks = absenceBlocks(read);
  let cursor = from;
  for (let step = 0; step < RETURN_SEARCH_STEPS; step += 1) {
    const covering = blocks.find((block) => intervalContains(block, cursor));
    if (covering) {
      if (covering.end === OPEN_END) return 'unknown';
      cursor = covering.end;
      continue;
    }
    if (read.workingHours && !workingWindowAt(read.workingHours, cursor, calendar)) {
      const start = nextStartOfWork(read.workingHours, cursor, undefined, calendar);
      if (start === null) return 'unknown';
      cursor = start;
      continue;
    }
    return cursor;
  }
  return 'unknown';
};

const decide = (
  read: ReadSignals,
  at: Instant,
  calendar: WorkingDayCalendar | undefined,
): Decision => {
  // 1. A registered absence (ours) covers t.
  const registered = decidingAbsenceAt(read.absences, at);
  if (registered) {
    return {
      state: 'absent',
      reason: 'registeredAbsence',
      until: backAt(read, at, calendar),
      absence: absenceDetailOf(registered.absence),
    };
  }

  // 2. Out of office: an oof calendar item, presence, or automatic replies on for t.
  const oofItems = read.items.filter((item) => item.status === 'oof');
  const calendarOof = oofItems.some((item) => intervalContains(item, at));
  const repliesOn = read.automaticRepliesIntervals.some((interval) =>
    intervalContains(interval, at),
  );
  if (calendarOof || repliesOn || read.presenceOutOfOffice) {
    const period = mergedIntervalContaining([...oofItems, ...read.automaticRepliesIntervals], at);
    return {
      state: 'absent',
      reason: calendarOof
        ? 'calendarOutOfOffice'
        : repliesOn
          ? 'automaticReplies'
          : 'presenceOutOfOffice',
      until: period ? backAt(read, at, calendar) : 'unknown',
      absence: null,
    };
  }

  // 3. Outside working hours or a non-working day.
  if (read.workingHours && !workingWindowAt(read.workingHours, at, calendar)) {
    return {
      state: 'absent',
      reason: 'outsideWorkingHours',
      until: backAt(read, at, calendar),
      absence: null,
    };
  }

  // 4. Busy: presence, or a busy/tentative calendar item.
  const blockingItems = read.items.filter((item) => BLOCKING_STATUSES.has(item.status));
  const block = mergedIntervalContaining(blockingItems, at);
  const presence = read.presence;
  const presenceBusy =
    presence !== null &&
    (BUSY_AVAILABILITIES.has(presence.availability) || BUSY_ACTIVITIES.has(presence.activity));
  if (presenceBusy) {
    return {
      state: 'busy',
      reason: 'presenceBusy',
      until: block ? untilOf(block.end) : 'unknown',
      absence: null,
    };
  }
  const deciding = blockingItems.filter(
    (item) => (item.status === 'busy' || item.status === 'tentative') && intervalContains(item, at),
  );
  if (block && deciding.length > 0) {
    const allTentative = deciding.every((item) => item.status === 'tentative');
    return {
      state: 'busy',
      reason: allTentative ? 'calendarTentative' : 'calendarBusy',
      until: untilOf(block.end),
      absence: null,
    };
  }

  // 5. Reachable when there is a signal.
  const presenceKnown =
    presence !== null && (presence.availability !== 'unknown' || presence.activity !== 'unknown');
  if (read.calendarAccess !== 'none' || presenceKnown) {
    return { state: 'reachable', reason: 'free', until: reachableUntil(read, at), absence: null };
  }

  // 6. No signal.
  return { state: 'unknown', reason: 'noSignal', until: null, absence: null };
};

/** The next moment something known ends reachability: a block, an absence, replies, or the end of work. */
const reachableUntil = (read: ReadSignals, at: Instant): Instant | null => {
  const upcomingStarts = [
    ...read.items.filter((item) => BLOCKING_STATUSES.has(item.status)).map((item) => item.start),
    ...read.absences.map((absence) => absence.from),
    ...read.automaticRepliesIntervals.map((interval) => interval.start),
  ].filter((start) => start > at);
  const endOfWork = read.workingHours ? endOfWorkingStretch(read.workingHours, at) : null;
  const candidates = endOfWork === null ? upcomingStarts : [...upcomingStarts, endOfWork];
  return candidates.length === 0 ? null : candidates.reduce(earlierInstant);
};

const nextFreeSlotOf = (
  read: ReadSignals,
  at: Instant,
  decision: Decision,
  minimumSlotMs: number,
  todayTimeZone: TimeZone,
): TimeSlot | null => {
  if (decision.state === 'absent' && decision.until === 'unknown') return null;
  const searchFrom =
    decision.state !== 'reachable' && isInstant(decision.until)
      ? laterInstant(at, decision.until)
      : at;
  const dayEnd = endOfLocalDay(at, todayTimeZone);
  if (searchFrom >= dayEnd) return null;

  const hours = read.workingHours ?? resolveWorkingHours(DEFAULT_WORKING_HOURS);
  if (!hours) return null;
  const blocks = mergeIntervals([
    ...read.items.filter((item) => BLOCKING_STATUSES.has(item.status)),
    ...read.absences.map(absencePeriod),
    ...read.automaticRepliesIntervals,
  ]);

  for (const window of workingWindowsBetween(hours, searchFrom, dayEnd)) {
    let gapStart = laterInstant(window.start, searchFrom);
    const windowEnd = earlierInstant(window.end, dayEnd);
    for (const block of [...blocks, { start: OPEN_END, end: OPEN_END }]) {
      if (block.end <= gapStart) continue;
      const gapEnd = earlierInstant(block.start, windowEnd);
      if (gapEnd - gapStart >= minimumSlotMs) return { start: gapStart, end: gapEnd };
      if (block.start >= windowEnd) break;
      gapStart = laterInstant(gapStart, block.end);
      if (gapStart >= windowEnd) break;
    }
  }
  return null;
};

/**
 * The availability of a person at an instant, by the rules of DESIGN.md (first rule that holds wins):
 * registered absence > out of office (calendar, automatic replies, presence) > outside working hours >
 * busy (presence, calendar; tentative marked) > reachable (any signal) > unknown.
 * The answer carries the absence kind (for team leaders); show agents {@link agentViewOfAvailability}.
 * @example
 * availabilityAt(
 *   { personId: 'p1', calendar: { access: 'details', items: [
 *       { start: at('2026-03-30T09:00+02:00'), end: at('2026-03-30T10:00+02:00'), status: 'Busy', isPrivate: false, subject: 'Overleg' },
 *     ] },
 *     workingHours: { daysOfWeek: ['monday'], startTime: '08:00', endTime: '17:00', timeZone: 'Europe/Amsterdam' },
 *     presence: null, automaticReplies: null, registeredAbsences: [] },
 *   at('2026-03-30T09:30+02:00'),
 * )
 * // { state: 'busy', reason: 'calendarBusy', until: 10:00, nextFreeSlot: 10:00–17:00,
 * //   currentItem: { subject: 'Overleg', visibility: 'details', … }, calendarAccess: 'details', absence: null, … }
 */
export const availabilityAt = (
  signals: AvailabilitySignals,
  at: Instant,
  options: AvailabilityOptions = {},
): Availability => {
  const read = readSignals(signals);
  const decision = decide(read, at, options.workingDayCalendar);
  const minimumSlotMs = (options.minimumSlotMinutes ?? 15) * MINUTE_MS;
  const todayTimeZone = options.todayTimeZone ?? AMSTERDAM;
  const details = {
    personId: signals.personId,
    at,
    until: decision.until,
    nextFreeSlot: nextFreeSlotOf(read, at, decision, minimumSlotMs, todayTimeZone),
    // Busy by presence alone: nobody knows when it ends, so a free slot is the calendar's only.
    nextFreeSlotBasis:
      decision.state === 'busy' && decision.until === 'unknown'
        ? ('calendarOnly' as const)
        : ('allSignals' as const),
    currentItem: currentItemOf(read.items, at),
    nextItem: nextItemOf(read.items, at, decision),
    automaticReplyMessage: read.automaticRepliesIntervals.some((interval) =>
      intervalContains(interval, at),
    )
      ? read.automaticRepliesMessage
      : null,
    presenceDetail: read.presence,
    calendarAccess: read.calendarAccess,
    absence: decision.absence,
  };
  switch (decision.state) {
    case 'absent':
      return { state: decision.state, reason: decision.reason, ...details };
    case 'busy':
      return { state: decision.state, reason: decision.reason, ...details };
    case 'reachable':
      return { state: decision.state, reason: decision.reason, ...details };
    case 'unknown':
      return { state: decision.state, reason: decision.reason, ...details };
  }
};

/**
 * The answer as a front-office agent may see it: identical, except that a registered absence loses
 * its kind (sick, leave…). Agents see "absent", never why.
 * @example agentViewOfAvailability(leaderView).absence // { absenceId, from, expectedUntil, substitutes…, no kind }
 */
export const agentViewOfAvailability = (
  availability: Availability | AgentAvailability,
): AgentAvailability => {
  const { absence, ...rest } = availability;
  if (absence === null) return { ...rest, absence: null };
  return {
    ...rest,
    absence: {
      absenceId: absence.absenceId,
      from: absence.from,
      expectedUntil: absence.expectedUntil,
      substituteForCalls: absence.substituteForCalls,
      substituteForCallbacks: absence.substituteForCallbacks,
      noteForFrontOffice: absence.noteForFrontOffice,
    },
  };
};

/** What {@link absenceWithin} tells about absence in a stretch of time. */
export type AbsenceWithin = {
  /** Working time in the stretch not covered by any absence signal (office hours when hours are unknown). */
  workingMsFree: number;
  /** The first moment in the stretch covered by an absence signal, or null when none is. */
  firstAbsentAt: Instant | null;
  /** The registered absence that decides at `firstAbsentAt` (as the card would show it), or null. */
  registeredAbsence: RegisteredAbsence | null;
};

/**
 * How much of a stretch of time a person is at work and not absent, by the same signals and rules as
 * {@link availabilityAt}: registered absences, out-of-office items, automatic replies, and Teams
 * "out of office" without a known end (then absent from `from` on). Outside working hours is not
 * absence, it is just not counted. Office hours are assumed when the person's hours are unknown.
 * @example absenceWithin(onLeaveFromTomorrow, wednesday1630, fridayEndOfDay).workingMsFree // 30 minutes
 */
export const absenceWithin = (
  signals: AvailabilitySignals,
  from: Instant,
  to: Instant,
  options: Pick<AvailabilityOptions, 'workingDayCalendar'> = {},
): AbsenceWithin => {
  const read = readSignals(signals);
  const known = absenceBlocks(read);
  const presenceOnly = read.presenceOutOfOffice && !known.some((b) => intervalContains(b, from));
  const blocks = presenceOnly ? mergeIntervals([...known, { start: from, end: OPEN_END }]) : known;
  const hours = read.workingHours ?? resolveWorkingHours(DEFAULT_WORKING_HOURS);
  let workingMsFree = 0;
  if (hours) {
    for (const window of workingWindowsBetween(hours, from, to, options.workingDayCalendar)) {
      const start = laterInstant(window.start, from);
      const end = earlierInstant(window.end, to);
      const covered = blocks.reduce(
        (sum, block) =>
          sum + Math.max(0, earlierInstant(block.end, end) - laterInstant(block.start, start)),
        0,
      );
      workingMsFree += Math.max(0, end - start - covered);
    }
  }
  const firstBlock = blocks.find((block) => block.end > from && block.start < to);
  const firstAbsentAt = firstBlock ? laterInstant(firstBlock.start, from) : null;
  const registeredAbsence =
    firstAbsentAt === null
      ? null
      : (decidingAbsenceAt(read.absences, firstAbsentAt)?.absence ??
        // An absence that starts later inside the stretch than another signal.
        read.absences
          .filter((absence) => {
            const period = absencePeriod(absence);
            return period.end > from && period.start < to;
          })
          .sort((a, b) => a.from - b.from)[0] ??
        null);
  return { workingMsFree, firstAbsentAt, registeredAbsence };
};
