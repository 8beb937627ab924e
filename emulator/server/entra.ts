// The demo tenant's Entra ID for apps that sign in as themselves: the v2.0 token endpoint's client credentials grant
// (client secret or certificate assertion), the OpenID configuration and instance discovery MSAL reads first, and
// Entra's error answers (`error`, `error_description` with its AADSTS code, `error_codes`, trace and correlation ids).
// https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-client-creds-grant-flow
// https://learn.microsoft.com/en-us/entra/identity-platform/certificate-credentials
// https://learn.microsoft.com/en-us/entra/identity-platform/reference-error-codes
import { createPublicKey, randomUUID, timingSafeEqual, verify, constants } from 'node:crypto';
import { demoTenantId, tokenLifetimeSeconds } from '../auth';
import { thumbprintsOf } from '../app-registrations';
import type { AppCredentialMaterial } from '../app-registrations';
import { tenantDomain } from '../personas';
import type { EmulatorState, StoredAppRegistration } from '../store';

export const entraHost = 'https://login.microsoftonline.com';
const graphResources = ['https://graph.microsoft.com', '00000003-0000-0000-c000-000000000000'];
const assertionType = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
const certificateDocs =
  'Review the documentation at https://docs.microsoft.com/en-us/azure/active-directory/develop/active-directory-certificate-credentials .';

export type EntraAnswer = { status: number; body: unknown };

export type EntraDependencies = {
  state: EmulatorState;
  /** The tenant's clock: when tokens are issued. */
  now: () => Date;
  /** The machine's clock: what the client signed its assertion with (a scenario may set the tenant's clock apart). */
  wallClock: () => Date;
  credentials: () => AppCredentialMaterial;
  issue: (registration: StoredAppRegistration, credential: 'secret' | 'certificate') => string;
};

class EntraError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    readonly code: number,
    description: string,
  ) {
    super(description);
  }
}

function entraErrorBody(failure: EntraError, now: Date): unknown {
  const timestamp = `${now.toISOString().slice(0, 19).replace('T', ' ')}Z`;
  const traceId = randomUUID();
  const correlationId = randomUUID();
  return {
    error: failure.error,
    error_description: `AADSTS${failure.code}: ${failure.message} Trace ID: ${traceId} Correlation ID: ${correlationId} Timestamp: ${timestamp}`,
    error_codes: [failure.code],
    timestamp,
    trace_id: traceId,
    correlation_id: correlationId,
    error_uri: `${entraHost}/error?code=${failure.code}`,
  };
}

/** The tenant a path names: its id or one of its domains. */
function isOurTenant(tenant: string): boolean {
  const lower = tenant.toLowerCase();
  return [demoTenantId, tenantDomain, 'lindeburg.onmicrosoft.com'].includes(lower);
}

function openIdConfiguration(): unknown {
  const base = `${entraHost}/${demoTenantId}`;
  return {
    token_endpoint: `${base}/oauth2/v2.0/token`,
    token_endpoint_auth_methods_supported: [
      'client_secret_post',
      'private_key_jwt',
      'client_secret_basic',
    ],
    jwks_uri: `${entraHost}/${demoTenantId}/discovery/v2.0/keys`,
    response_modes_supported: ['query', 'fragment', 'form_post'],
    subject_types_supported: ['pairwise'],
    id_token_signing_alg_values_supported: ['RS256'],
    response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
    scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
    issuer: `${base}/v2.0`,
    request_uri_parameter_supported: false,
    userinfo_endpoint: 'https://graph.microsoft.com/oidc/userinfo',
    authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
    device_authorization_endpoint: `${base}/oauth2/v2.0/devicecode`,
    http_logout_supported: true,
    frontchannel_logout_supported: true,
    end_session_endpoint: `${base}/oauth2/v2.0/logout`,
    claims_supported: ['sub', 'iss', 'aud', 'exp', 'iat', 'nbf', 'oid', 'tid', 'ver'],
    kerberos_endpoint: `${base}/kerberos`,
    tenant_region_scope: 'EU',
    cloud_instance_name: 'microsoftonline.com',
    cloud_graph_host_name: 'graph.windows.net',
    msgraph_host: 'graph.microsoft.com',
    rbac_url: 'https://pas.windows.net',
  };
}

function instanceDiscovery(): unknown {
  return {
    tenant_discovery_endpoint: `${entraHost}/${demoTenantId}/v2.0/.well-known/openid-configuration`,
    'api-version': '1.1',
    metadata: [
      {
        preferred_network: 'login.microsoftonline.com',
        preferred_cache: 'login.windows.net',
        aliases: [
          'login.microsoftonline.com',
          'login.windows.net',
          'login.microsoft.com',
          'sts.windows.net',
        ],
      },
    ],
  };
}

