import {
  AuthError,
  BrowserAuthError,
  BrowserAuthErrorCodes,
  createNestablePublicClientApplication,
  createStandardPublicClientApplication,
  InteractionRequiredAuthError,
} from '@azure/msal-browser';
import type {
  AccountInfo,
  AuthenticationResult,
  IPublicClientApplication,
} from '@azure/msal-browser';
import type { TenantAppConfig } from '../../config/app-config';
import {
  createTenantSignIn,
  detectNestedAuthSupport,
  needsInteractiveSignIn,
} from './tenant-sign-in';
import type { NestedAuthProbeEnvironment } from './tenant-sign-in';
import type * as MsalBrowser from '@azure/msal-browser';
import { requestedGraphScopes } from '../../config/graph-scopes';

vi.mock('@azure/msal-browser', async (importOriginal) => ({
  ...(await importOriginal<typeof MsalBrowser>()),
  createNestablePublicClientApplication: vi.fn(),
  createStandardPublicClientApplication: vi.fn(),
}));

const config: TenantAppConfig = {
  mode: 'tenant',
  teamsAppId: '5d3c9b7e-2a41-4f6e-9c08-b1e7a4d2f36c',
  sitesScope: 'Sites.ReadWrite.All',
  teamsCatalogAppId: null,
  graphScopes: requestedGraphScopes({
    sitesScope: 'Sites.ReadWrite.All',
    notifications: 'email',
    teamsCatalogAppId: 'lookedUp',
  }),
  clientId: '3f1c2a4e-8b7d-4c1a-9e2f-5a6b7c8d9e0f',
  tenantId: 'contoso.onmicrosoft.com',
  sharePointSite: 'contoso.sharepoint.com:/sites/bereikbaar',
  graphBaseUrl: 'https://graph.microsoft.com',
  appBaseUrl: undefined,
  roleGroupIds: {
    agent: undefined,
    teamLeader: 'aaaaaaaa-0000-0000-0000-000000000002',
    coordinator: undefined,
  },
  organisation: {
    frontOfficeMailbox: null,
    callbackRetentionDays: 90,
    absenceReasonRetentionDays: 28,
    extraClosingDays: [],
    openOnStatutoryDays: [],
    notifications: 'email',
    callbackOnTimeNorm: 0.9,
    contactNorms: { answeredDirectly: 0.6, successful: 0.9, repeatTrafficMax: 0.1 },
  },
};

const account = {
  homeAccountId: 'home',
  environment: 'login.microsoftonline.com',
  tenantId: 'tid',
  username: 'mohamed.elamrani@contoso.nl',
  localAccountId: 'local-id',
  name: 'Mohamed el Amrani',
  idTokenClaims: {
    oid: 'oid-1',
    roles: ['Bereikbaar.Agent'],
    groups: ['aaaaaaaa-0000-0000-0000-000000000002'],
  },
} as AccountInfo;

const result = (accessToken: string) => ({ accessToken, account }) as AuthenticationResult;

function fakePca(overrides: Partial<Record<keyof IPublicClientApplication, unknown>> = {}) {
  return {
    getActiveAccount: vi.fn(() => null),
    getAllAccounts: vi.fn(() => [account]),
    setActiveAccount: vi.fn(),
    acquireTokenSilent: vi.fn(() => Promise.resolve(result('silent-token'))),
    acquireTokenPopup: vi.fn(() => Promise.resolve(result('popup-token'))),
    ssoSilent: vi.fn(() => Promise.resolve(result('sso-token'))),
    logoutPopup: vi.fn(() => Promise.resolve()),
    clearCache: vi.fn(() => Promise.resolve()),
    ...overrides,
  };
}

function usePca(pca: ReturnType<typeof fakePca>) {
  vi.mocked(createNestablePublicClientApplication).mockResolvedValue(
    pca as unknown as IPublicClientApplication,
  );
  vi.mocked(createStandardPublicClientApplication).mockResolvedValue(
    pca as unknown as IPublicClientApplication,
  );
}

const naaSupported = () => Promise.resolve('supported' as const);
const naaUnsupported = () => Promise.resolve('unsupported' as const);

const interactionRequired = () =>
  new InteractionRequiredAuthError('interaction_required', 'AADSTS50058: consent needed');

beforeEach(() => {
  vi.mocked(createNestablePublicClientApplication).mockReset();
  vi.mocked(createStandardPublicClientApplication).mockReset();
});

