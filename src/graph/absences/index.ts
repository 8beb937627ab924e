// Absences registered by team leaders: the front-office list, the leader-only reasons list, the front-office notice.
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
  createAbsence,
  directReportIds,
  endAbsence,
  fetchAbsence,
  listTeamAbsences,
  readAbsenceReasons,
  updateAbsence,
} from './absences-api';
export type { FrontOfficeChange, FrontOfficeNotice } from './front-office-mail';
export { frontOfficeMail, notifyFrontOffice } from './front-office-mail';
export { absencesScopes } from './scopes';
