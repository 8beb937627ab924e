// Contract: the demo tenant as an application's Entra ID and Microsoft Graph (app-only access, client credentials).
// - Token request and response, errors: https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-client-creds-grant-flow
//   (scope `https://graph.microsoft.com/.default`; client_secret, or client_assertion_type
//   urn:ietf:params:oauth:client-assertion-type:jwt-bearer + client_assertion; answer token_type, expires_in,
//   ext_expires_in, access_token; errors `error`, `error_description`, `error_codes`, `timestamp`, `trace_id`,
//   `correlation_id`), and the AADSTS codes of https://learn.microsoft.com/en-us/entra/identity-platform/reference-error-codes
// - The assertion: https://learn.microsoft.com/en-us/entra/identity-platform/certificate-credentials (alg RS256/PS256,
//   x5t or x5t#S256; aud = the token endpoint; iss = sub = client_id; exp, nbf, jti).
// - The token's claims: https://learn.microsoft.com/en-us/entra/identity-platform/access-token-claims-reference
//   (idtyp app, roles = the granted application permissions, oid of the service principal, no scp, no upn).
// - /me with an app token: "Get access without a user" https://learn.microsoft.com/en-us/graph/auth-v2-service —
//   there is no signed-in user; Graph answers 400 BadRequest "/me request is only valid with delegated authentication flow."
// - Sites.Selected (application): https://learn.microsoft.com/en-us/graph/permissions-selected-overview — only sites
//   with a grant; the grant's role decides.
// - Mail.Send (application) limited by an application access policy:
//   https://learn.microsoft.com/en-us/graph/auth-limit-mailbox-access — other mailboxes: 403 ErrorAccessDenied.
// - Application permissions per API: user-get (User.Read.All), user-sendmail (Mail.Send),
//   userteamwork-sendactivitynotification (TeamsActivity.Send), presence-get (Presence.Read.All),
//   calendar-getschedule (Calendars.ReadBasic.All / Calendars.Read) under https://learn.microsoft.com/en-us/graph/api/.
import { createPrivateKey, randomUUID, sign } from 'node:crypto';
import {
  dailyJobAppId,
  frontOfficeMailboxUpn,
  thumbprintsOf,
} from '../../emulator/app-registrations';
import { demoTenantId } from '../../emulator/auth';
import { demoSiteId } from '../../emulator/seed';
import { defaultTeamsAppId } from '../../src/config/app-config';
import { absencesList } from '../../schema/lists';
import { mohamed, sanne, shapeDifferences, startContractTenant } from './contract-support';
import type { ContractTenant } from './contract-support';

let tenant: ContractTenant;
let daily: { clientId: string; certificatePem: string; clientSecret: string };
beforeAll(async () => {
  tenant = await startContractTenant();
  daily = await (await tenant.control('GET', '/_emulator/daily-app')).json();
});
afterAll(async () => {
  await tenant.emulator.close();
});

const tokenPath = `/${demoTenantId}/oauth2/v2.0/token`;
const tokenEndpoint = `https://login.microsoftonline.com/${demoTenantId}/oauth2/v2.0/token`;
const graphDefault = 'https://graph.microsoft.com/.default';
const assertionType = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';

