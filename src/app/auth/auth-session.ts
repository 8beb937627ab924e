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
