// ISO 8601 weeks (Monday first; week 1 holds the year's first Thursday) of Europe/Amsterdam calendar dates.
import type { LocalDate } from '../time';
import { localDatePlusDays, parseLocalDate, weekdayOfLocalDate, WEEKDAYS } from '../time';

/** An ISO week as 'yyyy-Www', e.g. '2026-W03'. The year is the ISO week-numbering year. */
export type IsoWeek = string & { readonly __brand: 'IsoWeek' };

const dayOfYear = (date: LocalDate): number => {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return (Date.UTC(year, month - 1, day) - Date.UTC(year, 0, 1)) / 86_400_000 + 1;
};

/**
 * The ISO week a date lies in.
 * @example isoWeekOf(parseLocalDate('2026-01-01')!) // '2026-W01' (a Thursday)
 * @example isoWeekOf(parseLocalDate('2027-01-01')!) // '2026-W53' (a Friday: the week of 2026's last Thursday)
 * @example isoWeekOf(parseLocalDate('2024-12-30')!) // '2025-W01' (a Monday)
 */
export const isoWeekOf = (date: LocalDate): IsoWeek => {
  const weekdayIndex = WEEKDAYS.indexOf(weekdayOfLocalDate(date));
  const thursday = localDatePlusDays(date, 3 - weekdayIndex);
  const week = Math.floor((dayOfYear(thursday) - 1) / 7) + 1;
  return `${thursday.slice(0, 4)}-W${String(week).padStart(2, '0')}` as IsoWeek;
};

/**
 * The Monday that starts an ISO week; null when the text is not a week that exists.
 * @example isoWeekMonday('2026-W01' as IsoWeek) // '2025-12-29'
 */
export const isoWeekMonday = (week: IsoWeek): LocalDate | null => {
  const match = /^(\d{4})-W(\d{2})$/.exec(week);
  if (!match) return null;
  const number = Number(match[2]);
  const january4 = parseLocalDate(`${match[1]}-01-04`);
  if (january4 === null || number < 1) return null;
  const firstMonday = localDatePlusDays(january4, -WEEKDAYS.indexOf(weekdayOfLocalDate(january4)));
  const monday = localDatePlusDays(firstMonday, (number - 1) * 7);
  return isoWeekOf(monday) === week ? monday : null;
};

/**
 * Every ISO week from the week of `first` to the week of `last`, both included, in order.
 * @example isoWeeksFromTo(parseLocalDate('2025-12-24')!, parseLocalDate('2026-01-06')!) // ['2025-W52', '2026-W01', '2026-W02']
 */
export const isoWeeksFromTo = (first: LocalDate, last: LocalDate): IsoWeek[] => {
  const weeks: IsoWeek[] = [];
  if (last < first) return weeks;
  const lastWeek = isoWeekOf(last);
  let monday = localDatePlusDays(first, -WEEKDAYS.indexOf(weekdayOfLocalDate(first)));
  for (;;) {
    const week = isoWeekOf(monday);
    weeks.push(week);
    if (week === lastWeek) return weeks;
    monday = localDatePlusDays(monday, 7);
  }
};
