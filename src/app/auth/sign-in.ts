import type { AuthSession } from './auth-session';
import type { Role } from './roles';

/** A demo persona as listed by the emulator's /_emulator/personas. */
export type DemoPersona = {
  id: string;
  upn: string;
  displayName: string;
  role: Role;
  jobTitle: string;
  department: string;
};

/** Sign-in against the demo tenant: pick a persona. */
export type DemoSignIn = {
  kind: 'demo';
  emulatorUrl: string;
  listPersonas: () => Promise<DemoPersona[]>;
  signInAs: (upn: string) => Promise<AuthSession>;
  /** The persona chosen earlier in this browser tab, if any (survives a reload). */
  restoreSession: () => Promise<AuthSession | null>;
};

/** Sign-in with Microsoft Entra ID through MSAL. */
export type TenantSignIn = {
  kind: 'tenant';
  /** Signs in without user interaction when possible; null when the user has to act. */
  signInSilently: () => Promise<AuthSession | null>;
  /** Opens the Microsoft sign-in (a popup, or the host's own dialog under nested app auth). */
  signInInteractively: () => Promise<AuthSession>;
};

export type SignIn = DemoSignIn | TenantSignIn;

/** The demo tenant (or Graph) could not be reached at all; shown as the "Graph unreachable" screen. */
export class ServiceUnreachableError extends Error {
  override readonly name = 'ServiceUnreachableError';

  constructor(
    readonly url: string,
    cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
  }
}
