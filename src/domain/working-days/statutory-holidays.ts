// The generally recognised holidays of the Algemene termijnenwet, article 3, for one year.
import type { LocalDate } from '../time';
import { localDatePlusDays, weekdayOfLocalDate } from '../time';
import { assertSupportedYear, easterSunday, localDateFromParts } from './easter';

/** A stable key per holiday; also the last part of its message key (see {@link StatutoryHoliday}). */
export type StatutoryHolidayKey =
  | 'newYearsDay'
  | 'goodFriday'
  | 'easterMonday'
  | 'kingsDay'
  | 'liberationDay'
  | 'ascensionDay'
  | 'whitMonday'
  | 'christmasDay'
  | 'boxingDay';

/**
 * One statutory holiday on its date. `nameKey` is the message key the UI translates (nl and en);
 * the domain holds no display text.
 */
export type StatutoryHoliday = {
  key: StatutoryHolidayKey;
  date: LocalDate;
  nameKey: `holiday.${StatutoryHolidayKey}`;
};

const holiday = (key: StatutoryHolidayKey, date: LocalDate): StatutoryHoliday => ({
  key,
  date,
  nameKey: `holiday.${key}`,
});

/**
 * King's Day: 27 April, or 26 April when the 27th is a Sunday (the rule since 2014; earlier years
 * get the same rule, not the historical Queen's Day).
 * @example kingsDay(2025) // '2025-04-26' (27 April 2025 is a Sunday)
 * @example kingsDay(2026) // '2026-04-27'
 */
export const kingsDay = (year: number): LocalDate => {
  assertSupportedYear(year);
  const the27th = localDateFromParts(year, 4, 27);
  return weekdayOfLocalDate(the27th) === 'sunday' ? localDateFromParts(year, 4, 26) : the27th;
};

const cache = new Map<number, readonly StatutoryHoliday[]>();

/**
 * The holidays that the Algemene termijnenwet, article 3, treats as generally recognised, sorted by
 * date: paragraph 1 (New Year's Day, Easter Monday, Ascension Day, Whit Monday, King's Day, 5 May
 * every year, Christmas Day, Boxing Day) and Good Friday, which paragraph 2 equates with them.
 * Easter Sunday and Whit Sunday are Sundays and so never working days; they are not listed.
 * Throws a RangeError for a year outside 1583..9999. The result is frozen and shared; do not mutate.
 * @example statutoryHolidays(2026).map((h) => `${h.date} ${h.key}`)
 * // ['2026-01-01 newYearsDay', '2026-04-03 goodFriday', '2026-04-06 easterMonday',
 * //  '2026-04-27 kingsDay', '2026-05-05 liberationDay', '2026-05-14 ascensionDay',
 * //  '2026-05-25 whitMonday', '2026-12-25 christmasDay', '2026-12-26 boxingDay']
 */
export const statutoryHolidays = (year: number): readonly StatutoryHoliday[] => {
  const cached = cache.get(year);
  if (cached) return cached;
  const easter = easterSunday(year);
  const holidays = Object.freeze(
    [
      holiday('newYearsDay', localDateFromParts(year, 1, 1)),
      holiday('goodFriday', localDatePlusDays(easter, -2)),
      holiday('easterMonday', localDatePlusDays(easter, 1)),
      holiday('kingsDay', kingsDay(year)),
      holiday('liberationDay', localDateFromParts(year, 5, 5)),
      holiday('ascensionDay', localDatePlusDays(easter, 39)),
      holiday('whitMonday', localDatePlusDays(easter, 50)),
      holiday('christmasDay', localDateFromParts(year, 12, 25)),
      holiday('boxingDay', localDateFromParts(year, 12, 26)),
    ]
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
      .map((entry) => Object.freeze(entry)),
  );
  cache.set(year, holidays);
  return holidays;
};

/**
 * The statutory holiday on a date, or null. (Ascension Day and 5 May can fall on the same date, as
 * in 2067 — then the first in {@link statutoryHolidays} order, which is fine: either closes the day.)
 * @example statutoryHolidayOn(parseLocalDate('2025-04-26')!)?.key // 'kingsDay'
 * @example statutoryHolidayOn(parseLocalDate('2025-04-27')!) // null
 */
export const statutoryHolidayOn = (date: LocalDate): StatutoryHoliday | null =>
  statutoryHolidays(Number(date.slice(0, 4))).find((entry) => entry.date === date) ?? null;
