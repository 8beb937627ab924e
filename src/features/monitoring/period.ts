// The periods the screens offer, as Europe/Amsterdam dates, and as the half-open instant range the figures use.
import type { FiguresPeriod } from '../../domain/figures';
import type { LocalDate } from '../../domain/time';
import {
  WEEKDAYS,
  localDateAt,
  localDatePlusDays,
  parseLocalDate,
  startOfLocalDate,
  weekdayOfLocalDate,
} from '../../domain/time';
import { instantFromEpochMs } from '../../domain/time';

export type PeriodPreset = 'last4Weeks' | 'last13Weeks' | 'thisYear' | 'lastYear';
export const periodPresets: readonly PeriodPreset[] = [
  'last4Weeks',
  'last13Weeks',
  'thisYear',
  'lastYear',
];

/** A chosen period: first and last day made, both included. */
export type DayRange = { from: LocalDate; to: LocalDate };

/**
 * The days of a preset on a day.
 * @example presetRange('last4Weeks', '2026-04-09') // { from: '2026-03-16', to: '2026-04-09' } (this week and the 3 before)
 */
export function presetRange(preset: PeriodPreset, today: LocalDate): DayRange {
  const year = Number(today.slice(0, 4));
  const monday = localDatePlusDays(today, -WEEKDAYS.indexOf(weekdayOfLocalDate(today)));
  switch (preset) {
    case 'last4Weeks':
      return { from: localDatePlusDays(monday, -21), to: today };
    case 'last13Weeks':
      return { from: localDatePlusDays(monday, -84), to: today };
    case 'thisYear':
      return { from: `${year}-01-01` as LocalDate, to: today };
    case 'lastYear':
      return { from: `${year - 1}-01-01` as LocalDate, to: `${year - 1}-12-31` as LocalDate };
  }
}

/** Today's date in Amsterdam. */
export const todayIn = (now: Date): LocalDate => localDateAt(instantFromEpochMs(now.getTime()));

/**
 * The instants of a day range: from local midnight of the first day to local midnight after the last; null when the
 * text is not two dates in order.
 * @example periodOf('2026-03-30', '2026-04-12') // { from: 2026-03-29T22:00Z, to: 2026-04-12T22:00Z }
 */
export function periodOf(fromText: string, toText: string): FiguresPeriod | null {
  const from = parseLocalDate(fromText);
  const to = parseLocalDate(toText);
  if (from === null || to === null || to < from) return null;
  return { from: startOfLocalDate(from), to: startOfLocalDate(localDatePlusDays(to, 1)) };
}