describe('createTenantSignIn', () => {
  it('uses nested app authentication inside Teams, with the tenant authority and the redirect bridge', async () => {
    usePca(fakePca());
    const signIn = createTenantSignIn({
      config,
      hostKind: 'teams',
      loginHint: undefined,
      appOrigin: 'https://app.example',
      nestedAuthSupport: naaSupported,
    });
    await signIn.signInSilently();
    expect(createNestablePublicClientApplication).toHaveBeenCalledWith({
      auth: {
        clientId: config.clientId,
        authority: 'https://login.microsoftonline.com/contoso.onmicrosoft.com',
        redirectUri: 'https://app.example/redirect.html',
        postLogoutRedirectUri: 'https://app.example/',
      },
      cache: { cacheLocation: 'localStorage' },
    });
    expect(createStandardPublicClientApplication).not.toHaveBeenCalled();
  });

  it('uses the standard SPA flow in a plain browser', async () => {
    usePca(fakePca());
    const signIn = createTenantSignIn({
      config,
      hostKind: 'browser',
      loginHint: undefined,
      appOrigin: 'https://app.example',
    });
    await signIn.signInSilently();
    expect(createStandardPublicClientApplication).toHaveBeenCalledTimes(1);
    expect(createNestablePublicClientApplication).not.toHaveBeenCalled();
  });

  it('signs in silently with a cached account, mapping account and roles from the ID token claims', async () => {
    const pca = fakePca();
    usePca(pca);
    const signIn = createTenantSignIn({
      config,
      hostKind: 'browser',
      loginHint: undefined,
      appOrigin: 'https://app.example',
    });
    const session = await signIn.signInSilently();
    expect(session?.account).toEqual({
      upn: 'mohamed.elamrani@contoso.nl',
      displayName: 'Mohamed el Amrani',
      userId: 'oid-1',
    });
    expect(session?.roles).toEqual(['agent', 'teamLeader', 'employee']);
    await expect(session?.getAccessToken(['User.Read'])).resolves.toBe('silent-token');
    expect(pca.acquireTokenPopup).not.toHaveBeenCalled();
  });

  it('returns no session when silent sign-in needs interaction, then signs in with a popup', async () => {
    const pca = fakePca({ acquireTokenSilent: vi.fn(() => Promise.reject(interactionRequired())) });
    usePca(pca);
    const signIn = createTenantSignIn({
      config,
      hostKind: 'browser',
      loginHint: undefined,
      appOrigin: 'https://app.example',
    });
    await expect(signIn.signInSilently()).resolves.toBeNull();
    const session = await signIn.signInInteractively();
    expect(pca.acquireTokenPopup).toHaveBeenCalledWith(
      expect.objectContaining({
        scopes: expect.arrayContaining(['User.Read', 'Presence.Read.All']),
      }),
    );
    expect(pca.setActiveAccount).toHaveBeenCalledWith(account);
    expect(session.account.displayName).toBe('Mohamed el Amrani');
  });

  it('falls back to a popup for a token only when the silent attempt needs interaction', async () => {
    const acquireTokenSilent = vi
      .fn()
      .mockResolvedValueOnce(result('silent-token'))
      .mockRejectedValueOnce(interactionRequired());
    const pca = fakePca({ acquireTokenSilent });
    usePca(pca);
    const session = await createTenantSignIn({
      config,
      hostKind: 'browser',
      loginHint: undefined,
      appOrigin: 'https://app.example',
    }).signInSilently();
    await expect(session?.getAccessToken(['Mail.Send'])).resolves.toBe('popup-token');
    expect(pca.acquireTokenPopup).toHaveBeenCalledWith({ scopes: ['Mail.Send'], account });
  });

  // MSAL v5's own errors when the hidden iframe renewal (after the refresh token expired) gets no answer:
  // src/utils/IframeMonitor.ts (AuthError timed_out / monitor_window_timeout), src/utils/BrowserUtils.ts
  // (BrowserAuthError timed_out / redirect_bridge_timeout, block_iframe_reload), SilentIframeClient.
  const renewalFailures: Array<[string, () => Error]> = [
    [
      'iframe monitor timeout',
      () =>
        new AuthError(BrowserAuthErrorCodes.timedOut, 'cid', undefined, 'monitor_window_timeout'),
    ],
    [
      'redirect bridge timeout',
      () => new BrowserAuthError(BrowserAuthErrorCodes.timedOut, 'cid', 'redirect_bridge_timeout'),
    ],
    [
      'iframe reload blocked',
      () => new BrowserAuthError(BrowserAuthErrorCodes.blockIframeReload, 'cid'),
    ],
    [
      'iframe closed',
      () => new BrowserAuthError(BrowserAuthErrorCodes.iframeClosedPrematurely, 'cid'),
    ],
    ['MSAL v2 code', () => new BrowserAuthError('monitor_window_timeout', 'cid')],
  ];

  it.each(renewalFailures)(
    'a silent renewal that fails with the %s leads to the interactive sign-in, not the error screen',
    async (_name, failure) => {
      const pca = fakePca({ acquireTokenSilent: vi.fn(() => Promise.reject(failure())) });
      usePca(pca);
      const signIn = createTenantSignIn({
        config,
        hostKind: 'browser',
        loginHint: undefined,
        appOrigin: 'https://app.example',
      });
      await expect(signIn.signInSilently()).resolves.toBeNull();
      await expect(signIn.signInInteractively()).resolves.toMatchObject({
        account: { displayName: 'Mohamed el Amrani' },
      });
    },
  );

  it('renews a token with the popup when the silent renewal times out while the app is in use', async () => {
    const acquireTokenSilent = vi
      .fn()
      .mockResolvedValueOnce(result('silent-token'))
      .mockRejectedValueOnce(renewalFailures[0]![1]());
    const pca = fakePca({ acquireTokenSilent });
    usePca(pca);
    const session = await createTenantSignIn({
      config,
      hostKind: 'browser',
      loginHint: undefined,
      appOrigin: 'https://app.example',
    }).signInSilently();
    await expect(session?.getAccessToken(['User.Read'])).resolves.toBe('popup-token');
  });

  it.each([
    ['no network', () => new BrowserAuthError(BrowserAuthErrorCodes.noNetworkConnectivity, 'cid')],
    ['not an MSAL error', () => new Error('boom')],
  ])(
    'a failure that interaction cannot fix (%s) is not taken for "sign in again"',
    (_name, failure) => {
      expect(needsInteractiveSignIn(failure())).toBe(false);
    },
  );

  it('with a groups overage asks Graph (checkMemberGroups, with GroupMember.Read.All) for the role groups', async () => {
    const overageAccount = {
      ...account,
      idTokenClaims: { oid: 'oid-1', roles: [], _claim_names: { groups: 'src1' } },
    } as AccountInfo;
    const pca = fakePca({
      getAllAccounts: vi.fn(() => [overageAccount]),
      acquireTokenSilent: vi.fn(() =>
        Promise.resolve({ accessToken: 'token', account: overageAccount } as AuthenticationResult),
      ),
    });
    usePca(pca);
    const graph = vi.fn((input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      expect(request.url).toBe('https://graph.microsoft.com/v1.0/me/checkMemberGroups');
      return Promise.resolve(
        Response.json({ value: ['aaaaaaaa-0000-0000-0000-000000000002'] }, { status: 200 }),
      );
    });
    vi.stubGlobal('fetch', graph);
    try {
      const session = await createTenantSignIn({
        config,
        hostKind: 'browser',
        loginHint: undefined,
        appOrigin: 'https://app.example',
      }).signInSilently();
      expect(session?.roles).toEqual(['teamLeader', 'employee']);
      expect(graph).toHaveBeenCalledTimes(1);
      expect(pca.acquireTokenSilent).toHaveBeenCalledWith({
        scopes: ['User.Read.All', 'GroupMember.Read.All'],
        account: overageAccount,
      });
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('surfaces an error that interaction cannot fix instead of opening a popup', async () => {
    const networkDown = new Error('endpoints_resolution_error');
    const pca = fakePca({ acquireTokenSilent: vi.fn(() => Promise.reject(networkDown)) });
    usePca(pca);
    const signIn = createTenantSignIn({
      config,
      hostKind: 'browser',
      loginHint: undefined,
      appOrigin: 'https://app.example',
    });
    await expect(signIn.signInSilently()).rejects.toBe(networkDown);
    expect(pca.acquireTokenPopup).not.toHaveBeenCalled();
  });

  it('under nested app auth signs the host user in without a prompt; signing out only forgets the account here', async () => {
    const pca = fakePca({ getAllAccounts: vi.fn(() => []) });
    usePca(pca);
    const signIn = createTenantSignIn({
      config,
      hostKind: 'outlook',
      loginHint: 'mohamed.elamrani@contoso.nl',
      appOrigin: 'https://app.example',
      nestedAuthSupport: naaSupported,
    });
    const session = await signIn.signInSilently();
    expect(pca.ssoSilent).toHaveBeenCalledWith(
      expect.objectContaining({ loginHint: 'mohamed.elamrani@contoso.nl' }),
    );
    expect(session?.signOutReach).toBe('app');
    await session?.signOut();
    // Both throw under nested app auth (see tenant-sign-in.naa.test.ts with MSAL's real controller).
    expect(pca.clearCache).not.toHaveBeenCalled();
    expect(pca.logoutPopup).not.toHaveBeenCalled();
    expect(pca.setActiveAccount).toHaveBeenLastCalledWith(null);
  });
  it('inside a host without nested app auth falls back to the standard flow: popup sign-in and popup sign-out', async () => {
    const pca = fakePca({
      getAllAccounts: vi.fn(() => []),
      ssoSilent: vi.fn(() => Promise.reject(interactionRequired())),
    });
    usePca(pca);
    const signIn = createTenantSignIn({
      config,
      hostKind: 'teams',
      loginHint: 'mohamed.elamrani@contoso.nl',
      appOrigin: 'https://app.example',
      nestedAuthSupport: naaUnsupported,
    });
    await expect(signIn.signInSilently()).resolves.toBeNull();
    expect(createStandardPublicClientApplication).toHaveBeenCalledTimes(1);
    expect(createNestablePublicClientApplication).not.toHaveBeenCalled();
    const session = await signIn.signInInteractively();
    expect(pca.acquireTokenPopup).toHaveBeenCalledWith(
      expect.objectContaining({ loginHint: 'mohamed.elamrani@contoso.nl' }),
    );
    await session.signOut();
    expect(pca.logoutPopup).toHaveBeenCalledWith({ account });
    expect(pca.clearCache).not.toHaveBeenCalled();
  });

  it('in the Outlook add-in asks the host for a token without a prompt, and only interacts when it must', async () => {
    const acquireTokenSilent = vi.fn().mockRejectedValueOnce(interactionRequired());
    const pca = fakePca({ getAllAccounts: vi.fn(() => []), acquireTokenSilent });
    usePca(pca);
    const session = await createTenantSignIn({
      config,
      hostKind: 'outlook',
      loginHint: 'mohamed.elamrani@contoso.nl',
      appOrigin: 'https://app.example',
      nestedAuthSupport: naaSupported,
    }).signInSilently();
    expect(createNestablePublicClientApplication).toHaveBeenCalledTimes(1);
    expect(pca.acquireTokenPopup).not.toHaveBeenCalled();
    // A scope the user has not consented to yet: the host shows its consent dialog through the popup call.
    await expect(session?.getAccessToken(['Mail.Send'])).resolves.toBe('popup-token');
    expect(pca.acquireTokenSilent).toHaveBeenCalledWith({ scopes: ['Mail.Send'], account });
    expect(pca.acquireTokenPopup).toHaveBeenCalledWith({ scopes: ['Mail.Send'], account });
  });
});

describe('detectNestedAuthSupport', () => {
  const teams = (
    recommended: boolean | 'throws',
  ): NestedAuthProbeEnvironment['loadTeamsNestedAppAuth'] =>
    vi.fn(() =>
      Promise.resolve({
        isNAAChannelRecommended: () => {
          if (recommended === 'throws') throw new Error('SDK not initialized');
          return recommended;
        },
      }),
    );
  const office = (supported: boolean): NestedAuthProbeEnvironment['office'] => ({
    context: {
      requirements: {
        isSetSupported: vi.fn((name: string) => supported && name === 'NestedAppAuth'),
      },
    },
  });

  it.each([
    ['browser', { office: undefined, loadTeamsNestedAppAuth: teams(true) }, 'unsupported'],
    ['teams', { office: undefined, loadTeamsNestedAppAuth: teams(true) }, 'supported'],
    ['m365', { office: undefined, loadTeamsNestedAppAuth: teams(false) }, 'unsupported'],
    ['teams', { office: undefined, loadTeamsNestedAppAuth: teams('throws') }, 'unsupported'],
    ['outlook', { office: office(true), loadTeamsNestedAppAuth: teams(false) }, 'supported'],
    ['outlook', { office: office(false), loadTeamsNestedAppAuth: teams(true) }, 'unsupported'],
  ] as const)('in %s with %o: %s', async (hostKind, environment, expected) => {
    await expect(detectNestedAuthSupport(hostKind, environment)).resolves.toBe(expected);
  });

  it('asks Office.js for the NestedAppAuth 1.1 requirement set', async () => {
    const environment = { office: office(true), loadTeamsNestedAppAuth: teams(false) };
    await detectNestedAuthSupport('outlook', environment);
    expect(environment.office?.context?.requirements?.isSetSupported).toHaveBeenCalledWith(
      'NestedAppAuth',
      '1.1',
    );
    expect(environment.loadTeamsNestedAppAuth).not.toHaveBeenCalled();
  });
});
