// The daily job's sign-in against a running demo tenant: MSAL Node's own client credentials path (certificate and
// secret), with only its network client pointed at the emulator, and each way it can fail as one line to act on.
import { execFileSync } from 'node:child_process';
import { createPrivateKey } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dailyJobAppId } from '../../emulator/app-registrations';
import { startEmulator } from '../../emulator/server';
import type { RunningEmulator } from '../../emulator/server';
import {
  AppSignInError,
  appTokenSource,
  applicationPermissionsOf,
  demoAppCredentials,
  requireApplicationPermissions,
} from './app-token';
import type { AppCredentials } from './app-token';

let emulator: RunningEmulator;
let certificate: Extract<AppCredentials, { kind: 'certificate' }>;
let secret: string;
let folder: string;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, dataDir: null, quiet: true });
  const credentials = await demoAppCredentials(emulator.url);
  if (credentials.kind !== 'certificate')
    throw new Error('The demo app signs in with a certificate.');
  certificate = credentials;
  secret = (
    (await (await fetch(`${emulator.url}/_emulator/daily-app`)).json()) as { clientSecret: string }
  ).clientSecret;
  folder = mkdtempSync(join(tmpdir(), 'app-token-test-'));
});
afterAll(async () => {
  await emulator.close();
  rmSync(folder, { recursive: true, force: true });
});

const options = () => ({ emulatorUrl: emulator.url });
const pem = () => readFileSync(certificate.certificatePath, 'utf8');
const certificateBlock = () =>
  /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/.exec(pem())![0];
const keyBlock = () =>
  /-----BEGIN PRIVATE KEY-----[\s\S]+?-----END PRIVATE KEY-----/.exec(pem())![0];

function file(name: string, content: string): string {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
}

async function tokenRequests(): Promise<number> {
  const log = (await (await fetch(`${emulator.url}/_emulator/requests`)).json()) as {
    requests: { path: string }[];
  };
  return log.requests.filter((entry) => /\/oauth2\/v2\.0\/token$/.test(entry.path)).length;
}

async function signInError(credentials: AppCredentials): Promise<string> {
  try {
    await appTokenSource(credentials, options()).graphToken();
  } catch (error) {
    expect(error).toBeInstanceOf(AppSignInError);
    const message = (error as Error).message;
    expect(message).not.toContain('\n');
    return message;
  }
  throw new Error('Signing in succeeded.');
}

describe('appTokenSource against the demo tenant', () => {
  it('signs in with the certificate and gets a Graph token with the granted application permissions', async () => {
    const source = appTokenSource(certificate, options());
    const token = await source.graphToken();
    expect(applicationPermissionsOf(token).sort()).toEqual(
      ['Mail.Send', 'Sites.Selected', 'TeamsActivity.Send', 'User.Read.All'].sort(),
    );
    const me = await fetch(
      `${emulator.graphUrl}/users/${encodeURIComponent('mohamed.elamrani@lindeburg.example')}`,
      {
        headers: { Authorization: `Bearer ${token}` },
      },
    );
    expect(me.status).toBe(200);
  });

  it('keeps the token until near its expiry: a second call asks Entra nothing', async () => {
    const source = appTokenSource(certificate, options());
    const first = await source.graphToken();
    const before = await tokenRequests();
    expect(before).toBeGreaterThan(0);
    expect(await source.graphToken()).toBe(first);
    expect(await tokenRequests()).toBe(before);
  });

  it('signs in with the client secret', async () => {
    const token = await appTokenSource(
      {
        kind: 'secret',
        tenantId: certificate.tenantId,
        clientId: certificate.clientId,
        clientSecret: secret,
      },
      options(),
    ).graphToken();
    expect(applicationPermissionsOf(token)).toContain('Mail.Send');
  });

  it('opens a password-protected key with its password, and says so when the password is wrong', async () => {
    const encrypted = createPrivateKey(keyBlock())
      .export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'juist' })
      .toString();
    const path = file('protected.pem', `${encrypted}\n${certificateBlock()}\n`);
    const token = await appTokenSource(
      { ...certificate, certificatePath: path, certificatePassword: 'juist' },
      options(),
    ).graphToken();
    expect(token.split('.')).toHaveLength(3);
    expect(
      await signInError({ ...certificate, certificatePath: path, certificatePassword: 'fout' }),
    ).toMatch(/password is wrong/);
    expect(await signInError({ ...certificate, certificatePath: path })).toMatch(
      /protected by a password/,
    );
  });

  it.each([
    ['a missing file', () => join(folder, 'nowhere.pem'), /does not exist/],
    [
      'a file that is not PEM',
      () => file('binary.pfx', 'MIIKPAIBAzCCCfYGCSqGSIb3DQEHAaCC'),
      /is not PEM/,
    ],
    [
      'a certificate without its private key',
      () => file('cert-only.pem', certificateBlock()),
      /no private key/,
    ],
    [
      'a private key without its certificate',
      () => file('key-only.pem', keyBlock()),
      /no certificate/,
    ],
  ])('names %s', async (_name, path, expected) => {
    expect(await signInError({ ...certificate, certificatePath: path() })).toMatch(expected);
  });

  it('names a client id the tenant does not know', async () => {
    const message = await signInError({
      ...certificate,
      clientId: '00000000-1111-2222-3333-444444444444',
    });
    expect(message).toBe(
      `Client id 00000000-1111-2222-3333-444444444444 is not registered in tenant ${certificate.tenantId}: check the client id and tenant id (Entra ID > App registrations).`,
    );
  });

  it('names a wrong client secret', async () => {
    const message = await signInError({
      kind: 'secret',
      tenantId: certificate.tenantId,
      clientId: certificate.clientId,
      clientSecret: 'geheim',
    });
    expect(message).toMatch(/^The client secret of app .* is wrong/);
  });

  it('names a certificate that is not uploaded to the app registration, by its thumbprint', async () => {
    const keyFile = join(folder, 'other-key.pem');
    const certFile = join(folder, 'other-cert.pem');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=Ander',
        '-keyout',
        keyFile,
        '-out',
        certFile,
      ],
      { stdio: 'ignore' },
    );
    const path = file(
      'other.pem',
      `${readFileSync(keyFile, 'utf8')}${readFileSync(certFile, 'utf8')}`,
    );
    expect(await signInError({ ...certificate, certificatePath: path })).toMatch(
      new RegExp(
        `^The certificate with thumbprint [0-9A-F]{64} is not uploaded to the app registration ${dailyJobAppId}`,
      ),
    );
  });

  it('names a tenant that does not exist', async () => {
    expect(await signInError({ ...certificate, tenantId: 'contoso.onmicrosoft.com' })).toMatch(
      /^Tenant contoso\.onmicrosoft\.com does not exist: check the tenant id\.$/,
    );
  });

  it('names missing admin consent: a token without application permissions, or without one the job needs', async () => {
    const registration = emulator.state.appRegistrations!.find(
      (app) => app.appId === dailyJobAppId,
    )!;
    const granted = registration.applicationPermissions;
    registration.applicationPermissions = [];
    try {
      expect(await signInError(certificate)).toMatch(/^Admin consent missing/);
    } finally {
      registration.applicationPermissions = granted;
    }
    const token = await appTokenSource(certificate, options()).graphToken();
    expect(() =>
      requireApplicationPermissions(token, ['Mail.Send', 'Presence.Read.All'], certificate),
    ).toThrow(/^Admin consent missing for Presence\.Read\.All on app /);
  });
});
