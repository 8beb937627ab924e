// The delegated scopes the employee's own settings need (composed into the sign-in list by src/config/graph-scopes.ts).
import type { GraphScopeDeclaration } from '../../config/graph-scope-declaration';

/** PATCH of the calendar's "My Organization" calendarPermission: asked when "Agenda openstellen" is pressed. */
export const calendarSharingWriteScopes: readonly string[] = ['Calendars.ReadWrite'];

/** PATCH /me/mailboxSettings (automatic replies): asked when the employee saves them. */
export const automaticRepliesWriteScopes: readonly string[] = ['MailboxSettings.ReadWrite'];

export const mySettingsScopes: GraphScopeDeclaration = {
  // GET /me (own-address.ts); GET /me/calendar/calendarPermissions (calendar-permissions.ts): Calendars.ReadBasic or
  // Calendars.Read.
  always: ['User.Read', 'Calendars.Read'],
  // Writes to the user's own calendar sharing and mailbox settings, only when the user asks for them.
  onDemand: [...calendarSharingWriteScopes, ...automaticRepliesWriteScopes],
};
