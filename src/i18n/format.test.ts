// The one formatting module: each function gives exactly what the separate Intl calls it replaced gave.
import {
  formatCalendarDate,
  formatDate,
  formatDateTime,
  formatDay,
  formatDayTime,
  formatDecimal,
  formatLongDate,
  formatPercent,
  formatTime,
  formatTimeWithSeconds,
  intlLocale,
} from './format';
import type { Locale } from './translate';

const tag = { nl: 'nl-NL', en: 'en-GB' } as const;
const zone = 'Europe/Amsterdam';
// Winter and summer time, midnight and the last millisecond of a day, a year boundary.
const moments = [
  '2025-01-15T08:05:00Z',
  '2025-07-15T08:05:09Z',
  '2026-03-29T00:59:59.999Z',
  '2026-03-29T01:00:00Z',
  '2026-12-01T22:59:59.999Z',
  '2026-12-31T23:30:00Z',
].map((text) => new Date(text));
const locales: Locale[] = ['nl', 'en'];
const old = (locale: Locale, options: Intl.DateTimeFormatOptions, date: Date) =>
  new Intl.DateTimeFormat(tag[locale], options).format(date);
const clock = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const;

describe('format', () => {
  it.each(locales)('formats dates and times as before (%s)', (locale) => {
    for (const date of moments) {
      expect(formatTime(date, locale)).toBe(old(locale, { timeZone: zone, ...clock }, date));
      expect(formatTimeWithSeconds(date, locale)).toBe(
        old(locale, { timeZone: zone, ...clock, second: '2-digit' }, date),
      );
      expect(formatDateTime(date, locale)).toBe(
        old(
          locale,
          {
            timeZone: zone,
            weekday: 'short',
            day: 'numeric',
            month: 'short',
            year: 'numeric',
            ...clock,
          },
          date,
        ),
      );
      expect(formatDay(date, locale)).toBe(
        old(locale, { timeZone: zone, weekday: 'short', day: 'numeric', month: 'short' }, date),
      );
      expect(formatDay(date, locale, 'withYear')).toBe(
        old(
          locale,
          { timeZone: zone, weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' },
          date,
        ),
      );
      expect(formatDayTime(date, locale)).toBe(
        old(
          locale,
          { timeZone: zone, weekday: 'short', day: 'numeric', month: 'short', ...clock },
          date,
        ),
      );
      expect(formatLongDate(date, locale)).toBe(
        old(
          locale,
          { timeZone: zone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
          date,
        ),
      );
      expect(formatDate(date, locale)).toBe(
        old(locale, { timeZone: zone, day: 'numeric', month: 'short', year: 'numeric' }, date),
      );
    }
  });

  it('reads the examples as documented', () => {
    expect(formatTime(new Date('2025-03-10T08:05:00Z'))).toBe('09:05');
    expect(formatTimeWithSeconds(new Date('2025-03-10T08:05:09Z'))).toBe('09:05:09');
    expect(formatDay(new Date('2026-12-03T08:30:00+01:00'))).toBe('do 3 dec');
    expect(formatDayTime(new Date('2026-12-01T09:15:00Z'))).toBe('di 1 dec, 10:15');
    expect(formatLongDate(new Date('2026-12-01T22:59:59.999Z'))).toBe('dinsdag 1 december 2026');
    expect(formatDate(new Date('2026-04-09T10:00:00Z'))).toBe('9 apr 2026');
    expect(formatCalendarDate('2026-04-06')).toBe('6 apr 2026');
    expect(formatCalendarDate('2026-04-06', 'en')).toBe('6 Apr 2026');
  });

  it('keeps the same answer when a formatter is reused (cached per style and locale)', () => {
    const date = moments[0]!;
    expect(formatTime(date, 'en')).toBe(formatTime(date, 'en'));
    expect(formatTime(date, 'nl')).toBe('09:05');
    expect(formatDecimal(2.25, 'nl', 1)).not.toBe(formatDecimal(2.25, 'nl', 2));
  });

  it('formats numbers in Dutch and English', () => {
    expect(formatPercent(0.875, 'nl')).toBe('87,5%');
    expect(formatPercent(0.875, 'en')).toBe('87.5%');
    expect(formatPercent(0.12345, 'nl')).toBe('12,3%');
    expect(formatDecimal(87.5, 'nl', 1)).toBe('87,5');
    expect(formatDecimal(12345.678, 'nl', 2)).toBe('12345,68');
    expect(formatDecimal(12345.678, 'en')).toBe('12346');
  });

  it('names the Intl locale of each language, Dutch by default', () => {
    expect(intlLocale()).toBe('nl-NL');
    expect(intlLocale('en')).toBe('en-GB');
  });
});
