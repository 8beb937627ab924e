// Working days: Monday to Friday, minus statutory holidays and the organisation's extra closing days.
import type { LocalDate } from '../time';
import { localDatePlusDays, weekdayOfLocalDate } from '../time';
import { statutoryHolidayOn } from './statutory-holidays';

/**
 * The organisation's configuration on top of the law.
 * - `extraClosingDays`: dates it is closed although they are working days by law (for example the
 *   Friday after Ascension Day, or days designated under art. 3 paragraph 3).
 * - `openOnStatutoryDays`: statutory holidays on which it is open anyway (for example 5 May).
 *   A weekend date here stays a weekend day: this list only lifts the holiday.
 * A date in both lists is closed (closing wins).
 */
export type WorkingDayCalendar = {
  extraClosingDays: readonly LocalDate[];
  openOnStatutoryDays: readonly LocalDate[];
};

/** The law alone: no extra closing days, open on no statutory holiday. */
export const STATUTORY_CALENDAR: WorkingDayCalendar = {
  extraClosingDays: [],
  openOnStatutoryDays: [],
};

/**
 * Whether a date is a working day: Monday–Friday, not a statutory holiday (unless listed in
 * `openOnStatutoryDays`), and not an extra closing day.
 * @example isWorkingDay(parseLocalDate('2026-04-06')!, STATUTORY_CALENDAR) // false (Easter Monday)
 * @example isWorkingDay(parseLocalDate('2026-04-07')!, STATUTORY_CALENDAR) // true (Tuesday)
 * @example isWorkingDay(parseLocalDate('2025-05-05')!, { extraClosingDays: [], openOnStatutoryDays: ['2025-05-05'] }) // true
 */
export const isWorkingDay = (date: LocalDate, calendar: WorkingDayCalendar): boolean => {
  const weekday = weekdayOfLocalDate(date);
  if (weekday === 'saturday' || weekday === 'sunday') return false;
  if (calendar.extraClosingDays.includes(date)) return false;
  return statutoryHolidayOn(date) === null || calendar.openOnStatutoryDays.includes(date);
};

/**
 * The working day `n` working days after a date (before it, when `n` is negative). The date itself
 * is never counted, whether or not it is a working day; `n = 0` returns the date unchanged.
 * @example addWorkingDays(parseLocalDate('2026-04-02')!, 2, STATUTORY_CALENDAR) // '2026-04-08' (Thu → skips Good Friday, weekend, Easter Monday)
 * @example addWorkingDays(parseLocalDate('2026-04-08')!, -2, STATUTORY_CALENDAR) // '2026-04-02'
 */
export const addWorkingDays = (
  date: LocalDate,
  n: number,
  calendar: WorkingDayCalendar,
): LocalDate => {
  if (!Number.isInteger(n)) throw new RangeError(`addWorkingDays needs a whole number, got ${n}.`);
  const step = n < 0 ? -1 : 1;
  let remaining = Math.abs(n);
  let current = date;
  while (remaining > 0) {
    current = localDatePlusDays(current, step);
    if (isWorkingDay(current, calendar)) remaining -= 1;
  }
  return current;
};

/**
 * The first working day after a date (the date itself is not considered).
 * @example nextWorkingDay(parseLocalDate('2026-12-24')!, STATUTORY_CALENDAR) // '2026-12-28' (Thu → skips Christmas, Boxing Day on Saturday, Sunday)
 */
export const nextWorkingDay = (date: LocalDate, calendar: WorkingDayCalendar): LocalDate =>
  addWorkingDays(date, 1, calendar);

/**
 * The number of working days after `from` up to and including `to`. When `to` is before `from` it
 * is negative: minus the working days from `to` (included) up to `from` (excluded). So it is the
 * inverse of {@link addWorkingDays}: `workingDaysBetween(d, addWorkingDays(d, n, c), c) === n`.
 * @example workingDaysBetween(parseLocalDate('2026-04-02')!, parseLocalDate('2026-04-08')!, STATUTORY_CALENDAR) // 2
 * @example workingDaysBetween(parseLocalDate('2026-04-08')!, parseLocalDate('2026-04-02')!, STATUTORY_CALENDAR) // -2
 * @example workingDaysBetween(parseLocalDate('2026-04-06')!, parseLocalDate('2026-04-06')!, STATUTORY_CALENDAR) // 0
 */
export const workingDaysBetween = (
  from: LocalDate,
  to: LocalDate,
  calendar: WorkingDayCalendar,
): number => {
  if (to < from)
    return 0 - workingDaysBetween(localDatePlusDays(to, -1), localDatePlusDays(from, -1), calendar);
  let count = 0;
  for (let day = localDatePlusDays(from, 1); day <= to; day = localDatePlusDays(day, 1)) {
    if (isWorkingDay(day, calendar)) count += 1;
  }
  return count;
};
