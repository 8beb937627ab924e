// How the demo tenant is started and how a test asks for a token (apart from server.ts, which imports the server's
// parts that need these types).
import type { EmulatorState } from '../store';

export type StartEmulatorOptions = {
  /** 0 = a free port. Default 0. */
  port?: number;
  /** Folder for the saved state and the token secret; null/undefined = in memory, nothing written. */
  dataDir?: string | null;
  now?: () => Date;
  quiet?: boolean;
  /** Start from this state instead of the generated seed (also what reset returns to). For tests. */
  initialState?: EmulatorState;
  /** Milliseconds between a change and its save. Default 250. */
  saveDebounceMs?: number;
};

/** How a test wants its token: with a groups overage, or from a tenant that assigns no app roles. */
export type TokenOptions = {
  /** The app registration the token is for (Sites.Selected grants are per app); default the demo app. */
  appId?: string;
  groups?: 'claim' | 'overage';
  /** The resource the token is for: Microsoft Graph by default, or SharePoint (`https://lindeburg.sharepoint.com`). */
  audience?: string;
  appRoles?: 'assigned' | 'none';
};
