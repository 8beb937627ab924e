// The date of Easter Sunday in the Gregorian calendar; every movable Dutch holiday hangs off it.
import type { LocalDate } from '../time';

/** The first and last year for which Gregorian dates are computed here (a LocalDate has four year digits). */
export const FIRST_GREGORIAN_YEAR = 1583;
export const LAST_SUPPORTED_YEAR = 9999;

/** A local date from its parts; callers pass a real date. */
export const localDateFromParts = (year: number, month: number, day: number): LocalDate =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` as LocalDate;

/** Throws a RangeError unless the year is a whole Gregorian year this module supports. */
export const assertSupportedYear = (year: number): void => {
  if (!Number.isInteger(year) || year < FIRST_GREGORIAN_YEAR || year > LAST_SUPPORTED_YEAR)
    throw new RangeError(
      `Year ${year} is outside ${FIRST_GREGORIAN_YEAR}..${LAST_SUPPORTED_YEAR} (Gregorian calendar).`,
    );
};

/**
 * Easter Sunday of a Gregorian year, by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
 * Throws a RangeError for a year that is not a whole number in 1583..9999.
 * @example easterSunday(2025) // '2025-04-20'
 * @example easterSunday(2027) // '2027-03-28'
 */
export const easterSunday = (year: number): LocalDate => {
  assertSupportedYear(year);
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const n = h + l - 7 * m + 114;
  return localDateFromParts(year, Math.floor(n / 31), (n % 31) + 1);
};
