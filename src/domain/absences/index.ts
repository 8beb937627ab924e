// Public API of the absence registration rules.
export type { Absence, AbsenceKind, AbsenceRegistration } from './absence-types';
export { absenceKindFrom, absenceKinds, absenceLimits } from './absence-types';
export type { AbsencePhase, ClassifiedAbsences } from './absence-period';
export {
  absencePhase,
  classifyAbsences,
  effectiveEnd,
  extendedUntil,
  isAbsentAt,
  needsReturnConfirmation,
  overlappingAbsence,
  periodsOverlap,
} from './absence-period';
export type {
  AbsenceDraft,
  AbsenceErrorCode,
  AbsenceField,
  AbsenceFieldErrors,
  AbsenceValidation,
  CallbacksChoice,
  ValidationContext,
} from './absence-validation';
export { draftPeriod, validateAbsence } from './absence-validation';
export type {
  AbsenceEditable,
  AbsenceEditField,
  AbsenceMerge,
  FrontOfficeField,
} from './absence-merge';
export {
  absenceEditFields,
  frontOfficeChanges,
  mergeAbsenceEdit,
  sameField,
} from './absence-merge';
export {
  absenceStart,
  draftFromAbsence,
  draftTimeText,
  extensionDraft,
  newAbsenceDraft,
  tomorrowAtFive,
} from './absence-draft';
export type { LedTeam, TeamChoice } from './team-choices';
export { teamChoices } from './team-choices';
export { decidingAbsence } from './deciding-absence';