async function requestToken(form: Record<string, string>) {
  const response = await fetch(`${tenant.emulator.url}${tokenPath}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form).toString(),
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- raw Entra JSON, checked below.
  const json: any = await response.json();
  return { status: response.status, json };
}

const withSecret = (overrides: Record<string, string> = {}) =>
  requestToken({
    client_id: daily.clientId,
    scope: graphDefault,
    client_secret: daily.clientSecret,
    grant_type: 'client_credentials',
    ...overrides,
  });

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A client assertion as the docs describe it, signed with the demo certificate's key unless told otherwise. */
function assertion(
  options: {
    header?: Record<string, unknown>;
    payload?: Record<string, unknown>;
  } = {},
): string {
  const now = Math.floor(Date.now() / 1000);
  const header = {
    alg: 'RS256',
    typ: 'JWT',
    x5t: thumbprintsOf(daily.certificatePem).sha1,
    ...options.header,
  };
  const payload = {
    aud: tokenEndpoint,
    iss: daily.clientId,
    sub: daily.clientId,
    exp: now + 600,
    nbf: now,
    jti: randomUUID(),
    ...options.payload,
  };
  const unsigned = `${b64(header)}.${b64(payload)}`;
  const signature = sign('sha256', Buffer.from(unsigned), createPrivateKey(daily.certificatePem));
  return `${unsigned}.${signature.toString('base64url')}`;
}

const withAssertion = (clientAssertion: string) =>
  requestToken({
    client_id: daily.clientId,
    scope: graphDefault,
    client_assertion_type: assertionType,
    client_assertion: clientAssertion,
    grant_type: 'client_credentials',
  });

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a token's raw claims, checked by each test.
const claimsOf = (token: string): any =>
  JSON.parse(Buffer.from(token.split('.')[1] as string, 'base64url').toString('utf8'));

async function appToken(): Promise<string> {
  return (await withSecret()).json.access_token as string;
}

// Doc "Successful response" of the client credentials grant.
const documentedTokenResponse = {
  token_type: 'Bearer',
  expires_in: 3599,
  access_token: 'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiIsIng1dCI6Ik1uQ19WWmNB...',
};
// Doc "Error response" of the client credentials grant.
const documentedError = {
  error: 'invalid_scope',
  error_description: 'AADSTS70011: The provided value for the input parameter ...',
  error_codes: [70011],
  timestamp: '2016-01-09 02:02:12Z',
  trace_id: '0000aaaa-11bb-cccc-dd22-eeeeee333333',
  correlation_id: 'aaaa0000-bb11-2222-33cc-444444dddddd',
};

describe('the token endpoint (client credentials)', () => {
  it('issues an app token for the client secret, with roles and without scp or upn', async () => {
    const res = await withSecret();
    expect(res.status).toBe(200);
    expect(shapeDifferences(res.json, documentedTokenResponse)).toEqual([]);
    const claims = claimsOf(res.json.access_token);
    expect(claims).toMatchObject({ idtyp: 'app', appid: dailyJobAppId, tid: demoTenantId });
    expect(claims.aud).toBe('https://graph.microsoft.com');
    expect([...claims.roles].sort()).toEqual(
      ['Mail.Send', 'Sites.Selected', 'TeamsActivity.Send', 'User.Read.All'].sort(),
    );
    expect(claims.scp).toBeUndefined();
    expect(claims.upn).toBeUndefined();
    expect(claims.oid).toBe(
      tenant.emulator.state.appRegistrations?.find((app) => app.appId === dailyJobAppId)
        ?.servicePrincipalId,
    );
  });

  it('issues an app token for a certificate assertion (x5t with RS256, x5t#S256 with PS256)', async () => {
    expect((await withAssertion(assertion())).status).toBe(200);
    const now = Math.floor(Date.now() / 1000);
    const header = { alg: 'PS256', 'x5t#S256': thumbprintsOf(daily.certificatePem).sha256 };
    const unsigned = `${b64({ ...header, typ: 'JWT' })}.${b64({ aud: tokenEndpoint, iss: daily.clientId, sub: daily.clientId, exp: now + 600, nbf: now, jti: randomUUID() })}`;
    const { constants } = await import('node:crypto');
    const signature = sign('sha256', Buffer.from(unsigned), {
      key: createPrivateKey(daily.certificatePem),
      padding: constants.RSA_PKCS1_PSS_PADDING,
      saltLength: 32,
    });
    const res = await withAssertion(`${unsigned}.${signature.toString('base64url')}`);
    expect(res.status).toBe(200);
    expect(claimsOf(res.json.access_token).appidacr).toBe('2');
  });

  it.each([
    [
      'an unknown client',
      { client_id: '00000000-1111-2222-3333-444444444444' },
      400,
      'unauthorized_client',
      700016,
    ],
    ['a wrong secret', { client_secret: 'not-the-secret' }, 401, 'invalid_client', 7000215],
    [
      'a scope without /.default',
      { scope: 'https://graph.microsoft.com/Mail.Send' },
      400,
      'invalid_scope',
      1002012,
    ],
    ['two scopes', { scope: `${graphDefault} offline_access` }, 400, 'invalid_scope', 70011],
    [
      'another resource',
      { scope: 'https://example.com/.default' },
      400,
      'invalid_resource',
      500011,
    ],
    ['no scope', { scope: '' }, 400, 'invalid_request', 900144],
  ])('refuses %s as Entra does', async (_name, overrides, status, error, code) => {
    const res = await withSecret(overrides);
    expect(res.status).toBe(status);
    expect(shapeDifferences(res.json, documentedError)).toEqual([]);
    expect(res.json.error).toBe(error);
    expect(res.json.error_codes).toEqual([code]);
    expect(res.json.error_description).toMatch(new RegExp(`^AADSTS${code}: `));
  });

  it('refuses another tenant (AADSTS90002) and a request without credentials (AADSTS7000218)', async () => {
    const other = await fetch(`${tenant.emulator.url}/contoso.onmicrosoft.com/oauth2/v2.0/token`, {
      method: 'POST',
      body: new URLSearchParams({ grant_type: 'client_credentials' }),
    });
    expect(other.status).toBe(400);
    expect((await other.json()).error_codes).toEqual([90002]);
    const none = await requestToken({
      client_id: daily.clientId,
      scope: graphDefault,
      grant_type: 'client_credentials',
    });
    expect(none.status).toBe(401);
    expect(none.json.error_codes).toEqual([7000218]);
  });

  it.each([
    [
      'a certificate not uploaded',
      { header: { x5t: Buffer.alloc(20, 7).toString('base64url') } },
      700027,
    ],
    [
      'an expired assertion',
      {
        payload: {
          exp: Math.floor(Date.now() / 1000) - 3600,
          nbf: Math.floor(Date.now() / 1000) - 4200,
        },
      },
      700024,
    ],
    [
      'another audience',
      { payload: { aud: 'https://login.microsoftonline.com/common/oauth2/v2.0/token' } },
      700023,
    ],
    ['iss and sub not the client id', { payload: { iss: 'someone', sub: 'someone' } }, 700021],
  ])('refuses an assertion with %s', async (_name, options, code) => {
    const res = await withAssertion(assertion(options));
    expect(res.status).toBe(401);
    expect(res.json.error).toBe('invalid_client');
    expect(res.json.error_codes).toEqual([code]);
  });

  it('refuses an assertion whose signature does not match the certificate', async () => {
    const [header, payload] = assertion().split('.');
    const res = await withAssertion(
      `${header}.${payload}.${Buffer.alloc(256, 1).toString('base64url')}`,
    );
    expect(res.status).toBe(401);
    expect(res.json.error_codes).toEqual([700027]);
  });

  it('serves the OpenID configuration and instance discovery MSAL reads', async () => {
    const configuration = await (
      await fetch(`${tenant.emulator.url}/${demoTenantId}/v2.0/.well-known/openid-configuration`)
    ).json();
    expect(configuration.token_endpoint).toBe(tokenEndpoint);
    expect(configuration.issuer).toBe(`https://login.microsoftonline.com/${demoTenantId}/v2.0`);
    const discovery = await (
      await fetch(
        `${tenant.emulator.url}/common/discovery/instance?api-version=1.1&authorization_endpoint=${encodeURIComponent(`https://login.microsoftonline.com/${demoTenantId}/oauth2/v2.0/authorize`)}`,
      )
    ).json();
    expect(discovery.metadata[0].aliases).toContain('login.microsoftonline.com');
  });
});

