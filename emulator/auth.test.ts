import {
  callerFromAuthorization,
  createTokenSecret,
  issueAccessToken,
  issueAppAccessToken,
  verifyAccessToken,
} from './auth';
import type { AccessTokenClaims } from './auth';
import { GraphHttpError } from './http';
import type { EmulatorState, StoredUser } from './store';

const user: StoredUser = {
  id: 'u-1',
  userPrincipalName: 'sanne.devries@lindeburg.example',
  mail: 'sanne.devries@lindeburg.example',
  displayName: 'Sanne de Vries',
  givenName: 'Sanne',
  surname: 'de Vries',
  jobTitle: 'KCC-medewerker',
  department: 'KCP',
  officeLocation: null,
  businessPhones: [],
  mobilePhone: null,
  accountEnabled: true,
  preferredLanguage: 'nl-NL',
  managerId: null,
  calendarSharing: 'limitedRead',
  changeSeq: 1,
};

const state = {
  users: [user],
  groups: [{ id: 'g-1', displayName: 'KCP', memberIds: ['u-1'] }],
} as unknown as EmulatorState;
const issuedAt = new Date('2026-03-02T09:00:00Z');
const secret = createTokenSecret();
const token = issueAccessToken(
  {
    user,
    scopes: ['User.Read', 'Mail.Send'],
    roles: ['Bereikbaar.Agent'],
    groupIds: ['g-1'],
    now: issuedAt,
  },
  secret,
);

describe('issueAccessToken', () => {
  it('issues an HS256 JWT with the Entra-like claims', () => {
    const [header, payload] = token.split('.') as [string, string, string];
    expect(JSON.parse(Buffer.from(header, 'base64url').toString())).toEqual({
      typ: 'JWT',
      alg: 'HS256',
    });
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as AccessTokenClaims;
    expect(claims).toMatchObject({
      oid: 'u-1',
      upn: user.userPrincipalName,
      preferred_username: user.userPrincipalName,
      name: 'Sanne de Vries',
      scp: 'User.Read Mail.Send',
      roles: ['Bereikbaar.Agent'],
      groups: ['g-1'],
      aud: 'https://graph.microsoft.com',
    });
    expect(claims.exp - claims.iat).toBe(3600);
  });
});

describe('verifyAccessToken', () => {
  it('accepts its own token within the hour', () => {
    expect(verifyAccessToken(token, secret, new Date('2026-03-02T09:59:00Z')).outcome).toBe(
      'valid',
    );
  });
  it('refuses an expired token', () => {
    expect(verifyAccessToken(token, secret, new Date('2026-03-02T10:00:01Z')).outcome).toBe(
      'expired',
    );
  });
  it('refuses a token signed with another secret', () => {
    expect(verifyAccessToken(token, createTokenSecret(), issuedAt).outcome).toBe('badSignature');
  });
  it('refuses a token whose claims were altered', () => {
    const [header, , signature] = token.split('.');
    const forged = Buffer.from(
      JSON.stringify({ oid: 'u-1', scp: 'Directory.ReadWrite.All' }),
    ).toString('base64url');
    expect(verifyAccessToken(`${header}.${forged}.${signature}`, secret, issuedAt).outcome).toBe(
      'badSignature',
    );
  });
  it('refuses something that is not a JWT', () => {
    expect(verifyAccessToken('abc', secret, issuedAt).outcome).toBe('malformed');
  });
});

describe('callerFromAuthorization', () => {
  it('reads the caller and scopes from a bearer token', () => {
    const caller = callerFromAuthorization(`Bearer ${token}`, secret, state, issuedAt);
    expect(caller.userId).toBe('u-1');
    expect(caller.scopes.has('Mail.Send')).toBe(true);
    expect(caller.scopes.has('User.Read.All')).toBe(false);
    expect(caller.groupIds).toEqual(['g-1']);
  });

  it.each([
    [undefined, 'Access token is empty.'],
    ['Basic abc', 'Access token is empty.'],
    ['Bearer nonsense', 'IDX14100: JWT is not well formed.'],
  ])('answers 401 InvalidAuthenticationToken for %j', (header, message) => {
    try {
      callerFromAuthorization(header, secret, state, issuedAt);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(GraphHttpError);
      expect(error).toMatchObject({ status: 401, code: 'InvalidAuthenticationToken', message });
    }
  });

  it('refuses the token of a user who has been deleted', () => {
    const deletedState = {
      users: [{ ...user, deletedSeq: 5 }],
      groups: [],
    } as unknown as EmulatorState;
    expect(() =>
      callerFromAuthorization(`Bearer ${token}`, secret, deletedState, issuedAt),
    ).toThrow(GraphHttpError);
  });
});

describe('app-only tokens (client credentials)', () => {
  const registration = {
    appId: 'app-1',
    displayName: 'Dagelijkse controle',
    servicePrincipalId: 'sp-1',
    applicationPermissions: ['Mail.Send', 'Sites.Selected'],
  };
  const appState = { ...state, appRegistrations: [registration] } as unknown as EmulatorState;
  const appToken = issueAppAccessToken(
    { registration, credential: 'certificate', now: issuedAt },
    secret,
  );

  it('carries idtyp app, the service principal as oid and the granted permissions as roles; no scp or upn', () => {
    const verified = verifyAccessToken(appToken, secret, issuedAt);
    expect(verified.outcome).toBe('valid');
    const claims = (verified as { claims: Record<string, unknown> }).claims;
    expect(claims).toMatchObject({ idtyp: 'app', oid: 'sp-1', appid: 'app-1', appidacr: '2' });
    expect(claims.roles).toEqual(['Mail.Send', 'Sites.Selected']);
    expect(claims).not.toHaveProperty('scp');
    expect(claims).not.toHaveProperty('upn');
  });

  it('leaves roles out when nothing is granted, as Entra does', () => {
    const bare = issueAppAccessToken(
      {
        registration: { ...registration, applicationPermissions: [] },
        credential: 'secret',
        now: issuedAt,
      },
      secret,
    );
    const verified = verifyAccessToken(bare, secret, issuedAt) as {
      claims: Record<string, unknown>;
    };
    expect(verified.claims).not.toHaveProperty('roles');
    expect(verified.claims.appidacr).toBe('1');
  });

  it('makes an application caller: no scopes, its roles, no user', () => {
    const caller = callerFromAuthorization(`Bearer ${appToken}`, secret, appState, issuedAt);
    expect(caller).toMatchObject({ authentication: 'application', appId: 'app-1', userId: 'sp-1' });
    expect([...caller.scopes]).toEqual([]);
    expect(caller.roles).toEqual(['Mail.Send', 'Sites.Selected']);
  });

  it('refuses a token whose service principal is gone (401)', () => {
    const gone = { ...state, appRegistrations: [] } as unknown as EmulatorState;
    expect(() => callerFromAuthorization(`Bearer ${appToken}`, secret, gone, issuedAt)).toThrow(
      GraphHttpError,
    );
  });
});
