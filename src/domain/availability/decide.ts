// The rules themselves (DESIGN.md): for person P at instant t, the first rule that holds wins; and when an
// absence ends, following back-to-back absences and time outside working hours.
import type { Instant } from '../time';
import { earlierInstant } from '../time';
import type { WorkingDayCalendar } from '../working-days';
import type { AbsenceDetail, AvailabilityVerdict, RegisteredAbsence } from './availability-types';
import { OPEN_END, intervalContains, mergedIntervalContaining } from './intervals';
import type { PresenceActivity, PresenceAvailability } from './signal-normalizers';
import type { ReadSignals } from './read-signals';
import {
  BLOCKING_STATUSES,
  absenceBlocks,
  decidingAbsenceAt,
  isInstant,
  nonEmptyText,
} from './read-signals';
import { endOfWorkingStretch, nextStartOfWork, workingWindowAt } from './working-hours';

/** How many signals and gaps "until" follows before it gives up ('unknown'). */
const RETURN_SEARCH_STEPS = 200;

const BUSY_AVAILABILITIES: ReadonlySet<PresenceAvailability> = new Set(['busy', 'doNotDisturb']);
const BUSY_ACTIVITIES: ReadonlySet<PresenceActivity> = new Set([
  'inACall',
  'inAConferenceCall',
  'inAMeeting',
  'presenting',
]);

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

export type Decision = AvailabilityVerdict & {
  until: Instant | 'unknown' | null;
  absence: AbsenceDetail | null;
};

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

export const decide = (
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