describe('Graph with an app token', () => {
  const asApp = async (method: string, path: string, body?: unknown) =>
    tenant.call('', method, path, {
      token: await appToken(),
      ...(body === undefined ? {} : { body }),
    });

  it('/me is refused: 400 "/me request is only valid with delegated authentication flow."', async () => {
    const res = await asApp('GET', '/me');
    expect(res.status).toBe(400);
    expect(res.json.error).toMatchObject({
      code: 'BadRequest',
      message: '/me request is only valid with delegated authentication flow.',
    });
  });

  it('User.Read.All reads users by id', async () => {
    const res = await asApp('GET', `/users/${tenant.user(mohamed).id}`);
    expect(res.status).toBe(200);
    expect(res.json.userPrincipalName).toBe(mohamed);
  });

  it('Sites.Selected reaches the granted Bereikbaar site and its lists', async () => {
    const site = `/sites/${demoSiteId}`;
    expect((await asApp('GET', site)).status).toBe(200);
    const items = await asApp('GET', `${site}/lists/${absencesList.name}/items?$expand=fields`);
    expect(items.status).toBe(200);
  });

  it('Sites.Selected does not reach a site without a grant (403), nor create lists with the role write', async () => {
    const root = await asApp('GET', '/sites/root');
    expect(root.status).toBe(403);
    expect(root.json.error.code).toBe('accessDenied');
    const created = await asApp('POST', `/sites/${demoSiteId}/lists`, {
      displayName: 'Niet toegestaan',
      list: { template: 'genericList' },
    });
    expect(created.status).toBe(403);
  });

  it('without the grant, the Bereikbaar site is refused too', async () => {
    const site = tenant.emulator.state.sites.find((candidate) => candidate.id === demoSiteId)!;
    const before = site.permissions;
    site.permissions = (before ?? []).filter((grant) => grant.application.id !== dailyJobAppId);
    try {
      expect((await asApp('GET', `/sites/${demoSiteId}/lists`)).status).toBe(403);
    } finally {
      site.permissions = before;
    }
  });

  it('Mail.Send sends from the front office mailbox only; another mailbox: 403 ErrorAccessDenied', async () => {
    const message = {
      message: {
        subject: 'Herinnering',
        body: { contentType: 'text', content: 'Terugbelverzoeken vandaag' },
        toRecipients: [{ emailAddress: { address: mohamed } }],
      },
      saveToSentItems: false,
    };
    const sent = await asApp('POST', `/users/${frontOfficeMailboxUpn}/sendMail`, message);
    expect(sent.status).toBe(202);
    const refused = await asApp('POST', `/users/${sanne}/sendMail`, message);
    expect(refused.status).toBe(403);
    expect(refused.json.error).toMatchObject({
      code: 'ErrorAccessDenied',
      message: expect.stringContaining(
        'Blocked by tenant configured AppOnly AccessPolicy settings',
      ),
    });
  });

  it('TeamsActivity.Send reaches a recipient with the app installed, not one without', async () => {
    const catalogId = tenant.emulator.state.teamsApps?.find(
      (app) => app.externalId === defaultTeamsAppId,
    )?.id;
    const activity = {
      topic: {
        source: 'text',
        value: 'Terugbelverzoeken',
        webUrl: `https://teams.microsoft.com/l/entity/${catalogId}/myCallbacks`,
      },
      activityType: 'callbackAssigned',
      previewText: { content: 'Herinnering' },
    };
    const ok = await asApp(
      'POST',
      `/users/${tenant.user(mohamed).id}/teamwork/sendActivityNotification`,
      activity,
    );
    expect(ok.status).toBe(204);
    const installed = new Set(tenant.emulator.state.teamsAppInstalledUserIds);
    const without = tenant.emulator.state.users.find((user) => !installed.has(user.id))!;
    const refused = await asApp(
      'POST',
      `/users/${without.id}/teamwork/sendActivityNotification`,
      activity,
    );
    expect(refused.status).toBe(403);
  });

  it('presence and calendars refuse an app token without their application permission', async () => {
    const presence = await asApp('GET', `/users/${tenant.user(mohamed).id}/presence`);
    expect(presence.status).toBe(403);
    const schedule = await asApp('POST', `/users/${frontOfficeMailboxUpn}/calendar/getSchedule`, {
      schedules: [mohamed],
      startTime: { dateTime: '2026-11-30T08:00:00', timeZone: 'UTC' },
      endTime: { dateTime: '2026-11-30T17:00:00', timeZone: 'UTC' },
    });
    expect(schedule.status).toBe(403);
    expect(schedule.json.error.code).toBe('ErrorAccessDenied');
  });
});
