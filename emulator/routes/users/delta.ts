// /users/delta: rounds of changes with opaque skip and delta tokens.
import { GraphHttpError } from '../../http';
import type { RouteContext, RouteResult } from '../../http';
import { odataContext, queryString } from '../../odata';
import type { EmulatorState, StoredUser } from '../../store';
import { findUser, selectUser, userType } from './user-resource';

// https://learn.microsoft.com/en-us/graph/api/user-delta and https://learn.microsoft.com/en-us/graph/delta-query-overview:
// `$expand` is not supported on users/delta (ignored here, as Graph does); the manager is tracked by selecting it
// (`$select=…,manager`) and arrives as the annotation `manager@delta` (an array of references with an id), in the
// initial round and in later rounds when it changed; a removed manager comes back with `@removed`. Delta tokens
// of directory objects last seven days; an expired (or unknown) one is answered with a 40X-series error with code
// `syncStateNotFound`: 410 Gone here, with the Location of a fresh initial query, as in a synchronization reset.

type DeltaCursor = {
  /** Changes after this changeSeq; null = initial round (everything that exists). */
  since: number | null;
  /** The deltaLink of this round hands out changes after this one. */
  upTo: number;
  /** Key-set paging: users with an id above this one remain in the round. */
  after: string | null;
  /** The selected user properties, without `manager`. */
  select: string | null;
  /** `manager` was selected in the first round; it carries over to the next and delta links. */
  trackManager: boolean;
  /** When the token was handed out (epoch ms); tokens older than seven days are expired. */
  issuedAt: number;
};

const deltaPageSize = 100;
/** "For directory objects, the limit is seven days" (delta-query-overview, Token duration). */
export const deltaTokenLifetimeMs = 7 * 24 * 60 * 60 * 1000;

function encodeCursor(cursor: DeltaCursor): string {
  return Buffer.from(JSON.stringify(cursor), 'utf8').toString('base64url');
}

function syncStateNotFound(
  ctx: RouteContext,
  select: string | null,
  trackManager: boolean,
): GraphHttpError {
  const initial = new URLSearchParams({ $deltatoken: '' });
  const selected = [...(select === null ? [] : [select]), ...(trackManager ? ['manager'] : [])];
  if (selected.length > 0) initial.set('$select', selected.join(','));
  return new GraphHttpError(
    410,
    'syncStateNotFound',
    'The sync state of this delta token is no longer available (it expired or is unknown). Start again with a full synchronization.',
    { Location: `${ctx.graphBaseUrl}/users/delta?${queryString(initial)}` },
  );
}

function decodeCursor(ctx: RouteContext, token: string): DeltaCursor {
  let parsed: Partial<DeltaCursor> & { expandManager?: unknown };
  try {
    parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as typeof parsed;
  } catch {
    throw syncStateNotFound(ctx, null, false);
  }
  if (typeof parsed !== 'object' || parsed === null) throw syncStateNotFound(ctx, null, false);
  const select = typeof parsed.select === 'string' ? parsed.select : null;
  if (
    typeof parsed.upTo !== 'number' ||
    !(parsed.since === null || typeof parsed.since === 'number') ||
    typeof parsed.issuedAt !== 'number' ||
    ctx.now().getTime() - parsed.issuedAt > deltaTokenLifetimeMs
  )
    throw syncStateNotFound(ctx, select, parsed.trackManager === true);
  return {
    since: parsed.since,
    upTo: parsed.upTo,
    after: typeof parsed.after === 'string' ? parsed.after : null,
    select,
    trackManager: parsed.trackManager === true,
    issuedAt: parsed.issuedAt,
  };
}

/** Splits `$select` into the user's own properties and whether the `manager` relationship is tracked. */
function deltaSelection(selectParam: string | null): {
  select: string | null;
  trackManager: boolean;
} {
  if (selectParam === null) return { select: null, trackManager: false };
  const names = selectParam
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  const own = names.filter((name) => name.toLowerCase() !== 'manager');
  return {
    // Only the manager selected: the id is always returned.
    select: own.length > 0 ? own.join(',') : 'id',
    trackManager: own.length !== names.length,
  };
}

