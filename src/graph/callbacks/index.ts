// Callback requests on Microsoft Graph: the SharePoint list, eTag-guarded changes, retention and notifications.
export type { CallbackFields, StoredCallback } from './callback-mapping';
export {
  attemptsFromJson,
  attemptsToJson,
  changedFields,
  fieldsForCallback,
  storedCallbackFrom,
} from './callback-mapping';
export type { ClaimOutcome, ReassignTarget, SaveOutcome, UpdateOutcome } from './callback-store';
export {
  claimCallback,
  closeCallback,
  logCallbackAttempt,
  reassignCallback,
  saveCallbackRequest,
  updateCallback,
} from './callback-store';
export {
  findCallbackByRequestId,
  getCallback,
  listMyOpenCallbacks,
  listOpenCallbacksFor,
  listTeamCallbacks,
  listTeamCallbacksClaimedBy,
  listUnclaimedTeamCallbacks,
} from './callback-queries';
export type { RepeatCallOutcome } from './callback-repeats';
export {
  addRepeatCallToCallback,
  findEarlierCallbacks,
  repeatLookupFilter,
} from './callback-repeats';
export type { BulkReassignResult } from './callback-handover';
export { reassignOpenCallbacks } from './callback-handover';
export {
  findRetentionBacklog,
  redactExpiredCallbacks,
  retentionCatchUpDays,
} from './callback-retention';
export {
  myCallbacksDeepLink,
  myCallbacksTabEntityId,
  teamsCatalogAppId,
} from './callback-notifications';
export { callbacksScopes } from './scopes';
export type { ContactFields } from './contact-store';
export {
  contactFromListItem,
  contactFromRecord,
  fieldsForContact,
  findContact,
  saveContact,
} from './contact-store';
export { repeatCallsFromJson } from './repeat-calls-json';
