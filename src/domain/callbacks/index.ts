// Public API of callback requests: the model, validation, status questions, changes and retention.
export type {
  AttemptOutcome,
  CallbackAttempt,
  CallbackChannel,
  CallbackCitizen,
  CallbackRepeatCall,
  CallbackRequest,
  CallbackStatus,
} from './callback-request';
export { CALLBACK_LIMITS, FAILED_ATTEMPT_OUTCOMES } from './callback-request';
export type { CallbackDraft, CallbackField, FieldError, ParsedPhone } from './callback-validation';
export {
  isPlausibleEmail,
  validateAttemptNote,
  validateCallbackDraft,
  validateOutcomeNote,
} from './callback-validation';
export type { CallbackRequestContext } from './callback-from-draft';
export { callbackRequestFromDraft } from './callback-from-draft';
export type { CallbackCounts } from './callback-status';
export {
  FAILED_ATTEMPTS_BEFORE_SUGGESTING_CLOSE,
  calledBackOnTime,
  callbackCounts,
  failedAttemptCount,
  firstAttempt,
  isDueSoon,
  isDueToday,
  isOverdue,
  shouldSuggestClosingAsNotReached,
  sortByDue,
} from './callback-status';
export type { CallbackPart } from './callback-differences';
export { changedParts } from './callback-differences';
export type { CallbackClosing } from './callback-changes';
export { claimRequest, closeRequest, logAttempt, reassignRequest } from './callback-changes';
export { isPastRetention, isRedacted, redactPersonalData } from './callback-retention';
export type { CallbackAssigneeOptions, CallbackAssigneeProposal } from './callback-assignee';
export { MINIMUM_CALLBACK_MINUTES, callbackAssigneeFor } from './callback-assignee';
export type { DueMark, TeamCallbackTab } from './callback-holders';
export {
  TEAM_CALLBACK_TABS,
  belongsInListOf,
  dueMarkOf,
  isHeldBy,
  isInTeamTab,
  isUnchangedReassignment,
  isUnclaimedTeamRequest,
} from './callback-holders';
export type {
  CallbackRecipient,
  RecipientChoice,
  RecipientDirectory,
  RecipientPerson,
  RecipientTeam,
} from './callback-recipient';
export { callbackRecipient, offeredSubstitute } from './callback-recipient';
export type { CitizenContactKeys } from './repeat-callers';
export {
  REPEAT_WINDOW_WORKING_DAYS,
  addRepeatCall,
  contactKeysOf,
  earlierRequestsOf,
  emailKeyOf,
  hasContactKey,
  isRecentRequestOf,
  phoneKeyOf,
  repeatWindowStart,
} from './repeat-callers';
