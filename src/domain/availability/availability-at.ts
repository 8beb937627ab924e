// The availability rules of DESIGN.md: for person P at instant t, the first rule that holds wins. The rules
// are in decide.ts, the signals as read in read-signals.ts, the card's extras in calendar-views.ts.
import type { Instant } from '../time';
import { MINUTE_MS } from '../time';
import { AMSTERDAM } from '../time';
import type { AgentAvailability, Availability, AvailabilitySignals } from './availability-types';
import { currentItemOf, nextFreeSlotOf, nextItemOf } from './calendar-views';
import { decide } from './decide';
import { intervalContains } from './intervals';
import { readSignals } from './read-signals';

export type { AbsenceWithin } from './absence-within';
export { absenceWithin } from './absence-within';

export type { AvailabilityOptions } from './availability-types';
import type { AvailabilityOptions } from './availability-types';

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
