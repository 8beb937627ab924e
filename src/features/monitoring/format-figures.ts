// Numbers of the monitoring screens as text: percentages, durations, weeks, dates (nl-NL / en-GB, Europe/Amsterdam).
import type { IsoWeek, Rate } from '../../domain/figures';
import { isoWeekMonday } from '../../domain/figures';
import type { MessageKey, MessageParams } from '../../i18n';
import {
  formatCalendarDate,
  formatDate as formatDateOnly,
  formatDecimal,
  formatPercent,
} from '../../i18n';

export type Translate = (key: MessageKey, params?: MessageParams) => string;
export type UiLocale = 'nl' | 'en';

/** @example formatRate(0.875, 'nl') // '87,5%' */
export function formatRate(rate: Rate, locale: UiLocale): string | null {
  if (rate === null) return null;
  return formatPercent(rate, locale);
}

/** @example formatNumber(0.875 * 100, 'nl', 1) // '87,5' */
export function formatNumber(value: number, locale: UiLocale, fractionDigits = 0): string {
  return formatDecimal(value, locale, fractionDigits);
}

/** Working minutes as hours and minutes. @example formatWorkingMinutes(330, t) // '5 u 30 min' */
export function formatWorkingMinutes(minutes: number | null, t: Translate): string {
  if (minutes === null) return t('monitoring.noData');
  const rounded = Math.round(minutes);
  return t('monitoring.duration', { hours: Math.floor(rounded / 60), minutes: rounded % 60 });
}

/** @example formatDate(instant, 'nl') // '9 apr 2026' */
export function formatDate(epochMs: number, locale: UiLocale): string {
  return formatDateOnly(new Date(epochMs), locale);
}

/**
 * A week as people read it, for the CSV (one cell, sorts within a year).
 * @example weekLabelWithYear('2026-W37', t) // 'week 37 (2026)'
 */
export function weekLabelWithYear(week: IsoWeek, t: Translate): string {
  const match = /^(\d{4})-W(\d{2})$/.exec(week);
  if (!match) return week;
  return t('monitoring.csv.week', { week: Number(match[2]), year: match[1] ?? '' });
}

/**
 * The weeks that get a tick on the trend chart: at most `max`, evenly spread, always the first and the last week, so
 * no tick falls between weeks or after the last one.
 * @example chartWeekTicks(['2026-W01', '2026-W02', '2026-W03'], 2) // ['2026-W01', '2026-W03']
 */
export function chartWeekTicks(weeks: readonly IsoWeek[], max: number): IsoWeek[] {
  if (weeks.length <= max) return [...weeks];
  const step = Math.ceil((weeks.length - 1) / Math.max(1, max - 1));
  const ticks = weeks.filter((_week, index) => index % step === 0);
  const last = weeks[weeks.length - 1];
  if (last !== undefined && ticks[ticks.length - 1] !== last) {
    // Replace a tick too close to the last week rather than crowding the axis.
    if ((weeks.length - 1) % step < step / 2) ticks.pop();
    ticks.push(last);
  }
  return ticks;
}

/** @example weekLabel('2026-W15', 'nl', t) // 'week 15 (6 apr 2026)' */
export function weekLabel(week: IsoWeek, locale: UiLocale, t: Translate): string {
  const monday = isoWeekMonday(week);
  const number = Number(week.slice(-2));
  if (monday === null) return week;
  return t('monitoring.trend.weekLabel', {
    week: number,
    monday: formatCalendarDate(monday, locale),
  });
}

/**
 * What a screen reader says for one point of the trend chart, in the user's language (the library's default is
 * a raw date-time and an English decimal: "07-09-2026, 02:00:00 p.m. CEST. Teruggebeld, 26.4.").
 * @example chartPointLabel('2026-W37', 'Teruggebeld', 0.264, 'nl', t) // 'week 37 (7 sep 2026): Teruggebeld 26,4%'
 */
export function chartPointLabel(
  week: IsoWeek,
  series: string,
  rate: Rate,
  locale: UiLocale,
  t: Translate,
): string {
  return t('monitoring.trend.pointLabel', {
    week: weekLabel(week, locale, t),
    series,
    value: formatRate(rate, locale) ?? '',
  });
}
