// How the daily job signs in: as the application itself (OAuth2 client credentials) with MSAL Node's
// ConfidentialClientApplication — a certificate in production, a client secret only for trying it out — for
// Microsoft Graph's application permissions (`https://graph.microsoft.com/.default`).
// https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-client-creds-grant-flow
// Against the demo tenant (`emulatorUrl`) the same MSAL code runs; only its network client sends the requests for
// login.microsoftonline.com to the emulator (MSAL accepts https authorities only), so the tests exercise the real path.
// Every failure is an AppSignInError with one line that names what to fix.
import { ConfidentialClientApplication } from '@azure/msal-node';
import type { INetworkModule, NetworkRequestOptions, NetworkResponse } from '@azure/msal-node';
import { createHash, createPrivateKey, createPublicKey, X509Certificate } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type AppCredentials =
  | {
      kind: 'certificate';
      tenantId: string;
      clientId: string;
      certificatePath: string;
      certificatePassword?: string;
    }
  | { kind: 'secret'; tenantId: string; clientId: string; clientSecret: string };

export type AppTokenSource = { graphToken(): Promise<string> };

/** Signing in as the application failed; the message is one line naming what to fix. */
export class AppSignInError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AppSignInError';
  }
}

const entraHost = 'login.microsoftonline.com';
const graphScope = 'https://graph.microsoft.com/.default';
/** A token is renewed this long before it expires, so that no call starts with one about to lapse. */
const renewBeforeMs = 5 * 60 * 1000;

type LoadedCertificate = { thumbprintSha256: string; privateKey: string; x5c: string };

const pemBlock = (pem: string, label: RegExp): string | null =>
  new RegExp(`-----BEGIN ${label.source}-----[\\s\\S]+?-----END ${label.source}-----`).exec(
    pem,
  )?.[0] ?? null;

/** Reads the PEM file with the private key and the certificate; thumbprint (SHA-256) and x5c from the certificate. */
export function loadCertificate(path: string, password?: string): LoadedCertificate {
  let pem: string;
  try {
    pem = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new AppSignInError(
      code === 'ENOENT'
        ? `Certificate file ${path} does not exist: set the certificate path to the PEM file with the app's private key and certificate.`
        : `Certificate file ${path} cannot be read (${code ?? 'error'}): give the job read access to it.`,
    );
  }
  const certificatePem = pemBlock(pem, /CERTIFICATE/);
  const keyPem = pemBlock(pem, /(?:RSA |EC |ENCRYPTED )?PRIVATE KEY/);
  if (certificatePem === null && keyPem === null)
    throw new AppSignInError(
      `Certificate file ${path} is not PEM: convert it, e.g. openssl pkcs12 -in app.pfx -out app.pem (private key and certificate in one file).`,
    );
  if (keyPem === null)
    throw new AppSignInError(
      `Certificate file ${path} holds no private key: put the private key (-----BEGIN PRIVATE KEY-----) in the same PEM file as the certificate.`,
    );
  if (certificatePem === null)
    throw new AppSignInError(
      `Certificate file ${path} holds no certificate: put the certificate (-----BEGIN CERTIFICATE-----) in the same PEM file as the private key.`,
    );
  let certificate: X509Certificate;
  try {
    certificate = new X509Certificate(certificatePem);
  } catch {
    throw new AppSignInError(
      `Certificate file ${path} holds a certificate that cannot be read: export it again as PEM.`,
    );
  }
  let key: KeyObject;
  try {
    key = createPrivateKey({
      key: keyPem,
      ...(password === undefined ? {} : { passphrase: password }),
    });
  } catch {
    throw new AppSignInError(
      password === undefined && /ENCRYPTED/.test(keyPem)
        ? `The private key in ${path} is protected by a password: set the certificate password.`
        : `The private key in ${path} cannot be opened: the certificate password is wrong (or the key is damaged).`,
    );
  }
  const publicOfKey = createPublicKey(key).export({ type: 'spki', format: 'der' });
  const publicOfCertificate = certificate.publicKey.export({ type: 'spki', format: 'der' });
  if (!publicOfKey.equals(publicOfCertificate))
    throw new AppSignInError(
      `The private key in ${path} does not belong to its certificate: put the key and certificate of one pair in the file.`,
    );
  return {
    thumbprintSha256: certificate.fingerprint256.replace(/:/g, ''),
    // MSAL signs with an unencrypted PKCS#8 key; the password only opens the file.
    privateKey: key.export({ type: 'pkcs8', format: 'pem' }).toString(),
    x5c: certificatePem,
  };
}

