// Absences registered by team leaders: the front-office list and the leader-only reasons list (the front-office
// notice is in src/notifications).
export type { AbsenceRecord, ReasonRef, StoredAbsence } from './absence-mapping';
export { absenceFieldsFor, frontOfficeViewOf, storedAbsenceFrom } from './absence-mapping';
export type {
  AbsenceReasons,
  AbsenceSaveResult,
  NewAbsence,
  TeamAbsencesQuery,
} from './absences-api';
export {
  AbsenceSaveError,
  absencesScopes,
  createAbsence,
  directReportIds,
  directReportsScopes,
  endAbsence,
  fetchAbsence,
  listTeamAbsences,
  readAbsenceReasons,
  updateAbsence,
} from './absences-api';
