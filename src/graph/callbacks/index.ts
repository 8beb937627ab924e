// Callback requests on Microsoft Graph: the SharePoint list, eTag-guarded changes, retention and notifications.
export type { CallbackFields, StoredCallback } from './callback-mapping';
export {
  attemptsFromJson,
  attemptsToJson,
  changedFields,
  fieldsForCallback,
  storedCallbackFrom,
} from './callback-mapping';
export type {
  BulkReassignResult,
  ClaimOutcome,
  ReassignTarget,
  SaveOutcome,
  UpdateOutcome,
} from './callback-store';
export {
  claimCallback,
  closeCallback,
  findCallbackByRequestId,
  findRetentionBacklog,
  getCallback,
  listOpenCallbacksFor,
  listTeamCallbacks,
  listTeamCallbacksClaimedBy,
  listUnclaimedTeamCallbacks,
  logCallbackAttempt,
  reassignCallback,
  reassignOpenCallbacks,
  redactExpiredCallbacks,
  retentionCatchUpDays,
  saveCallbackRequest,
  updateCallback,
} from './callback-store';
export type {
  CallbackNotificationContext,
  NotificationChannel,
  NotificationEvent,
  NotificationResult,
  ReassignNotice,
} from './callback-notifications';
export {
  callbackMailHtml,
  callbackMailSubject,
  dueTextNl,
  isTransientNotificationFailure,
  myCallbacksDeepLink,
  myCallbacksTabEntityId,
  notifyCallbackAssignees,
  notifyReassignedCallback,
} from './callback-notifications';
export { callbacksScopes } from './scopes';
