// The callback deadline ("streefdatum"): the end of the second working day after the request.
import type { Instant, LocalDate } from '../time';
import { instantPlus, AMSTERDAM, localDateAt, localDatePlusDays, startOfLocalDate } from '../time';
import type { WorkingDayCalendar } from './working-day-calendar';
import { addWorkingDays } from './working-day-calendar';

/** How many working days after the day of the request a callback is due. */
export const CALLBACK_WORKING_DAYS = 2;

/**
 * The last instant of a local date in Europe/Amsterdam: 23:59:59.999 local time, one millisecond
 * before the next local midnight (so DST-correct: the offset is that of the date itself).
 * @example lastInstantOfLocalDate(parseLocalDate('2026-03-31')!) // 2026-03-31T21:59:59.999Z (CEST)
 */
export const lastInstantOfLocalDate = (date: LocalDate): Instant =>
  instantPlus(startOfLocalDate(localDatePlusDays(date, 1), AMSTERDAM), -1);

/**
 * The local date on which a callback request is due: the second working day after the
 * Europe/Amsterdam day on which it was made (that day itself never counts, working day or not).
 * @example callbackDueDate(instantFromIso('2026-03-27T10:00:00+01:00')!, STATUTORY_CALENDAR) // '2026-03-31' (Fri → Tue)
 */
export const callbackDueDate = (madeAt: Instant, calendar: WorkingDayCalendar): LocalDate =>
  addWorkingDays(localDateAt(madeAt, AMSTERDAM), CALLBACK_WORKING_DAYS, calendar);

/**
 * The due moment of a callback request made at `madeAt`: the END of the second working day after
 * the Europe/Amsterdam day D on which it was made. Made Monday → end of Wednesday; Saturday → end of
 * Tuesday; Friday → end of Tuesday; holidays and extra closing days are skipped.
 *
 * "End of the day" is chosen as the day's last instant, 23:59:59.999 local time (not the next
 * midnight), so that the due moment still lies on the due date — `localDateAt(dueAt)` is that date
 * and an attempt at any time on it counts as on time (`attempt.at <= dueAt`). It is DST-correct:
 * the offset is the due date's own (+01:00 in winter, +02:00 in summer).
 * Compute once and store it on the request; do not recompute later (the calendar may change).
 * @example callbackDueAt(instantFromIso('2026-03-27T10:00:00+01:00')!, STATUTORY_CALENDAR)
 * // 2026-03-31T21:59:59.999Z (Tuesday 23:59:59.999 CEST; DST began on Sunday 29 March)
 * @example callbackDueAt(instantFromIso('2026-05-04T09:00:00+02:00')!, STATUTORY_CALENDAR)
 * // 2026-05-07T21:59:59.999Z (Mon → skips 5 May → end of Thursday)
 */
export const callbackDueAt = (madeAt: Instant, calendar: WorkingDayCalendar): Instant =>
  lastInstantOfLocalDate(callbackDueDate(madeAt, calendar));
