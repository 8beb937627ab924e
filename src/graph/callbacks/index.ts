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
  callbackScopes,
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
export {
  callbackNotificationScopes,
  isTransientNotificationFailure,
  myCallbacksDeepLink,
  myCallbacksTabEntityId,
  teamsCatalogAppId,
} from './callback-notifications';
