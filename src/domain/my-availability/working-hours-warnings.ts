// Warnings about working hours that make the front office's answer wrong: none set, a whole day (Outlook's
// 00:00–23:59 when nobody filled them in), or appointments on a day that is not a working day.
import type { CalendarItem, WorkingHours } from '../availability';
import { normalizeScheduleStatus } from '../availability';
import type { TimeZone, Weekday } from '../time';
import {
  AMSTERDAM,
  WEEKDAYS,
  normalizeWeekday,
  parseWallClockTime,
  resolveTimeZone,
  weekdayAt,
} from '../time';

export type WorkingHoursWarning =
  | { kind: 'missing' }
  | { kind: 'noDays' }
  | { kind: 'unreadableTimes' }
  | { kind: 'wholeDay' }
  | { kind: 'veryLong'; hours: number }
  | { kind: 'appointmentsOnDayOff'; days: Weekday[] };

/** A working day longer than this is almost certainly not meant (a whole day counts apart). */
export const VERY_LONG_WORKING_DAY_HOURS = 14;

/** A window of at least this many minutes counts as "the whole day" (00:00–23:59, 00:00–00:00). */
const WHOLE_DAY_MINUTES = 23 * 60;

/** Items that show the person works that day: busy or tentative, not whole days (leave, birthdays). */
function showsWork(item: CalendarItem): boolean {
  const status = normalizeScheduleStatus(item.status);
  const wholeDays = (item.end - item.start) % 86_400_000 === 0 && item.end - item.start > 0;
  return (
    (status === 'busy' || status === 'tentative' || status === 'workingElsewhere') && !wholeDays
  );
}

/**
 * What is clearly wrong with a person's working hours, given their calendar items of the coming days (in the hours'
 * time zone). No warning: an empty list.
 * @example workingHoursWarnings({ daysOfWeek: ['monday'], startTime: '00:00', endTime: '23:59' }, []) // [{ kind: 'wholeDay' }]
 * @example workingHoursWarnings(null, []) // [{ kind: 'missing' }]
 */
export function workingHoursWarnings(
  hours: WorkingHours | null,
  items: readonly CalendarItem[],
): WorkingHoursWarning[] {
  if (hours === null) return [{ kind: 'missing' }];
  const days = new Set(
    hours.daysOfWeek
      .map((day) => normalizeWeekday(String(day)))
      .filter((day): day is Weekday => day !== null),
  );
  if (days.size === 0) return [{ kind: 'noDays' }];
  const start = parseWallClockTime(hours.startTime);
  const end = parseWallClockTime(hours.endTime);
  if (start === null || end === null) return [{ kind: 'unreadableTimes' }];
  const warnings: WorkingHoursWarning[] = [];
  // An end at or before the start runs into the next day (a night shift); equal times mean 24 hours.
  const minutes = end > start ? end - start : end + 1440 - start;
  if (minutes >= WHOLE_DAY_MINUTES) warnings.push({ kind: 'wholeDay' });
  else if (minutes > VERY_LONG_WORKING_DAY_HOURS * 60)
    warnings.push({ kind: 'veryLong', hours: Math.round(minutes / 6) / 10 });
  const zone: TimeZone = resolveTimeZone(hours.timeZone ?? AMSTERDAM);
  const worked = new Set(items.filter(showsWork).map((item) => weekdayAt(item.start, zone)));
  const daysOff = WEEKDAYS.filter((day) => worked.has(day) && !days.has(day));
  if (daysOff.length > 0) warnings.push({ kind: 'appointmentsOnDayOff', days: daysOff });
  return warnings;
}
