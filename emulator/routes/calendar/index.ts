// Calendar: getSchedule (free/busy with visibility rules), event create/update/delete, mailboxSettings.
export { availabilityViewFor } from './availability-view';
export type { BusyInterval } from './availability-view';
export { workingHoursDto } from './dtos';
export { maxSchedulesPerRequest, maxScheduleWindowDays } from './schedule';
export { calendarRoutes } from './routes';