function required(form: URLSearchParams, name: string): string {
  const value = form.get(name);
  if (value === null || value.trim() === '')
    throw new EntraError(
      400,
      'invalid_request',
      900144,
      `The request body must contain the following parameter: '${name}'.`,
    );
  return value;
}

/** Only `<Graph>/.default`: client credentials ask for the permissions granted beforehand, never for scopes. */
function checkScope(scope: string): void {
  const scopes = scope.split(/\s+/).filter((value) => value.length > 0);
  if (scopes.length !== 1)
    throw new EntraError(
      400,
      'invalid_scope',
      70011,
      `The provided value for the input parameter 'scope' is not valid. The scope ${scope} is not valid.`,
    );
  const only = scopes[0] as string;
  const slash = only.lastIndexOf('/');
  const resource = slash < 0 ? only : only.slice(0, slash);
  if (!only.endsWith('/.default'))
    throw new EntraError(
      400,
      'invalid_scope',
      1002012,
      `The provided value for scope ${only} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).`,
    );
  if (!graphResources.includes(resource.replace(/\/+$/, '').toLowerCase()))
    throw new EntraError(
      400,
      'invalid_resource',
      500011,
      `The resource principal named ${resource} was not found in the tenant named ${tenantDomain}. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You might have sent your authentication request to the wrong tenant.`,
    );
}

