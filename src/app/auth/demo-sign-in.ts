// Demo sign-in: the emulator lists personas and issues JWTs for them. The chosen persona and its token are kept in
// sessionStorage, as MSAL keeps its cache there by default: a reload stays signed in without asking the emulator
// again until the token is about to expire.
import type { RoleGroupIds } from '../../config/app-config';
import type { AuthSession } from './auth-session';
import { decodeJwtPayload } from './jwt';
import { createGraphClient } from '../../graph/client';
import { checkMyMemberGroups } from '../../graph/people';
import { resolveRoles } from './roles';
import type { Role } from './roles';
import { ServiceUnreachableError } from './sign-in';
import type { DemoPersona, DemoSignIn } from './sign-in';

const personaStorageKey = 'bereikbaar.demoPersona';
const tokenStorageKey = 'bereikbaar.demoToken';
const refreshMarginMs = 60_000;
// The personas the picker offers: the app's users. The demo tenant also lists its Microsoft 365 administrator (role
// 'administrator', who runs provisioning); they are no user of the app and are left out, as is any unknown role.
const personaRoles: readonly Role[] = ['agent', 'teamLeader', 'employee', 'coordinator'];

export type DemoSignInOptions = {
  emulatorUrl: string;
  roleGroupIds: RoleGroupIds;
  fetch: typeof fetch;
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined;
  now?: () => number;
};

type TokenResponse = { access_token: string; expires_in: number };
type HeldToken = { token: string; expiresAt: number };

async function fetchJson(fetchFn: typeof fetch, url: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetchFn(url);
  } catch (error) {
    throw new ServiceUnreachableError(new URL(url).origin, error);
  }
  if (!response.ok) {
    const text = await response.text().catch(() => '');
    throw new Error(
      `${response.status} ${response.statusText} from ${url}${text === '' ? '' : `: ${text}`}`,
    );
  }
  return response.json();
}

function toPersona(value: unknown): DemoPersona | null {
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  const text = (key: string) => (typeof record[key] === 'string' ? record[key] : '');
  const role = personaRoles.find((candidate) => candidate === record.role);
  if (text('upn') === '' || role === undefined) return null;
  return {
    id: text('id') || text('upn'),
    upn: text('upn'),
    displayName: text('displayName') || text('upn'),
    role,
    jobTitle: text('jobTitle'),
    department: text('department'),
  };
}

function toTokenResponse(value: unknown): TokenResponse {
  const record = (typeof value === 'object' && value !== null ? value : {}) as Record<
    string,
    unknown
  >;
  if (typeof record.access_token !== 'string')
    throw new Error('The demo tenant returned no access_token');
  return {
    access_token: record.access_token,
    expires_in: typeof record.expires_in === 'number' ? record.expires_in : 3600,
  };
}

/** The scopes a demo token carries (its `scp` claim). */
function scopesOf(token: string): Set<string> {
  const scp = decodeJwtPayload(token).scp;
  return new Set(typeof scp === 'string' ? scp.split(' ').filter((scope) => scope !== '') : []);
}

export function createDemoSignIn({
  emulatorUrl,
  roleGroupIds,
  fetch: fetchFn,
  storage,
  now = Date.now,
}: DemoSignInOptions): DemoSignIn {
  const tokenUrl = (upn: string) =>
    `${emulatorUrl}/_emulator/token?persona=${encodeURIComponent(upn)}`;

  /** A token with the demo app's scopes, or with exactly `scopes` when given (the emulator's `scope` parameter). */
  async function fetchToken(
    upn: string,
    scopes?: readonly string[],
  ): Promise<{ token: string; expiresAt: number }> {
    const url =
      scopes === undefined
        ? tokenUrl(upn)
        : `${tokenUrl(upn)}&scope=${encodeURIComponent(scopes.join(' '))}`;
    const response = toTokenResponse(await fetchJson(fetchFn, url));
    return { token: response.access_token, expiresAt: now() + response.expires_in * 1000 };
  }

  /** The token kept for `upn` by an earlier page of this tab, when it is good for more than the refresh margin. */
  function heldToken(upn: string): HeldToken | null {
    try {
      const held: unknown = JSON.parse(storage?.getItem(tokenStorageKey) ?? 'null');
      if (typeof held !== 'object' || held === null) return null;
      const { upn: heldUpn, token, expiresAt } = held as Record<string, unknown>;
      if (heldUpn !== upn || typeof token !== 'string' || typeof expiresAt !== 'number')
        return null;
      return expiresAt - now() > refreshMarginMs ? { token, expiresAt } : null;
    } catch {
      return null; // unreadable: ask the emulator
    }
  }

  function keepToken(upn: string, held: HeldToken): void {
    try {
      storage?.setItem(tokenStorageKey, JSON.stringify({ upn, ...held }));
    } catch {
      // without storage the next page asks the emulator again
    }
  }

  async function signInAs(upn: string, held: HeldToken | null = null): Promise<AuthSession> {
    let current = held ?? (await fetchToken(upn));
    keepToken(upn, current);
    const claims = decodeJwtPayload(current.token);
    const claim = (key: string, fallback: string) => {
      const value = claims[key];
      return typeof value === 'string' ? value : fallback;
    };
    // Scopes beyond the demo app's (asked only when a button needs them: incremental consent) are granted as a
    // consent would: from then on the session's token carries them too.
    let granted: readonly string[] | undefined;
    const getAccessToken = async (scopes: readonly string[] = []) => {
      const held = scopesOf(current.token);
      const missing = scopes.filter((scope) => !held.has(scope));
      if (missing.length > 0) granted = [...held, ...missing];
      if (missing.length > 0 || current.expiresAt - now() < refreshMarginMs) {
        current = await fetchToken(upn, granted);
        keepToken(upn, current);
      }
      return current.token;
    };
    // Roles by group when the token's groups claim overflowed: asked of the demo tenant's Graph.
    const roles = await resolveRoles(claims, roleGroupIds, (groupIds) =>
      checkMyMemberGroups(
        createGraphClient({
          authProvider: { getAccessToken: () => getAccessToken() },
          graphBaseUrl: emulatorUrl,
        }),
        groupIds,
      ),
    );
    try {
      storage?.setItem(personaStorageKey, upn);
    } catch {
      // without storage a reload returns to the picker
    }
    return {
      account: {
        upn: claim('upn', upn),
        displayName: claim('name', upn),
        userId: claim('oid', ''),
      },
      roles,
      // One token carrying all app scopes (and those granted later), so the requested scopes need no separate tokens.
      getAccessToken: (scopes) => getAccessToken(scopes),
      signOut: () => {
        try {
          storage?.removeItem(personaStorageKey);
          storage?.removeItem(tokenStorageKey);
        } catch {
          // nothing stored
        }
        return Promise.resolve();
      },
    };
  }

  return {
    kind: 'demo',
    emulatorUrl,
    listPersonas: async () => {
      const body = await fetchJson(fetchFn, `${emulatorUrl}/_emulator/personas`);
      const list = Array.isArray(body) ? body : [];
      return list.map(toPersona).filter((persona): persona is DemoPersona => persona !== null);
    },
    signInAs: (upn) => signInAs(upn),
    restoreSession: async () => {
      let upn: string | null;
      try {
        upn = storage?.getItem(personaStorageKey) ?? null;
      } catch {
        upn = null;
      }
      return upn === null ? null : signInAs(upn, heldToken(upn));
    },
  };
}
