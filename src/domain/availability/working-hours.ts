// A person's working hours as windows on the instant line, DST-correct in the hours' own time zone.
import type { Instant, LocalDate, MinuteOfDay, TimeZone, Weekday } from '../time';
import {
  AMSTERDAM,
  instantAtWallClock,
  localDateAt,
  localDatePlusDays,
  normalizeWeekday,
  parseWallClockTime,
  resolveTimeZone,
  weekdayOfLocalDate,
} from '../time';
import type { WorkingDayCalendar } from '../working-days';
import { statutoryHolidayOn } from '../working-days';
import type { TimeSlot, WorkingHours } from './availability-types';
import { intervalContains } from './intervals';

/** Working hours checked and parsed once; see {@link resolveWorkingHours}. */
export type ResolvedWorkingHours = {
  days: ReadonlySet<Weekday>;
  startMinute: MinuteOfDay;
  endMinute: MinuteOfDay;
  timeZone: TimeZone;
};

/** Office hours assumed for the next free slot when a person's working hours are unknown. */
export const DEFAULT_WORKING_HOURS: WorkingHours = {
  daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
  startTime: '08:00',
  endTime: '17:00',
  timeZone: AMSTERDAM,
};

/** How far ahead the next start of work is searched. */
export const WORK_START_SEARCH_DAYS = 14;

/**
 * Working hours parsed, or null when they cannot be used (no known day, unreadable times): then the
 * outside-working-hours rule does not apply. Unknown weekday names are ignored; unknown zones fall
 * back to Europe/Amsterdam.
 * @example resolveWorkingHours({ daysOfWeek: ['Monday'], startTime: '08:00', endTime: '17:00' })
 * // { days: Set{'monday'}, startMinute: 480, endMinute: 1020, timeZone: 'Europe/Amsterdam' }
 */
export const resolveWorkingHours = (
  workingHours: WorkingHours | null,
): ResolvedWorkingHours | null => {
  if (!workingHours) return null;
  const days = new Set(
    (Array.isArray(workingHours.daysOfWeek) ? workingHours.daysOfWeek : [])
      .map((day) => (typeof day === 'string' ? normalizeWeekday(day) : null))
      .filter((day): day is Weekday => day !== null),
  );
  const startMinute = parseWallClockTime(String(workingHours.startTime ?? ''));
  const endMinute = parseWallClockTime(String(workingHours.endTime ?? ''));
  if (days.size === 0 || startMinute === null || endMinute === null || startMinute === 1440)
    return null;
  return { days, startMinute, endMinute, timeZone: resolveTimeZone(workingHours.timeZone) };
};

/** A holiday or closing day of the organisation (weekends are the working hours' business). */
const isClosingDay = (date: LocalDate, calendar: WorkingDayCalendar): boolean =>
  calendar.extraClosingDays.includes(date) ||
  (statutoryHolidayOn(date) !== null && !calendar.openOnStatutoryDays.includes(date));

/**
 * The working window that starts on a local date (in the hours' zone), or null on a non-working day.
 * An end at or before the start runs into the next day. With a working-day calendar, its holidays
 * and closing days are non-working days too.
 * @example workingWindowStartingOn(hours0800to1700, '2026-03-30') // 06:00Z–15:00Z (Monday, CEST)
 * @example workingWindowStartingOn(hours0800to1700, '2026-04-06', STATUTORY_CALENDAR) // null (Easter Monday)
 */
export const workingWindowStartingOn = (
  hours: ResolvedWorkingHours,
  date: LocalDate,
  calendar?: WorkingDayCalendar,
): TimeSlot | null => {
  if (!hours.days.has(weekdayOfLocalDate(date))) return null;
  if (calendar !== undefined && isClosingDay(date, calendar)) return null;
  const start = instantAtWallClock(date, hours.startMinute, hours.timeZone);
  const endDate = hours.endMinute > hours.startMinute ? date : localDatePlusDays(date, 1);
  const end = instantAtWallClock(endDate, hours.endMinute, hours.timeZone);
  return end > start ? { start, end } : null;
};

/**
 * The working window containing an instant, or null when the instant is outside working hours.
 * @example workingWindowAt(hours0800to1700, instantFromIso('2026-03-30T07:00:00Z')!) // 06:00Z–15:00Z
 */
export const workingWindowAt = (
  hours: ResolvedWorkingHours,
  instant: Instant,
  calendar?: WorkingDayCalendar,
): TimeSlot | null => {
  const today = localDateAt(instant, hours.timeZone);
  for (const date of [today, localDatePlusDays(today, -1)]) {
    const window = workingWindowStartingOn(hours, date, calendar);
    if (window && intervalContains(window, instant)) return window;
  }
  return null;
};

/**
 * Working windows that overlap [from, to), in order.
 * @example workingWindowsBetween(hours0800to1700, mondayMidnight, tuesdayMidnight) // [Monday 08:00–17:00]
 */
export const workingWindowsBetween = (
  hours: ResolvedWorkingHours,
  from: Instant,
  to: Instant,
  calendar?: WorkingDayCalendar,
): TimeSlot[] => {
  const windows: TimeSlot[] = [];
  let date = localDatePlusDays(localDateAt(from, hours.timeZone), -1);
  const lastDate = localDateAt(to, hours.timeZone);
  while (date <= lastDate) {
    const window = workingWindowStartingOn(hours, date, calendar);
    if (window && window.start < to && window.end > from) windows.push(window);
    date = localDatePlusDays(date, 1);
  }
  return windows;
};

/**
 * The next start of work strictly after an instant, searching up to 14 days ahead; null if none.
 * @example nextStartOfWork(hoursMonToFri0800, fridayEvening) // Monday 08:00
 */
export const nextStartOfWork = (
  hours: ResolvedWorkingHours,
  instant: Instant,
  searchDays: number = WORK_START_SEARCH_DAYS,
  calendar?: WorkingDayCalendar,
): Instant | null => {
  const today = localDateAt(instant, hours.timeZone);
  for (let offset = 0; offset <= searchDays; offset += 1) {
    const window = workingWindowStartingOn(hours, localDatePlusDays(today, offset), calendar);
    if (window && window.start > instant) return window.start;
  }
  return null;
};

/**
 * The end of the working stretch containing an instant, following windows that continue seamlessly
 * (Monday 00:00–24:00 then Tuesday 00:00–24:00); null when outside working hours.
 * @example endOfWorkingStretch(hours0800to1700, mondayNoon) // Monday 17:00
 */
export const endOfWorkingStretch = (
  hours: ResolvedWorkingHours,
  instant: Instant,
): Instant | null => {
  let window = workingWindowAt(hours, instant);
  if (!window) return null;
  for (let step = 0; step < WORK_START_SEARCH_DAYS; step += 1) {
    const following = workingWindowAt(hours, window.end);
    if (!following || following.end <= window.end) break;
    window = following;
  }
  return window.end;
};