function decodeJson(part: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

const malformed = () =>
  new EntraError(400, 'invalid_request', 50027, 'JWT token is invalid or malformed.');

/** Checks a client assertion as Entra does: key by thumbprint, signature, iss/sub, aud, lifetime, jti. */
function checkAssertion(
  assertion: string,
  registration: StoredAppRegistration,
  tenant: string,
  deps: EntraDependencies,
): void {
  const parts = assertion.split('.');
  if (parts.length !== 3) throw malformed();
  const [headerPart, payloadPart, signaturePart] = parts as [string, string, string];
  const header = decodeJson(headerPart);
  const payload = decodeJson(payloadPart);
  if (header === null || payload === null) throw malformed();
  const alg = header.alg;
  if (alg !== 'RS256' && alg !== 'PS256')
    throw new EntraError(
      401,
      'invalid_client',
      5002738,
      `Invalid JWT token. '${String(alg)}' is not a supported signature algorithm. Supported signing algorithms are: 'RS256, PS256'.`,
    );
  const sha256 = typeof header['x5t#S256'] === 'string' ? header['x5t#S256'] : undefined;
  const sha1 = typeof header.x5t === 'string' ? header.x5t : undefined;
  const thumbprint = sha256 ?? sha1;
  if (thumbprint === undefined) throw malformed();
  const material = registration.appId === deps.credentials().appId ? deps.credentials() : null;
  const known = material === null ? null : thumbprintsOf(material.certificatePem);
  const matches =
    known !== null && (sha256 !== undefined ? known.sha256 === sha256 : known.sha1 === sha1);
  if (!matches || material === null) {
    const hex = Buffer.from(thumbprint, 'base64url').toString('hex').toUpperCase();
    throw new EntraError(
      401,
      'invalid_client',
      700027,
      `Client assertion failed signature validation. [Reason - The key was not found., Thumbprint of key used by client: '${hex}', Please visit the Azure Portal, Graph Explorer or directly use MS Graph to see configured keys for app Id '${registration.appId}'.]`,
    );
  }
  const valid = verify(
    'sha256',
    Buffer.from(`${headerPart}.${payloadPart}`),
    {
      key: createPublicKey(material.certificatePem),
      padding: alg === 'PS256' ? constants.RSA_PKCS1_PSS_PADDING : constants.RSA_PKCS1_PADDING,
      ...(alg === 'PS256' ? { saltLength: constants.RSA_PSS_SALTLEN_AUTO } : {}),
    },
    Buffer.from(signaturePart, 'base64url'),
  );
  if (!valid)
    throw new EntraError(
      401,
      'invalid_client',
      700027,
      `Client assertion contains an invalid signature. [Reason - The provided signature value did not match the expected signature value., Thumbprint of key used by client: '${Buffer.from(thumbprint, 'base64url').toString('hex').toUpperCase()}']`,
    );
  if (payload.iss !== registration.appId || payload.sub !== registration.appId)
    throw new EntraError(
      401,
      'invalid_client',
      700021,
      `Client assertion application identifier doesn't match 'client_id' parameter. ${certificateDocs}`,
    );
  const audiences = [tenant, demoTenantId].flatMap((name) => [
    `${entraHost}/${name}/oauth2/v2.0/token`,
    `${entraHost}/${name}/oauth2/token`,
  ]);
  if (
    typeof payload.aud !== 'string' ||
    !audiences.some((aud) => aud.toLowerCase() === (payload.aud as string).toLowerCase())
  )
    throw new EntraError(
      401,
      'invalid_client',
      700023,
      `Client assertion audience claim does not match Realm issuer. ${certificateDocs}`,
    );
  if (typeof payload.exp !== 'number' || typeof payload.jti !== 'string' || payload.jti === '')
    throw malformed();
  const now = Math.floor(deps.wallClock().getTime() / 1000);
  const nbf = typeof payload.nbf === 'number' ? payload.nbf : now;
  const skew = 300;
  if (now > payload.exp + skew || now < nbf - skew) {
    const at = (seconds: number) =>
      new Date(seconds * 1000).toISOString().replace('T', ' ').slice(0, 19);
    throw new EntraError(
      401,
      'invalid_client',
      700024,
      `Client assertion is not within its valid time range. Current time: ${at(now)}, assertion valid from ${at(nbf)}, expiry time of assertion ${at(payload.exp)}. ${certificateDocs}`,
    );
  }
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function token(tenant: string, rawBody: string, deps: EntraDependencies): EntraAnswer {
  const form = new URLSearchParams(rawBody);
  const grantType = required(form, 'grant_type');
  if (grantType !== 'client_credentials')
    throw new EntraError(
      400,
      'unsupported_grant_type',
      70003,
      `The app requested an unsupported grant type '${grantType}'. The demo tenant's token endpoint serves the client credentials grant only.`,
    );
  const clientId = required(form, 'client_id');
  const scope = required(form, 'scope');
  const registration = (deps.state.appRegistrations ?? []).find(
    (candidate) => candidate.appId.toLowerCase() === clientId.toLowerCase(),
  );
  if (registration === undefined)
    throw new EntraError(
      400,
      'unauthorized_client',
      700016,
      `Application with identifier '${clientId}' was not found in the directory '${tenantDomain}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.`,
    );
  checkScope(scope);
  const assertion = form.get('client_assertion');
  const secret = form.get('client_secret');
  let credential: 'secret' | 'certificate';
  if (assertion !== null) {
    if (form.get('client_assertion_type') !== assertionType)
      throw new EntraError(
        400,
        'invalid_request',
        50027,
        `The client_assertion_type must be '${assertionType}'.`,
      );
    checkAssertion(assertion, registration, tenant, deps);
    credential = 'certificate';
  } else if (secret !== null) {
    const expected =
      registration.appId === deps.credentials().appId ? deps.credentials().clientSecret : null;
    if (expected === null || !sameSecret(secret, expected))
      throw new EntraError(
        401,
        'invalid_client',
        7000215,
        `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${registration.appId}'.`,
      );
    credential = 'secret';
  } else {
    throw new EntraError(
      401,
      'invalid_client',
      7000218,
      "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.",
    );
  }
  return {
    status: 200,
    body: {
      token_type: 'Bearer',
      expires_in: tokenLifetimeSeconds - 1,
      ext_expires_in: tokenLifetimeSeconds - 1,
      access_token: deps.issue(registration, credential),
    },
  };
}

/** Answers a request to the tenant's Entra ID endpoints; null when the path is none of them. */
export function answerEntra(
  method: string,
  url: URL,
  rawBody: string,
  deps: EntraDependencies,
): EntraAnswer | null {
  const path = url.pathname.replace(/\/+$/, '');
  const discovery = /^\/([^/]+)\/discovery\/instance$/i.exec(path);
  const configuration = /^\/([^/]+)\/v2\.0\/\.well-known\/openid-configuration$/i.exec(path);
  const tokenPath = /^\/([^/]+)\/oauth2\/v2\.0\/token$/i.exec(path);
  const tenant = decodeURIComponent((discovery ?? configuration ?? tokenPath)?.[1] ?? '');
  if (discovery === null && configuration === null && tokenPath === null) return null;
  try {
    if (discovery !== null && method === 'GET') return { status: 200, body: instanceDiscovery() };
    if (!isOurTenant(tenant))
      throw new EntraError(
        400,
        'invalid_tenant',
        90002,
        `Tenant '${tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud. Check with your subscription administrator, this may happen if there are no active subscriptions for the tenant.`,
      );
    if (configuration !== null && method === 'GET')
      return { status: 200, body: openIdConfiguration() };
    if (tokenPath !== null && method === 'POST') return token(tenant, rawBody, deps);
    throw new EntraError(
      400,
      'invalid_request',
      900561,
      `The endpoint only accepts ${tokenPath === null ? 'GET' : 'POST'} requests. Received a ${method} request.`,
    );
  } catch (error) {
    if (!(error instanceof EntraError)) throw error;
    return { status: error.status, body: entraErrorBody(error, deps.now()) };
  }
}
