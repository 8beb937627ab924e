import type { Role } from './roles';

export type SignedInAccount = {
  upn: string;
  displayName: string;
  /** Entra object id (the `oid` claim). */
  userId: string;
};

/** A signed-in user, whatever the sign-in method (demo persona or MSAL). */
export type AuthSession = {
  account: SignedInAccount;
  roles: Role[];
  getAccessToken: (scopes: string[]) => Promise<string>;
  signOut: () => Promise<void>;
  /**
   * What signing out ends: the Microsoft account session ('account', the default), or only this app's sign-in
   * ('app': under nested app authentication the user stays signed in to Teams or Outlook).
   */
  signOutReach?: 'account' | 'app';
};

/** Delegated Graph scopes the app needs; declared once so sign-in asks for all of them up front. */
export const graphScopes: readonly string[] = [
  'User.Read',
  'User.Read.All',
  'Calendars.Read',
  'Presence.Read.All',
  'Mail.Read',
  'Mail.Send',
  'Sites.ReadWrite.All',
  'MailboxSettings.Read',
  // Callback notifications as a Teams activity (BRK_NOTIFICATIONS=teamsActivity); asked up front so that the
  // admin consent covers it and no user sees a second consent prompt.
  'TeamsActivity.Send',
];
