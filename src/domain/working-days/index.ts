// Public API of working days, statutory holidays and the callback deadline (Europe/Amsterdam).
export { FIRST_GREGORIAN_YEAR, LAST_SUPPORTED_YEAR, easterSunday } from './easter';
export type { StatutoryHoliday, StatutoryHolidayKey } from './statutory-holidays';
export { kingsDay, statutoryHolidayOn, statutoryHolidays } from './statutory-holidays';
export type { WorkingDayCalendar } from './working-day-calendar';
export {
  STATUTORY_CALENDAR,
  addWorkingDays,
  isWorkingDay,
  nextWorkingDay,
  workingDaysBetween,
} from './working-day-calendar';
export {
  CALLBACK_WORKING_DAYS,
  callbackDueAt,
  callbackDueDate,
  lastInstantOfLocalDate,
} from './callback-deadline';
export type { OfficeHours } from './working-minutes';
export { DEFAULT_OFFICE_HOURS, workingMinutesBetween } from './working-minutes';
