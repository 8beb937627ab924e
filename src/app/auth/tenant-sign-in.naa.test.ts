// @vitest-environment jsdom
// Sign-in and sign-out under nested app authentication with MSAL's real NestedAppAuthController: only the host's
// side of the bridge (window.nestedAppAuthBridge, which Teams and Outlook provide) is played by the test.
import { createNestablePublicClientApplication } from '@azure/msal-browser';
import type { TenantAppConfig } from '../../config/app-config';
import { requestedGraphScopes } from '../../config/graph-scopes';
import { createTenantSignIn, msalConfiguration } from './tenant-sign-in';

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
  roleGroupIds: { agent: undefined, teamLeader: undefined, coordinator: undefined },
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

const tenantId = '5f1c2a7e-3b8d-4c6a-9e21-0d4b7a1c9f30';
const oid = '0c7d7f3e-1b2a-4c5d-8e9f-a0b1c2d3e4f5';
const upn = 'mohamed.elamrani@contoso.nl';

function base64Url(value: unknown): string {
  return btoa(JSON.stringify(value)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
}

function idToken(): string {
  const now = Math.floor(Date.now() / 1000);
  const claims = {
    aud: config.clientId,
    iss: `https://login.microsoftonline.com/${tenantId}/v2.0`,
    iat: now,
    nbf: now,
    exp: now + 3600,
    name: 'Mohamed el Amrani',
    oid,
    preferred_username: upn,
    sub: 'subject',
    tid: tenantId,
    ver: '2.0',
    roles: ['Bereikbaar.TeamLeader'],
  };
  return `${base64Url({ alg: 'RS256', typ: 'JWT' })}.${base64Url(claims)}.signature`;
}

/** MSAL's AuthBridge (src/naa/AuthBridge.ts): what Teams and Outlook put on the window. */
type HostBridge = {
  addEventListener: (name: string, listener: (response: string) => void) => void;
  removeEventListener: (name: string, listener: (response: string) => void) => void;
  postMessage: (message: string) => void;
};

/** The host's end of the nested app auth bridge: answers the init context and token requests. */
function installHostBridge(): { methods: string[] } {
  const listeners: Array<(response: string) => void> = [];
  const methods: string[] = [];
  const account = {
    homeAccountId: `${oid}.${tenantId}`,
    environment: 'login.microsoftonline.com',
    tenantId,
    username: upn,
    localAccountId: oid,
    name: 'Mohamed el Amrani',
  };
  const bridge: HostBridge = {
    addEventListener: (_name, listener) => void listeners.push(listener),
    removeEventListener: () => undefined,
    postMessage: (message: string) => {
      const request = JSON.parse(message) as { method: string; requestId: string };
      methods.push(request.method);
      const body =
        request.method === 'GetInitContext'
          ? {
              initContext: {
                sdkName: 'host',
                sdkVersion: '1.0.0',
                accountContext: {
                  homeAccountId: account.homeAccountId,
                  environment: account.environment,
                  tenantId,
                },
              },
            }
          : {
              token: {
                access_token: 'host-access-token',
                expires_in: 3600,
                id_token: idToken(),
                properties: null,
                scope: 'User.Read',
              },
              account,
            };
      const envelope = JSON.stringify({
        messageType: 'NestedAppAuthResponse',
        requestId: request.requestId,
        success: true,
        ...body,
      });
      setTimeout(() => listeners.forEach((listener) => listener(envelope)), 0);
    },
  };
  (window as unknown as { nestedAppAuthBridge: HostBridge }).nestedAppAuthBridge = bridge;
  return { methods };
}

afterEach(() => {
  localStorage.clear();
});

describe('nested app authentication with MSAL’s real NestedAppAuthController', () => {
  it('MSAL refuses clearCache() and logoutPopup() under nested app auth (why sign-out must not call them)', async () => {
    installHostBridge();
    const pca = await createNestablePublicClientApplication(
      msalConfiguration(config, 'https://app.example'),
    );
    // NestedAppAuthError.createUnsupportedError() (not exported): name NestedAppAuthError.
    const unsupported = { name: 'NestedAppAuthError' };
    await expect(pca.clearCache()).rejects.toMatchObject(unsupported);
    await expect(async () => pca.logoutPopup()).rejects.toMatchObject(unsupported);
  });

  it('signs the host user in through the bridge, and "Afmelden" forgets the sign-in here without an error', async () => {
    const host = installHostBridge();
    const signIn = createTenantSignIn({
      config,
      hostKind: 'teams',
      loginHint: upn,
      appOrigin: 'https://app.example',
      nestedAuthSupport: () => Promise.resolve('supported'),
    });
    const session = await signIn.signInSilently();
    expect(host.methods).toContain('GetInitContext');
    expect(host.methods).toContain('GetToken');
    expect(session?.account).toEqual({ upn, displayName: 'Mohamed el Amrani', userId: oid });
    expect(session?.roles).toContain('teamLeader');
    await expect(session?.getAccessToken(['User.Read'])).resolves.toBe('host-access-token');

    expect(session?.signOutReach).toBe('app');
    await expect(session?.signOut()).resolves.toBeUndefined();
  });
});
