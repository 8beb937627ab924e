// Monitoring data on Microsoft Graph: a period of callback requests for the figures, open absences for the signals,
// the reminders sent about the signals and the weekly measurements of calendar sharing.
export type { PeriodQuery, PeriodRead } from './callbacks-for-period';
export {
  dueMarginDays,
  dueWindows,
  figureColumns,
  pageSize,
  periodItemsUrl,
  readCallbacksForPeriod,
  requestForFigures,
  windowDays,
} from './callbacks-for-period';
export type { OpenAbsence } from './open-absences';
export { readOpenAbsences } from './open-absences';
export { monitoringScopes } from './scopes';
export type { NewReminder, ReminderOutcome, StoredReminder } from './reminders-store';
export {
  findReminder,
  readRemindersBetween,
  recordReminder,
  setReminderOutcome,
  storedReminderFrom,
} from './reminders-store';
export { readSharingSnapshots, recordSharingSnapshot, snapshotIdOf } from './sharing-snapshots';
export {
  myAvailabilityDeepLink,
  myAvailabilityRoute,
  myAvailabilityTabEntityId,
  myAvailabilityWebUrl,
} from './my-availability-link';
export type { ContactsQuery, ContactsRead } from './contacts-for-period';
export { contactItemsUrl, contactWindowDays, readContactsForPeriod } from './contacts-for-period';
export type {
  DailyRecordKind,
  DailyRecordOutcome,
  LastDailyRun,
  NewDailyRecord,
  StoredDailyRecord,
} from './daily-run-store';
export {
  readDailyRecords,
  readLastDailyRun,
  recordDaily,
  setDailyOutcome,
  summaryFromJson,
  summaryToJson,
} from './daily-run-store';
