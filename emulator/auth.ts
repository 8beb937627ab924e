// Emulator-issued access tokens: HS256 JWTs shaped like Entra ID's delegated Graph tokens (oid, upn, scp, roles, groups).
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { GraphHttpError } from './http';
import type { Caller } from './http';
import type { EmulatorState, StoredAppRegistration, StoredUser } from './store';

/** The demo tenant's id (the `tid` claim). */
export const demoTenantId = '5f1c2a7e-3b8d-4c6a-9e21-0d4b7a1c9f30';
export const graphAudience = 'https://graph.microsoft.com';
export const tokenLifetimeSeconds = 3600;
/**
 * The demo tenant's app registration for Bereikbaar (the `appid` claim of the tokens it issues, the client id a
 * site permission grants under Sites.Selected).
 */
export const demoAppId = '7c1e4b2a-9d3f-4e6a-8b5c-2f0a1d9e3c47';
export const demoAppDisplayName = 'Bereikbaar (demo)';

export type AccessTokenClaims = {
  oid: string;
  upn: string;
  preferred_username: string;
  name: string;
  /** Delegated scopes, space separated. */
  scp: string;
  /** The client (application) id the token was issued to, as in Entra ID's v1.0 access tokens. */
  appid: string;
  roles: string[];
  /** Absent with a groups overage: then `_claim_names`/`_claim_sources` say where to ask. */
  groups?: string[];
  _claim_names?: { groups: string };
  _claim_sources?: Record<string, { endpoint: string }>;
  tid: string;
  aud: string;
  iss: string;
  iat: number;
  exp: number;
};

/**
 * An app-only token (client credentials), as Entra ID issues it for Microsoft Graph: the service principal's `oid`,
 * `idtyp: app`, the granted application permissions in `roles`; no `scp`, no `upn`.
 * https://learn.microsoft.com/en-us/entra/identity-platform/access-token-claims-reference
 */
export type AppAccessTokenClaims = {
  idtyp: 'app';
  oid: string;
  sub: string;
  appid: string;
  /** How the client authenticated: '1' a client secret, '2' a certificate. */
  appidacr: '1' | '2';
  roles?: string[];
  tid: string;
  aud: string;
  iss: string;
  iat: number;
  nbf: number;
  exp: number;
};

export type TokenRequest = {
  user: StoredUser;
  scopes: readonly string[];
  roles: readonly string[];
  groupIds: readonly string[];
  /**
   * 'overage': the token carries no `groups` claim but the overage indication Entra ID gives when a user is in more
   * groups than fit in a token (over 200 in a JWT), as documented for the groups claim:
   * https://learn.microsoft.com/en-us/entra/identity-platform/access-token-claims-reference#groups-overage-claim
   */
  groupsClaim?: 'groups' | 'overage';
  now: Date;
  /** The app the token is for; the demo app by default. */
  appId?: string;
  /** The resource the token is for (`aud`): Microsoft Graph by default, or SharePoint (`https://<tenant>.sharepoint.com`). */
  audience?: string;
};

export function createTokenSecret(): Buffer {
  return randomBytes(32);
}

function base64UrlJson(value: unknown): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}

function sign(data: string, secret: Buffer): string {
  return createHmac('sha256', secret).update(data).digest('base64url');
}

/** Signs an access token for `user`, valid for an hour from `now`. */
export function issueAccessToken(request: TokenRequest, secret: Buffer): string {
  const iat = Math.floor(request.now.getTime() / 1000);
  const claims: AccessTokenClaims = {
    oid: request.user.id,
    upn: request.user.userPrincipalName,
    preferred_username: request.user.userPrincipalName,
    name: request.user.displayName,
    scp: request.scopes.join(' '),
    appid: request.appId ?? demoAppId,
    roles: [...request.roles],
    ...(request.groupsClaim === 'overage'
      ? {
          _claim_names: { groups: 'src1' },
          _claim_sources: {
            src1: {
              endpoint: `https://graph.windows.net/${demoTenantId}/users/${request.user.id}/getMemberObjects`,
            },
          },
        }
      : { groups: [...request.groupIds] }),
    tid: demoTenantId,
    aud: request.audience ?? graphAudience,
    iss: `https://sts.windows.net/${demoTenantId}/`,
    iat,
    exp: iat + tokenLifetimeSeconds,
  };
  const unsigned = `${base64UrlJson({ typ: 'JWT', alg: 'HS256' })}.${base64UrlJson(claims)}`;
  return `${unsigned}.${sign(unsigned, secret)}`;
}

/** Signs an app-only token for `registration`, valid for an hour from `now`. */
export function issueAppAccessToken(
  request: { registration: StoredAppRegistration; credential: 'secret' | 'certificate'; now: Date },
  secret: Buffer,
): string {
  const iat = Math.floor(request.now.getTime() / 1000);
  const roles = request.registration.applicationPermissions;
  const claims: AppAccessTokenClaims = {
    idtyp: 'app',
    oid: request.registration.servicePrincipalId,
    sub: request.registration.servicePrincipalId,
    appid: request.registration.appId,
    appidacr: request.credential === 'secret' ? '1' : '2',
    // Without any granted application permission Entra ID leaves the claim out.
    ...(roles.length > 0 ? { roles: [...roles] } : {}),
    tid: demoTenantId,
    aud: graphAudience,
    iss: `https://sts.windows.net/${demoTenantId}/`,
    iat,
    nbf: iat,
    exp: iat + tokenLifetimeSeconds,
  };
  const unsigned = `${base64UrlJson({ typ: 'JWT', alg: 'HS256' })}.${base64UrlJson(claims)}`;
  return `${unsigned}.${sign(unsigned, secret)}`;
}

