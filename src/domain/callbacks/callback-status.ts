// Questions about one request or a list of them at a moment: overdue, due today, on time, sorting.
import type { Instant } from '../time';
import { AMSTERDAM, localDateAt } from '../time';
import type { WorkingDayCalendar } from '../working-days';
import { nextWorkingDay } from '../working-days';
import type { CallbackAttempt, CallbackRequest } from './callback-request';
import { FAILED_ATTEMPT_OUTCOMES } from './callback-request';

/** After this many failed attempts, closing the request as "not reached" is suggested. */
export const FAILED_ATTEMPTS_BEFORE_SUGGESTING_CLOSE = 3;

/**
 * Whether an open request is past its due moment. Attempts do not stop the clock: a request that was
 * tried but not resolved is still open business. Done and cancelled requests are never overdue.
 * @example isOverdue({ ...request, status: 'open', dueAt: wed235959 }, thursday0000) // true
 */
export const isOverdue = (request: CallbackRequest, now: Instant): boolean =>
  request.status === 'open' && now > request.dueAt;

/**
 * Whether an open request is due on today's Europe/Amsterdam date (and so not yet overdue, since the
 * due moment is the last instant of its date).
 * @example isDueToday({ ...request, dueAt: wed235959 }, wednesday0900) // true
 */
export const isDueToday = (request: CallbackRequest, now: Instant): boolean =>
  request.status === 'open' &&
  now <= request.dueAt &&
  localDateAt(request.dueAt, AMSTERDAM) === localDateAt(now, AMSTERDAM);

/**
 * Whether an open request is due soon: not overdue, and due today or on the next working day (what
 * needs attention before the next working day is over). Due moments are at the end of their day, so
 * "within 24 hours" would mean "today" only; a Friday's next working day is Monday (or later around
 * holidays and closing days).
 * @example isDueSoon({ ...request, dueAt: endOfMonday }, friday0900, STATUTORY_CALENDAR) // true
 * @example isDueSoon({ ...request, dueAt: endOfTuesday }, friday0900, STATUTORY_CALENDAR) // false
 */
export const isDueSoon = (
  request: CallbackRequest,
  now: Instant,
  calendar: WorkingDayCalendar,
): boolean =>
  request.status === 'open' &&
  now <= request.dueAt &&
  localDateAt(request.dueAt, AMSTERDAM) <= nextWorkingDay(localDateAt(now, AMSTERDAM), calendar);

/**
 * The earliest attempt, or null when nobody has tried yet.
 * @example firstAttempt({ ...request, attempts: [tuesdayAttempt, mondayAttempt] }) // mondayAttempt
 */
export const firstAttempt = (request: CallbackRequest): CallbackAttempt | null =>
  request.attempts.reduce<CallbackAttempt | null>(
    (first, attempt) => (first === null || attempt.at < first.at ? attempt : first),
    null,
  );

/**
 * Whether the citizen was called back on time: the first attempt (whatever its outcome) happened no
 * later than the due moment. False while there is no attempt.
 * @example calledBackOnTime({ ...request, dueAt: wed235959, attempts: [{ at: wed1600, ... }] }) // true
 */
export const calledBackOnTime = (request: CallbackRequest): boolean => {
  const first = firstAttempt(request);
  return first !== null && first.at <= request.dueAt;
};

/**
 * The number of attempts that did not reach the citizen (no answer, voicemail, wrong number).
 * @example failedAttemptCount({ ...request, attempts: [noAnswer, voicemail, emailed] }) // 2
 */
export const failedAttemptCount = (request: CallbackRequest): number =>
  request.attempts.filter((attempt) => FAILED_ATTEMPT_OUTCOMES.includes(attempt.outcome)).length;

/**
 * Whether to suggest closing an open request as not reached: three or more failed attempts and
 * none that reached the citizen or e-mailed them.
 * @example shouldSuggestClosingAsNotReached({ ...request, attempts: [noAnswer, noAnswer, voicemail] }) // true
 */
export const shouldSuggestClosingAsNotReached = (request: CallbackRequest): boolean =>
  request.status === 'open' &&
  failedAttemptCount(request) >= FAILED_ATTEMPTS_BEFORE_SUGGESTING_CLOSE &&
  request.attempts.every((attempt) => FAILED_ATTEMPT_OUTCOMES.includes(attempt.outcome));

/**
 * A new list sorted by due moment, earliest first; ties by when made, then by id (stable and total).
 * @example sortByDue([dueFriday, dueWednesday]) // [dueWednesday, dueFriday]
 */
export const sortByDue = (requests: readonly CallbackRequest[]): CallbackRequest[] =>
  [...requests].sort(
    (a, b) => a.dueAt - b.dueAt || a.madeAt - b.madeAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );

/** Counts for the navigation and the lists. `dueToday` and `overdue` are both part of `open`. */
export type CallbackCounts = { open: number; dueToday: number; overdue: number };

/**
 * How many requests are open, due today and overdue at a moment.
 * @example callbackCounts([openOverdue, openDueToday, done], now) // { open: 2, dueToday: 1, overdue: 1 }
 */
export const callbackCounts = (
  requests: readonly CallbackRequest[],
  now: Instant,
): CallbackCounts => ({
  open: requests.filter((request) => request.status === 'open').length,
  dueToday: requests.filter((request) => isDueToday(request, now)).length,
  overdue: requests.filter((request) => isOverdue(request, now)).length,
});
