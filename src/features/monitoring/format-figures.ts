// Numbers of the monitoring screens as text: percentages, durations, weeks, dates (nl-NL / en-GB, Europe/Amsterdam).
import type { IsoWeek, Rate } from '../../domain/figures';
import { isoWeekMonday } from '../../domain/figures';
import type { MessageKey, MessageParams } from '../../i18n';

export type Translate = (key: MessageKey, params?: MessageParams) => string;
export type UiLocale = 'nl' | 'en';

const intlLocale: Readonly<Record<UiLocale, string>> = { nl: 'nl-NL', en: 'en-GB' };

/** @example formatRate(0.875, 'nl') // '87,5%' */
export function formatRate(rate: Rate, locale: UiLocale): string | null {
  if (rate === null) return null;
  return new Intl.NumberFormat(intlLocale[locale], {
    style: 'percent',
    maximumFractionDigits: 1,
  }).format(rate);
}

/** @example formatNumber(0.875 * 100, 'nl', 1) // '87,5' */
export function formatNumber(value: number, locale: UiLocale, fractionDigits = 0): string {
  return new Intl.NumberFormat(intlLocale[locale], {
    maximumFractionDigits: fractionDigits,
    useGrouping: false,
  }).format(value);
}

/** Working minutes as hours and minutes. @example formatWorkingMinutes(330, t) // '5 u 30 min' */
export function formatWorkingMinutes(minutes: number | null, t: Translate): string {
  if (minutes === null) return t('monitoring.noData');
  const rounded = Math.round(minutes);
  return t('monitoring.duration', { hours: Math.floor(rounded / 60), minutes: rounded % 60 });
}

/** @example formatDate(instant, 'nl') // '9 apr 2026' */
export function formatDate(epochMs: number, locale: UiLocale): string {
  return new Intl.DateTimeFormat(intlLocale[locale], {
    timeZone: 'Europe/Amsterdam',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).format(new Date(epochMs));
}

/** @example weekLabel('2026-W15', 'nl', t) // 'week 15 (6 apr 2026)' */
export function weekLabel(week: IsoWeek, locale: UiLocale, t: Translate): string {
  const monday = isoWeekMonday(week);
  const number = Number(week.slice(-2));
  if (monday === null) return week;
  return t('monitoring.trend.weekLabel', {
    week: number,
    monday: new Intl.DateTimeFormat(intlLocale[locale], {
      timeZone: 'UTC',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
    }).format(new Date(`${monday}T00:00:00Z`)),
  });
}
