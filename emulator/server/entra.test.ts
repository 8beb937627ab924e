// The Entra ID endpoints without HTTP: which request gets a token, which gets which AADSTS error (the HTTP contract
// with the documentation is tests/contract/app-only.contract.test.ts).
import { randomUUID, sign } from 'node:crypto';
import { AppCredentialKeeper, dailyJobAppId, thumbprintsOf } from '../app-registrations';
import { demoTenantId } from '../auth';
import type { EmulatorState, StoredAppRegistration } from '../store';
import { answerEntra } from './entra';
import type { EntraDependencies } from './entra';

const keeper = new AppCredentialKeeper(null);
const registration: StoredAppRegistration = {
  appId: dailyJobAppId,
  displayName: 'Dagelijkse controle',
  servicePrincipalId: 'sp-1',
  applicationPermissions: ['Mail.Send'],
};
const issued: Array<{ appId: string; credential: string }> = [];
const deps: EntraDependencies = {
  state: { appRegistrations: [registration] } as unknown as EmulatorState,
  now: () => new Date('2026-12-03T07:00:00Z'),
  wallClock: () => new Date(),
  credentials: () => keeper.current(),
  issue: (app, credential) => {
    issued.push({ appId: app.appId, credential });
    return 'token';
  },
};
const tokenUrl = new URL(`http://127.0.0.1/${demoTenantId}/oauth2/v2.0/token`);

function post(form: Record<string, string>) {
  return answerEntra('POST', tokenUrl, new URLSearchParams(form).toString(), deps);
}

function assertion(payload: Record<string, unknown> = {}): string {
  const material = keeper.current();
  const now = Math.floor(Date.now() / 1000);
  const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const unsigned = `${b64({ alg: 'RS256', x5t: thumbprintsOf(material.certificatePem).sha1 })}.${b64(
    {
      aud: `https://login.microsoftonline.com/${demoTenantId}/oauth2/v2.0/token`,
      iss: dailyJobAppId,
      sub: dailyJobAppId,
      exp: now + 600,
      nbf: now,
      jti: randomUUID(),
      ...payload,
    },
  )}`;
  return `${unsigned}.${sign('sha256', Buffer.from(unsigned), material.privateKeyPem).toString('base64url')}`;
}

const base = {
  client_id: dailyJobAppId,
  scope: 'https://graph.microsoft.com/.default',
  grant_type: 'client_credentials',
};
const codeOf = (answer: ReturnType<typeof post>) =>
  (answer?.body as { error_codes?: number[] }).error_codes?.[0];

describe('answerEntra', () => {
  it('gives a token for the secret and for a certificate assertion, saying which credential was used', () => {
    issued.length = 0;
    expect(post({ ...base, client_secret: keeper.current().clientSecret })?.status).toBe(200);
    const answer = post({
      ...base,
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: assertion(),
    });
    expect(answer?.status).toBe(200);
    expect(issued.map((entry) => entry.credential)).toEqual(['secret', 'certificate']);
  });

  it.each([
    ['grant type', { ...base, grant_type: 'password' }, 70003],
    ['client id', { ...base, client_id: 'onbekend', client_secret: 'x' }, 700016],
    ['secret', { ...base, client_secret: 'fout' }, 7000215],
    ['credential', base, 7000218],
    ['scope', { ...base, scope: 'User.Read', client_secret: 'x' }, 1002012],
  ])('refuses a wrong %s with its AADSTS code', (_name, form, code) => {
    expect(codeOf(post(form))).toBe(code);
  });

  it('refuses an assertion made for another app or outside its lifetime', () => {
    const form = (clientAssertion: string) => ({
      ...base,
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: clientAssertion,
    });
    expect(codeOf(post(form(assertion({ iss: 'ander', sub: 'ander' }))))).toBe(700021);
    const past = Math.floor(Date.now() / 1000) - 7200;
    expect(codeOf(post(form(assertion({ exp: past, nbf: past - 600 }))))).toBe(700024);
    expect(codeOf(post(form('geen.jwt')))).toBe(50027);
  });

  it('answers only its own paths and tenant', () => {
    expect(answerEntra('GET', new URL('http://127.0.0.1/v1.0/me'), '', deps)).toBeNull();
    const other = answerEntra(
      'POST',
      new URL('http://127.0.0.1/contoso.com/oauth2/v2.0/token'),
      '',
      deps,
    );
    expect(codeOf(other)).toBe(90002);
  });
});
