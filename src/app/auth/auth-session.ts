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
};