/** MSAL's network client against the demo tenant: requests for login.microsoftonline.com go to `emulatorUrl`. */
function emulatorNetworkClient(emulatorUrl: string): INetworkModule {
  const base = emulatorUrl.replace(/\/+$/, '');
  const send = async <T>(
    method: 'GET' | 'POST',
    url: string,
    options?: NetworkRequestOptions,
  ): Promise<NetworkResponse<T>> => {
    const target = new URL(url);
    const rewritten =
      target.hostname.toLowerCase() === entraHost
        ? `${base}${target.pathname}${target.search}`
        : url;
    const response = await fetch(rewritten, {
      method,
      headers: options?.headers ?? {},
      ...(method === 'POST' ? { body: options?.body ?? '' } : {}),
    });
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      headers[name.toLowerCase()] = value;
    });
    const text = await response.text();
    let body: unknown;
    try {
      body = text === '' ? {} : JSON.parse(text);
    } catch {
      body = { error: 'invalid_response', error_description: text.slice(0, 200) };
    }
    return { headers, body: body as T, status: response.status };
  };
  return {
    sendGetRequestAsync: (url, options) => send('GET', url, options),
    sendPostRequestAsync: (url, options) => send('POST', url, options),
  };
}

function describe(credentials: AppCredentials): string {
  return `app ${credentials.clientId} in tenant ${credentials.tenantId}`;
}

/** Entra's AADSTS errors, as what to fix. */
export function signInErrorFrom(
  error: unknown,
  credentials: AppCredentials,
  thumbprint: string | null,
): AppSignInError {
  if (error instanceof AppSignInError) return error;
  const text = error instanceof Error ? error.message : String(error);
  const code = /AADSTS(\d+)/.exec(text)?.[1];
  const { clientId, tenantId } = credentials;
  switch (code) {
    case '700016':
      return new AppSignInError(
        `Client id ${clientId} is not registered in tenant ${tenantId}: check the client id and tenant id (Entra ID > App registrations).`,
      );
    case '90002':
      return new AppSignInError(`Tenant ${tenantId} does not exist: check the tenant id.`);
    case '7000215':
      return new AppSignInError(
        `The client secret of ${describe(credentials)} is wrong: use the secret's value (not its id) from Entra ID > App registrations > Certificates & secrets.`,
      );
    case '7000222':
      return new AppSignInError(
        `The client secret of ${describe(credentials)} has expired: add a new one under Entra ID > App registrations > Certificates & secrets.`,
      );
    case '700027':
      return new AppSignInError(
        `The certificate with thumbprint ${thumbprint ?? '(unknown)'} is not uploaded to the app registration ${clientId}: upload its public part under Entra ID > App registrations > Certificates & secrets.`,
      );
    case '700024':
      return new AppSignInError(
        `Entra ID refused the certificate assertion of ${describe(credentials)} as outside its valid time range: check this machine's clock.`,
      );
    case '700021':
    case '700023':
    case '50027':
      return new AppSignInError(
        `Entra ID refused the certificate assertion of ${describe(credentials)} (AADSTS${code}): check the client id and tenant id.`,
      );
    case '65001':
    case '500011':
      return new AppSignInError(
        `Admin consent missing for Microsoft Graph on ${describe(credentials)}: an administrator grants it under Entra ID > App registrations > API permissions.`,
      );
    default: {
      const firstLine = text.split(/\r?\n/)[0]?.replace(/ Trace ID:.*$/, '') ?? '';
      if (code === undefined && /fetch failed|ECONNREFUSED|ENOTFOUND|network/i.test(text))
        return new AppSignInError(
          `Cannot reach Entra ID to sign in ${describe(credentials)}: check the network (${firstLine}).`,
        );
      return new AppSignInError(`Signing in ${describe(credentials)} failed: ${firstLine}`);
    }
  }
}

/** The application permissions a Graph token carries (its `roles` claim). */
export function applicationPermissionsOf(token: string): string[] {
  try {
    const payload: unknown = JSON.parse(
      Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'),
    );
    const roles = (payload as { roles?: unknown }).roles;
    return Array.isArray(roles)
      ? roles.filter((role): role is string => typeof role === 'string')
      : [];
  } catch {
    return [];
  }
}

