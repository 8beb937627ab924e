// The due moment as the agent reads it before saving.
import type { Locale } from '../../i18n';
import { formatDayTime, formatLongDate } from '../../i18n';

/**
 * The due date in words, in Europe/Amsterdam.
 * @example dueDateText(Date.parse('2026-12-01T22:59:59.999Z'), 'nl') // 'dinsdag 1 december 2026'
 */
export function dueDateText(dueAt: number, locale: Locale): string {
  return formatLongDate(new Date(dueAt), locale);
}

/** A short date and time for lists ("di 1 dec, 10:15"). */
export function shortDateTime(at: number, locale: Locale): string {
  return formatDayTime(new Date(at), locale);
}
