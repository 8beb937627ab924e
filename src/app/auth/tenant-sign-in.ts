// Sign-in with Entra ID through MSAL v5. Inside Teams/Outlook/the M365 app: nested app authentication
// when the host says it brokers tokens (the host signs the user in). In a plain browser, and in a host
// that does not support nested app auth: the standard SPA flow with a popup, whose redirect lands on
// redirect.html (the v5 bridge).
import {
  AuthError,
  BrowserAuthErrorCodes,
  InteractionRequiredAuthError,
} from '@azure/msal-browser';
import type {
  AccountInfo,
  AuthenticationResult,
  Configuration,
  IPublicClientApplication,
} from '@azure/msal-browser';
import type { TenantAppConfig } from '../../config/app-config';
import type { HostKind } from '../host/host-context';
import type { AuthSession } from './auth-session';
import { createGraphClient } from '../../graph/client';
import { checkMyMemberGroups, memberGroupScopes } from '../../graph/people';
import { resolveRoles } from './roles';
import type { TenantSignIn } from './sign-in';

/** How MSAL client applications are made; injectable so tests can replace MSAL at its boundary. */
export type MsalFactory = {
  createNestable: (configuration: Configuration) => Promise<IPublicClientApplication>;
  createStandard: (configuration: Configuration) => Promise<IPublicClientApplication>;
};

/** Whether the host brokers tokens for the app (nested app authentication). */
export type NestedAuthSupport = 'supported' | 'unsupported';

/** What the host exposes to answer that: Office.js's requirement sets, TeamsJS's nestedAppAuth. */
export type NestedAuthProbeEnvironment = {
  /** `window.Office` when the page runs as an Outlook add-in (Office.js loaded), else undefined. */
  office:
    | {
        context?: {
          requirements?: { isSetSupported: (name: string, version?: string) => boolean };
        };
      }
    | undefined;
  loadTeamsNestedAppAuth: () => Promise<{ isNAAChannelRecommended: () => boolean }>;
};

/**
 * Asks the host, after it is ready, whether nested app auth is available: Office.js by its NestedAppAuth 1.1
 * requirement set, TeamsJS (Teams, Outlook and the Microsoft 365 app hosting a tab) by isNAAChannelRecommended.
 * Anything that fails to answer counts as unsupported, so sign-in falls back to the standard flow.
 * @example await detectNestedAuthSupport('browser', environment) // 'unsupported'
 */
export async function detectNestedAuthSupport(
  hostKind: HostKind,
  environment: NestedAuthProbeEnvironment,
): Promise<NestedAuthSupport> {
  if (hostKind === 'browser') return 'unsupported';
  try {
    const requirements = environment.office?.context?.requirements;
    if (requirements !== undefined)
      return requirements.isSetSupported('NestedAppAuth', '1.1') ? 'supported' : 'unsupported';
    const nestedAppAuth = await environment.loadTeamsNestedAppAuth();
    return nestedAppAuth.isNAAChannelRecommended() ? 'supported' : 'unsupported';
  } catch {
    return 'unsupported';
  }
}

function browserProbeEnvironment(): NestedAuthProbeEnvironment {
  return {
    office: (globalThis as { Office?: NestedAuthProbeEnvironment['office'] }).Office,
    loadTeamsNestedAppAuth: async () =>
      (await import(/* webpackChunkName: "teams-js" */ '../host/teams-sdk')).nestedAppAuth,
  };
}

export type TenantSignInOptions = {
  config: TenantAppConfig;
  hostKind: HostKind;
  /** The host's idea of who is signed in, used as login hint. */
  loginHint: string | undefined;
  /** Origin the app is served from; the redirect bridge page lives at `${appOrigin}/redirect.html`. */
  appOrigin: string;
  msal?: MsalFactory;
  /** Whether the host supports nested app auth; by default asked from Office.js or TeamsJS. */
  nestedAuthSupport?: () => Promise<NestedAuthSupport>;
};

const defaultMsalFactory: MsalFactory = {
  createNestable: async (configuration) =>
    (
      await import(/* webpackChunkName: "msal" */ '@azure/msal-browser')
    ).createNestablePublicClientApplication(configuration),
  createStandard: async (configuration) =>
    (
      await import(/* webpackChunkName: "msal" */ '@azure/msal-browser')
    ).createStandardPublicClientApplication(configuration),
};

export function msalConfiguration(config: TenantAppConfig, appOrigin: string): Configuration {
  const origin = config.appBaseUrl ?? appOrigin;
  return {
    auth: {
      clientId: config.clientId,
      authority: `https://login.microsoftonline.com/${config.tenantId}`,
      redirectUri: `${origin}/redirect.html`,
      postLogoutRedirectUri: `${origin}/`,
    },
    cache: { cacheLocation: 'localStorage' },
  };
}

