// Absences registered by team leaders: the front-office list and the leader-only reasons list (the front-office
// notice is in src/notifications).
export type { AbsenceRecord, ReasonRef, StoredAbsence } from './absence-mapping';
export { absenceFieldsFor, frontOfficeViewOf, storedAbsenceFrom } from './absence-mapping';
export type { AbsenceReasons, ReasonsAccess } from './absence-reasons';
export { readAbsenceReasons, reasonsAccessOf, reasonsListFor } from './absence-reasons';
export type { AbsenceSaveResult } from './change-absence';
export { endAbsence, updateAbsence } from './change-absence';
export type { NewAbsence } from './create-absence';
export { AbsenceSaveError, createAbsence } from './create-absence';
export { directReportIds } from './direct-reports';
export type { TeamAbsencesQuery } from './read-absences';
export { fetchAbsence, listTeamAbsences } from './read-absences';
export { deleteExpiredReasons } from './reason-retention';
export { markUnnoticedEnds } from './unnoticed-ends';
export { absencesScopes } from './scopes';
