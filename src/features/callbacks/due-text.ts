// The due moment as the agent reads it before saving.
import type { Locale } from '../../i18n';

const intlLocale: Readonly<Record<Locale, string>> = { nl: 'nl-NL', en: 'en-GB' };

/**
 * The due date in words, in Europe/Amsterdam.
 * @example dueDateText(Date.parse('2026-12-01T22:59:59.999Z'), 'nl') // 'dinsdag 1 december 2026'
 */
export function dueDateText(dueAt: number, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale[locale], {
    timeZone: 'Europe/Amsterdam',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(dueAt));
}

/** A short date and time for lists ("di 1 dec, 10:15"). */
export function shortDateTime(at: number, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale[locale], {
    timeZone: 'Europe/Amsterdam',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(at));
}
