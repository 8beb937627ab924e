// Every date, time and number as people read them, in one place: nl-NL by default (en-GB for English),
// dates and times in the municipality's time zone whatever the device's zone is.
import type { Locale } from './locale-code';

const timeZone = 'Europe/Amsterdam';
const intlLocales: Readonly<Record<Locale, string>> = { nl: 'nl-NL', en: 'en-GB' };

/**
 * The BCP 47 tag for a locale, for libraries that format by themselves (the chart's culture, plural rules).
 * @example intlLocale('nl') // 'nl-NL'
 */
export function intlLocale(locale: Locale = 'nl'): string {
  return intlLocales[locale];
}

const clock = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const;
const dateTimeStyles = {
  time: { timeZone, ...clock },
  timeWithSeconds: { timeZone, ...clock, second: '2-digit' },
  dateTime: {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    ...clock,
  },
  day: { timeZone, weekday: 'short', day: 'numeric', month: 'short' },
  dayWithYear: { timeZone, weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' },
  dayTime: { timeZone, weekday: 'short', day: 'numeric', month: 'short', ...clock },
  longDate: { timeZone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  date: { timeZone, day: 'numeric', month: 'short', year: 'numeric' },
  // A calendar date (YYYY-MM-DD) has no zone: read at midnight UTC, shown in UTC.
  calendarDate: { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;
type DateTimeStyle = keyof typeof dateTimeStyles;

// Building a formatter is costly and lists format hundreds of dates: one per style and locale.
const dateTimeFormatters = new Map<string, Intl.DateTimeFormat>();
function formatWith(style: DateTimeStyle, locale: Locale, date: Date): string {
  const key = `${style}:${locale}`;
  let formatter = dateTimeFormatters.get(key);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat(intlLocales[locale], dateTimeStyles[style]);
    dateTimeFormatters.set(key, formatter);
  }
  return formatter.format(date);
}

/** @example formatTime(new Date('2025-03-10T08:05:00Z'), 'nl') // → '09:05' */
export function formatTime(date: Date, locale: Locale = 'nl'): string {
  return formatWith('time', locale, date);
}

/** @example formatTimeWithSeconds(new Date('2025-03-10T08:05:09Z'), 'nl') // → '09:05:09' */
export function formatTimeWithSeconds(date: Date, locale: Locale = 'nl'): string {
  return formatWith('timeWithSeconds', locale, date);
}

/** @example formatDateTime(new Date('2025-03-10T08:05:00Z'), 'nl') // → 'ma 10 mrt 2025 09:05' (separator as Intl gives it) */
export function formatDateTime(date: Date, locale: Locale = 'nl'): string {
  return formatWith('dateTime', locale, date);
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
  return formatWith(year === 'withYear' ? 'dayWithYear' : 'day', locale, date);
}

/** A day and time for lists. @example formatDayTime(new Date('2026-12-01T09:15:00Z'), 'nl') // → 'di 1 dec, 10:15' */
export function formatDayTime(date: Date, locale: Locale = 'nl'): string {
  return formatWith('dayTime', locale, date);
}

/** A date in full words. @example formatLongDate(new Date('2026-12-01T22:59:59.999Z'), 'nl') // → 'dinsdag 1 december 2026' */
export function formatLongDate(date: Date, locale: Locale = 'nl'): string {
  return formatWith('longDate', locale, date);
}

/** @example formatDate(new Date('2026-04-09T10:00:00Z'), 'nl') // → '9 apr 2026' */
export function formatDate(date: Date, locale: Locale = 'nl'): string {
  return formatWith('date', locale, date);
}

/** A calendar date (no time, no zone). @example formatCalendarDate('2026-04-06', 'nl') // → '6 apr 2026' */
export function formatCalendarDate(isoDate: string, locale: Locale = 'nl'): string {
  return formatWith('calendarDate', locale, new Date(`${isoDate}T00:00:00Z`));
}

const percentFormatters = new Map<Locale, Intl.NumberFormat>();
/** A fraction as a percentage, one decimal at most. @example formatPercent(0.875, 'nl') // → '87,5%' */
export function formatPercent(fraction: number, locale: Locale = 'nl'): string {
  let formatter = percentFormatters.get(locale);
  if (formatter === undefined) {
    formatter = new Intl.NumberFormat(intlLocales[locale], {
      style: 'percent',
      maximumFractionDigits: 1,
    });
    percentFormatters.set(locale, formatter);
  }
  return formatter.format(fraction);
}

const decimalFormatters = new Map<string, Intl.NumberFormat>();
/**
 * A number with at most `fractionDigits` decimals and no thousands separator (cells, axis values).
 * @example formatDecimal(87.5, 'nl', 1) // → '87,5'
 */
export function formatDecimal(value: number, locale: Locale = 'nl', fractionDigits = 0): string {
  const key = `${locale}:${fractionDigits}`;
  let formatter = decimalFormatters.get(key);
  if (formatter === undefined) {
    formatter = new Intl.NumberFormat(intlLocales[locale], {
      maximumFractionDigits: fractionDigits,
      useGrouping: false,
    });
    decimalFormatters.set(key, formatter);
  }
  return formatter.format(value);
}

/**
 * A day written out in full, with the year (due dates and absences in mails).
 * @example formatFullDay(new Date('2026-12-01T22:59:59.999Z'), 'nl') // → 'dinsdag 1 december 2026'
 */
export function formatFullDay(date: Date, locale: Locale = 'nl'): string {
  return new Intl.DateTimeFormat(intlLocales[locale], {
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
  return new Intl.DateTimeFormat(intlLocales[locale], {
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
