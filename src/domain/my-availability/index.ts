// Public API of the rules behind "Mijn bereikbaarheid": the employee's calendar sharing as colleagues see it,
// warnings about working hours, and the automatic-replies form.
export type { OrganizationSharing } from './calendar-sharing';
export {
  DEFAULT_SHARING,
  OPENED_SHARING,
  colleagueCalendarAccess,
  sharingAction,
  signalsAsColleaguesSeeThem,
} from './calendar-sharing';
export type { WorkingHoursWarning } from './working-hours-warnings';
export { VERY_LONG_WORKING_DAY_HOURS, workingHoursWarnings } from './working-hours-warnings';
export type {
  AutomaticRepliesDraft,
  AutomaticRepliesMode,
  AutomaticRepliesProblem,
} from './automatic-replies-draft';
export { AUTOMATIC_REPLY_MAX_LENGTH, automaticRepliesProblems } from './automatic-replies-draft';
