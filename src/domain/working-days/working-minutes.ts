// Elapsed time counted only inside office hours on working days (for "time to first attempt").
import type { Instant } from '../time';
import {
  MINUTE_MS,
  AMSTERDAM,
  instantAtWallClock,
  localDateAt,
  localDatePlusDays,
  parseWallClockTime,
} from '../time';
import type { WorkingDayCalendar } from './working-day-calendar';
import { isWorkingDay } from './working-day-calendar';

/** Daily office hours, Europe/Amsterdam wall-clock times 'HH:mm'; `end` after `start`. */
export type OfficeHours = { start: string; end: string };

/** The front office's default hours. */
export const DEFAULT_OFFICE_HOURS: OfficeHours = { start: '08:30', end: '17:00' };

/**
 * The minutes between two instants that fall inside office hours on working days (Europe/Amsterdam,
 * DST-correct). Fractional minutes are kept (the caller rounds for display); 0 when `to` is not
 * after `from`. Throws a RangeError when the hours are unreadable or `end` is not after `start`
 * (configuration is checked when it is loaded, so this is a programming error).
 * @example workingMinutesBetween(instantFromIso('2026-04-02T16:00:00+02:00')!, instantFromIso('2026-04-07T09:00:00+02:00')!, STATUTORY_CALENDAR)
 * // 90 (Thu 16:00–17:00 = 60, Good Friday to Easter Monday closed, Tue 08:30–09:00 = 30)
 */
export const workingMinutesBetween = (
  from: Instant,
  to: Instant,
  calendar: WorkingDayCalendar,
  hours: OfficeHours = DEFAULT_OFFICE_HOURS,
): number => {
  const startMinute = parseWallClockTime(hours.start);
  const endMinute = parseWallClockTime(hours.end);
  if (startMinute === null || endMinute === null || endMinute <= startMinute)
    throw new RangeError(`Unusable office hours ${hours.start}–${hours.end}.`);
  if (to <= from) return 0;
  let totalMs = 0;
  const lastDate = localDateAt(to, AMSTERDAM);
  for (
    let date = localDateAt(from, AMSTERDAM);
    date <= lastDate;
    date = localDatePlusDays(date, 1)
  ) {
    if (!isWorkingDay(date, calendar)) continue;
    const windowStart = Math.max(from, instantAtWallClock(date, startMinute, AMSTERDAM));
    const windowEnd = Math.min(to, instantAtWallClock(date, endMinute, AMSTERDAM));
    if (windowEnd > windowStart) totalMs += windowEnd - windowStart;
  }
  return totalMs / MINUTE_MS;
};