/**
 * Refuses a token that lacks one of `needed` (application permissions): Entra issues a token for an app whose
 * permissions were never consented to, and Graph refuses every call with it later.
 */
export function requireApplicationPermissions(
  token: string,
  needed: readonly string[],
  credentials: AppCredentials,
): void {
  const granted = applicationPermissionsOf(token);
  const missing = needed.filter((permission) => !granted.includes(permission));
  if (missing.length > 0)
    throw new AppSignInError(
      `Admin consent missing for ${missing.join(', ')} on ${describe(credentials)}: an administrator adds the application permission and grants admin consent under Entra ID > App registrations > API permissions.`,
    );
}

/**
 * A source of Graph tokens for the application, cached until five minutes before they expire.
 * @example const token = await appTokenSource(credentials).graphToken(); // 'eyJ0eXAiOiJKV1Qi…'
 */
export function appTokenSource(
  credentials: AppCredentials,
  options: { emulatorUrl?: string } = {},
): AppTokenSource {
  let client: { app: ConfidentialClientApplication; thumbprint: string | null } | null = null;
  let cached: { token: string; renewAt: number } | null = null;
  const clientFor = () => {
    if (client !== null) return client;
    const certificate =
      credentials.kind === 'certificate'
        ? loadCertificate(credentials.certificatePath, credentials.certificatePassword)
        : null;
    const app = new ConfidentialClientApplication({
      auth: {
        clientId: credentials.clientId,
        authority: `https://${entraHost}/${credentials.tenantId}`,
        ...(certificate === null
          ? { clientSecret: (credentials as { clientSecret: string }).clientSecret }
          : { clientCertificate: certificate }),
      },
      ...(options.emulatorUrl === undefined
        ? {}
        : { system: { networkClient: emulatorNetworkClient(options.emulatorUrl) } }),
    });
    client = { app, thumbprint: certificate?.thumbprintSha256.toUpperCase() ?? null };
    return client;
  };
  return {
    async graphToken(): Promise<string> {
      if (cached !== null && Date.now() < cached.renewAt) return cached.token;
      const { app, thumbprint } = clientFor();
      let token: string;
      let expiresOn: Date | null;
      try {
        const result = await app.acquireTokenByClientCredential({ scopes: [graphScope] });
        if (result === null || result.accessToken === '')
          throw new AppSignInError(`Entra ID gave ${describe(credentials)} no token: try again.`);
        token = result.accessToken;
        expiresOn = result.expiresOn;
      } catch (error) {
        throw signInErrorFrom(error, credentials, thumbprint);
      }
      if (applicationPermissionsOf(token).length === 0)
        throw new AppSignInError(
          `Admin consent missing for every Microsoft Graph application permission on ${describe(credentials)}: an administrator grants admin consent under Entra ID > App registrations > API permissions.`,
        );
      const expires = expiresOn?.getTime() ?? Date.now() + 10 * 60 * 1000;
      cached = { token, renewAt: expires - renewBeforeMs };
      return token;
    },
  };
}

type DailyAppAnswer = {
  tenantId: string;
  clientId: string;
  certificatePem: string;
  clientSecret: string;
};

/**
 * The demo tenant's app registration for the daily job, with its certificate written to a file of this machine's
 * temporary folder (only this user may read it).
 */
export async function demoAppCredentials(emulatorUrl: string): Promise<AppCredentials> {
  const base = emulatorUrl.replace(/\/+$/, '');
  let answer: DailyAppAnswer;
  try {
    const response = await fetch(`${base}/_emulator/daily-app`);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    answer = (await response.json()) as DailyAppAnswer;
  } catch (error) {
    throw new AppSignInError(
      `The demo tenant at ${base} gave no app registration (${(error as Error).message}): start it with npm run emulator and check --emulator.`,
    );
  }
  const folder = join(tmpdir(), 'bereikbaar-daily-app');
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const name = createHash('sha1').update(`${base}|${answer.clientId}`).digest('hex').slice(0, 16);
  const certificatePath = join(folder, `${name}.pem`);
  writeFileSync(certificatePath, answer.certificatePem, { mode: 0o600 });
  return {
    kind: 'certificate',
    tenantId: answer.tenantId,
    clientId: answer.clientId,
    certificatePath,
  };
}