export type TokenVerification =
  | { outcome: 'valid'; claims: AccessTokenClaims | AppAccessTokenClaims }
  | { outcome: 'malformed' | 'badSignature' | 'expired' | 'wrongAudience' };

function isClaims(value: unknown): value is AccessTokenClaims | AppAccessTokenClaims {
  if (typeof value !== 'object' || value === null) return false;
  const claims = value as Record<string, unknown>;
  if (claims.idtyp === 'app')
    return (
      typeof claims.oid === 'string' &&
      typeof claims.appid === 'string' &&
      (claims.roles === undefined || Array.isArray(claims.roles)) &&
      typeof claims.aud === 'string' &&
      typeof claims.exp === 'number'
    );
  return (
    typeof claims.oid === 'string' &&
    typeof claims.upn === 'string' &&
    typeof claims.scp === 'string' &&
    Array.isArray(claims.roles) &&
    (claims.groups === undefined || Array.isArray(claims.groups)) &&
    typeof claims.aud === 'string' &&
    typeof claims.exp === 'number'
  );
}

/** The audiences Graph accepts: its URI and its application id. */
const graphAudiences: readonly string[] = [graphAudience, '00000003-0000-0000-c000-000000000000'];

/** Checks signature, shape, audience (one of `audiences`; Graph's by default) and lifetime. */
export function verifyAccessToken(
  token: string,
  secret: Buffer,
  now: Date,
  audiences: readonly string[] = graphAudiences,
): TokenVerification {
  const parts = token.split('.');
  if (parts.length !== 3) return { outcome: 'malformed' };
  const [header, payload, signature] = parts as [string, string, string];
  const expected = Buffer.from(sign(`${header}.${payload}`, secret));
  const actual = Buffer.from(signature);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual))
    return { outcome: 'badSignature' };
  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return { outcome: 'malformed' };
  }
  if (!isClaims(claims)) return { outcome: 'malformed' };
  if (!audiences.includes(claims.aud)) return { outcome: 'wrongAudience' };
  if (claims.exp * 1000 <= now.getTime()) return { outcome: 'expired' };
  return { outcome: 'valid', claims };
}

const verificationMessages: Record<Exclude<TokenVerification['outcome'], 'valid'>, string> = {
  malformed: 'IDX14100: JWT is not well formed.',
  badSignature: 'Access token validation failure. Invalid signature.',
  expired: 'Lifetime validation failed, the token is expired.',
  wrongAudience: 'Access token validation failure. Invalid audience.',
};

/** Ids of the groups `userId` belongs to (the `groups` claim). */
export function groupIdsOf(state: EmulatorState, userId: string): string[] {
  return state.groups.filter((group) => group.memberIds.includes(userId)).map((group) => group.id);
}

/**
 * The caller behind an `Authorization` header, or a 401 `InvalidAuthenticationToken` as Graph answers.
 * A token for a user who has since been deleted is refused too.
 */
export function callerFromAuthorization(
  authorization: string | undefined,
  secret: Buffer,
  state: EmulatorState,
  now: Date,
): Caller {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  if (!match) throw new GraphHttpError(401, 'InvalidAuthenticationToken', 'Access token is empty.');
  const verification = verifyAccessToken(match[1] as string, secret, now);
  if (verification.outcome !== 'valid') {
    throw new GraphHttpError(
      401,
      'InvalidAuthenticationToken',
      verificationMessages[verification.outcome],
    );
  }
  const { claims } = verification;
  if ('idtyp' in claims) return applicationCaller(claims, state);
  const user = state.users.find(
    (candidate) => candidate.id === claims.oid && candidate.deletedSeq === undefined,
  );
  if (!user)
    throw new GraphHttpError(
      401,
      'InvalidAuthenticationToken',
      'Access token validation failure. User not found in tenant.',
    );
  return {
    userId: user.id,
    upn: user.userPrincipalName,
    scopes: new Set(claims.scp.split(' ').filter((scope) => scope.length > 0)),
    appId: typeof claims.appid === 'string' ? claims.appid : demoAppId,
    roles: claims.roles.filter((role): role is string => typeof role === 'string'),
    // A resource (SharePoint, Graph) evaluates group membership itself; the token's groups claim is for the client
    // and may be missing (overage), so permissions follow the directory, not the claim.
    groupIds: groupIdsOf(state, user.id),
  };
}

/** The caller behind an app-only token: the app's service principal, its granted application permissions. */
function applicationCaller(claims: AppAccessTokenClaims, state: EmulatorState): Caller {
  const registration = (state.appRegistrations ?? []).find(
    (candidate) => candidate.servicePrincipalId === claims.oid,
  );
  if (!registration)
    throw new GraphHttpError(
      401,
      'InvalidAuthenticationToken',
      'Access token validation failure. Service principal not found in tenant.',
    );
  return {
    userId: registration.servicePrincipalId,
    upn: registration.displayName,
    scopes: new Set(),
    appId: registration.appId,
    roles: (claims.roles ?? []).filter((role): role is string => typeof role === 'string'),
    groupIds: [],
    authentication: 'application',
  };
}
