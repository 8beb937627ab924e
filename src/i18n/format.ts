// Date and time formatting in the municipality's time zone, whatever the device's zone is.
import type { Locale } from './translate';

const timeZone = 'Europe/Amsterdam';
const intlLocale: Readonly<Record<Locale, string>> = { nl: 'nl-NL', en: 'en-GB' };

/** @example formatTime(new Date('2025-03-10T08:05:00Z'), 'nl') // → '09:05' */
export function formatTime(date: Date, locale: Locale = 'nl'): string {
  return new Intl.DateTimeFormat(intlLocale[locale], {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(date);
}

/** @example formatDateTime(new Date('2025-03-10T08:05:00Z'), 'nl') // → 'ma 10 mrt 2025 09:05' (separator as Intl gives it) */
export function formatDateTime(date: Date, locale: Locale = 'nl'): string {
  return new Intl.DateTimeFormat(intlLocale[locale], {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(date);
}

/**
 * A day as people say it: weekday, day and month, with the year only when asked.
 * @example formatDay(new Date('2026-12-03T08:30:00+01:00'), 'nl') // → 'do 3 dec'
 * @example formatDay(new Date('2027-01-04T08:30:00+01:00'), 'nl', 'withYear') // → 'ma 4 jan 2027'
 */
export function formatDay(
  date: Date,
  locale: Locale = 'nl',
  year: 'withYear' | 'withoutYear' = 'withoutYear',
): string {
  return new Intl.DateTimeFormat(intlLocale[locale], {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    ...(year === 'withYear' ? { year: 'numeric' } : {}),
  }).format(date);
}

/**
 * A day written out in full, with the year (due dates and absences in mails).
 * @example formatFullDay(new Date('2026-12-01T22:59:59.999Z'), 'nl') // → 'dinsdag 1 december 2026'
 */
export function formatFullDay(date: Date, locale: Locale = 'nl'): string {
  return new Intl.DateTimeFormat(intlLocale[locale], {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(date);
}

/**
 * A moment written out in full: the day as {@link formatFullDay} and the time (separator as Intl gives it).
 * @example formatFullDateTime(new Date('2026-04-01T09:30:00Z'), 'nl') // → 'woensdag 1 april 2026 om 11:30'
 */
export function formatFullDateTime(date: Date, locale: Locale = 'nl'): string {
  return new Intl.DateTimeFormat(intlLocale[locale], {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(date);
}