/** `manager@delta` for a user: the current manager, or the removed one in a later round. */
function managerDelta(
  state: EmulatorState,
  user: StoredUser,
  laterRound: boolean,
): Record<string, unknown> {
  const manager = user.managerId ? findUser(state, user.managerId) : undefined;
  if (manager) return { 'manager@delta': [{ '@odata.type': `#${userType}`, id: manager.id }] };
  if (laterRound && user.removedManagerId)
    return {
      'manager@delta': [
        {
          '@odata.type': `#${userType}`,
          id: user.removedManagerId,
          '@removed': { reason: 'deleted' },
        },
      ],
    };
  return {};
}

function deltaPageSizeFor(ctx: RouteContext): { size: number; applied: string | null } {
  const prefer = ctx.headers.prefer ?? '';
  const match = /odata\.maxpagesize\s*=\s*(\d+)/i.exec(prefer);
  if (!match) return { size: deltaPageSize, applied: null };
  const size = Math.min(Math.max(Number(match[1]), 1), 999);
  return { size, applied: `odata.maxpagesize=${size}` };
}

export function usersDelta(ctx: RouteContext): RouteResult {
  const skipToken = ctx.query.get('$skiptoken');
  const rawDeltaToken = ctx.query.get('$deltatoken');
  // An empty $deltatoken (the Location of a synchronization reset) is the initial query.
  const deltaToken = rawDeltaToken === '' ? null : rawDeltaToken;
  const context = odataContext(ctx.graphBaseUrl, 'users');
  const issuedAt = ctx.now().getTime();
  const deltaLinkFor = (since: number, select: string | null, trackManager: boolean) =>
    `${ctx.graphBaseUrl}/users/delta?${queryString(new URLSearchParams({ $deltatoken: encodeCursor({ since, upTo: since, after: null, select, trackManager, issuedAt }) }))}`;

  if (deltaToken !== null && deltaToken.toLowerCase() === 'latest') {
    const selection = deltaSelection(ctx.query.get('$select'));
    return {
      status: 200,
      body: {
        '@odata.context': context,
        '@odata.deltaLink': deltaLinkFor(
          ctx.state.changeSeq,
          selection.select,
          selection.trackManager,
        ),
        value: [],
      },
    };
  }
  let cursor: DeltaCursor;
  if (skipToken !== null) cursor = decodeCursor(ctx, skipToken);
  else if (deltaToken !== null)
    cursor = { ...decodeCursor(ctx, deltaToken), upTo: ctx.state.changeSeq, after: null };
  else
    cursor = {
      since: null,
      upTo: ctx.state.changeSeq,
      after: null,
      ...deltaSelection(ctx.query.get('$select')),
      issuedAt,
    };

  const since = cursor.since;
  const candidates = ctx.state.users
    .filter((user) => {
      if (since === null) return user.deletedSeq === undefined;
      if (user.deletedSeq !== undefined) return user.deletedSeq > since;
      return user.changeSeq > since;
    })
    .filter((user) => cursor.after === null || user.id > cursor.after)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const { size, applied } = deltaPageSizeFor(ctx);
  const page = candidates.slice(0, size);
  const value = page.map((user) =>
    user.deletedSeq !== undefined
      ? // Deleted users are soft-deleted (restorable for 30 days), which Graph reports as reason "changed".
        { '@odata.type': `#${userType}`, id: user.id, '@removed': { reason: 'changed' } }
      : {
          ...selectUser(user, cursor.select),
          id: user.id,
          ...(cursor.trackManager ? managerDelta(ctx.state, user, since !== null) : {}),
        },
  );
  const body: Record<string, unknown> = { '@odata.context': context };
  if (candidates.length > size) {
    const last = page[page.length - 1] as StoredUser;
    body['@odata.nextLink'] =
      `${ctx.graphBaseUrl}/users/delta?${queryString(new URLSearchParams({ $skiptoken: encodeCursor({ ...cursor, after: last.id, issuedAt }) }))}`;
  } else {
    body['@odata.deltaLink'] = deltaLinkFor(cursor.upTo, cursor.select, cursor.trackManager);
  }
  body.value = value;
  return { status: 200, body, headers: applied ? { 'Preference-Applied': applied } : {} };
}
