// The signed-in user's own settings: the calendar's sharing with the organisation and the automatic replies.
export type { OwnCalendarSharing } from './calendar-permissions';
export {
  readOwnCalendarSharing,
  setOwnCalendarSharing,
  sharingFromRole,
} from './calendar-permissions';
export { automaticRepliesPatch, updateOwnAutomaticReplies } from './automatic-replies';
export {
  automaticRepliesWriteScopes,
  calendarSharingWriteScopes,
  mySettingsScopes,
} from './scopes';
export { readOwnAddress } from './own-address';