/**
 * Silent renewal failures after which only the interactive sign-in helps. When the refresh token has expired, MSAL
 * renews in a hidden iframe; with the session gone or third-party cookies blocked that iframe never answers, and
 * MSAL (v5) rejects with `timed_out` (an AuthError with sub-error `monitor_window_timeout` from the iframe monitor,
 * or a BrowserAuthError `redirect_bridge_timeout`), not with InteractionRequiredAuthError. Retrying silently would
 * only time out again, so these count as "sign in again". `monitor_window_timeout` is also the code of MSAL v2/v3.
 */
const renewalNeedsInteraction: ReadonlySet<string> = new Set([
  BrowserAuthErrorCodes.timedOut,
  BrowserAuthErrorCodes.blockIframeReload,
  BrowserAuthErrorCodes.iframeClosedPrematurely,
  BrowserAuthErrorCodes.redirectBridgeEmptyResponse,
  BrowserAuthErrorCodes.noAccountError,
  'monitor_window_timeout',
]);

/**
 * Whether an error from a silent MSAL call means the user has to sign in interactively.
 * @example needsInteractiveSignIn(new BrowserAuthError('timed_out', '')) // → true
 */
export function needsInteractiveSignIn(error: unknown): boolean {
  if (error instanceof InteractionRequiredAuthError) return true;
  if (!(error instanceof AuthError)) return false;
  return (
    renewalNeedsInteraction.has(error.errorCode) || renewalNeedsInteraction.has(error.subError)
  );
}

export function createTenantSignIn({
  config,
  hostKind,
  loginHint,
  appOrigin,
  msal = defaultMsalFactory,
  nestedAuthSupport = () => detectNestedAuthSupport(hostKind, browserProbeEnvironment()),
}: TenantSignInOptions): TenantSignIn {
  // The scopes follow the configuration (BRK_SITES_SCOPE, BRK_NOTIFICATIONS); see src/config/graph-scopes.ts.
  const graphScopes = config.graphScopes;
  // Decided when the client is made: nested app auth only where the host brokers tokens.
  let nested = false;
  let pcaPromise: Promise<IPublicClientApplication> | undefined;
  // Created once and only after host detection (TeamsJS/Office.js ready), as nested app auth requires.
  const client = () => {
    pcaPromise ??= nestedAuthSupport().then((support) => {
      nested = support === 'supported';
      return (nested ? msal.createNestable : msal.createStandard)(
        msalConfiguration(config, appOrigin),
      );
    });
    return pcaPromise;
  };

  async function sessionFor(
    pca: IPublicClientApplication,
    account: AccountInfo,
  ): Promise<AuthSession> {
    const claims = account.idTokenClaims ?? {};
    const getAccessToken = async (scopes: string[]) => {
      try {
        return (await pca.acquireTokenSilent({ scopes, account })).accessToken;
      } catch (error) {
        if (!needsInteractiveSignIn(error)) throw error;
        return (await pca.acquireTokenPopup({ scopes, account })).accessToken;
      }
    };
    // With a groups overage, membership of the configured role groups is asked of Graph (needs
    // GroupMember.Read.All, asked for only then).
    const roles = await resolveRoles(claims, config.roleGroupIds, (groupIds) =>
      checkMyMemberGroups(
        createGraphClient({
          authProvider: { getAccessToken: () => getAccessToken([...memberGroupScopes]) },
          graphBaseUrl: config.graphBaseUrl,
        }),
        groupIds,
      ),
    );
    return {
      account: {
        upn: account.username,
        displayName: account.name ?? account.username,
        userId: typeof claims.oid === 'string' ? claims.oid : account.localAccountId,
      },
      roles,
      getAccessToken,
      // Under nested app auth the host (Teams, Outlook) owns the sign-in: MSAL's NestedAppAuthController throws
      // "unsupported" from clearCache() and logoutPopup(), so signing out only forgets this app's account.
      signOutReach: nested ? 'app' : 'account',
      signOut: async () => {
        pca.setActiveAccount(null);
        if (!nested) await pca.logoutPopup({ account });
      },
    };
  }

  function accepted(
    pca: IPublicClientApplication,
    result: AuthenticationResult,
  ): Promise<AuthSession> {
    const account = result.account;
    pca.setActiveAccount(account);
    return sessionFor(pca, account);
  }

  return {
    kind: 'tenant',
    signInSilently: async () => {
      const pca = await client();
      const account = pca.getActiveAccount() ?? pca.getAllAccounts()[0] ?? null;
      try {
        if (account !== null)
          return await accepted(
            pca,
            await pca.acquireTokenSilent({ scopes: [...graphScopes], account }),
          );
        // A host user (Teams/Outlook) can usually be signed in without a prompt.
        if (nested || loginHint !== undefined)
          return await accepted(pca, await pca.ssoSilent({ scopes: [...graphScopes], loginHint }));
        return null;
      } catch (error) {
        // The sign-in screen offers the interactive sign-in; the error screen's retry would only fail again.
        if (needsInteractiveSignIn(error)) return null;
        throw error;
      }
    },
    signInInteractively: async () => {
      const pca = await client();
      return accepted(pca, await pca.acquireTokenPopup({ scopes: [...graphScopes], loginHint }));
    },
  };
}
