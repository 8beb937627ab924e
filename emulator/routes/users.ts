// Graph v1.0 users: /users (with $select, $filter, $search, $count, $orderby, paging), /users/{id}, manager,
// directReports, /users/delta, and the directory writes (POST, PATCH, DELETE, manager/$ref).
import { randomUUID } from 'node:crypto';
import { GraphHttpError } from '../http';
import type { Route, RouteContext, RouteResult } from '../http';
import {
  applySelect,
  contextFragmentWithSelect,
  evaluateFilter,
  filterProperties,
  odataContext,
  paginate,
  parseFilterParam,
  queryString,
} from '../odata';
import type { FilterNode } from '../odata';
import { seededGroupIds } from '../seed';
import type { EmulatorState, StoredUser } from '../store';

const readScopes = [
  'User.ReadBasic.All',
  'User.Read.All',
  'User.ReadWrite.All',
  'Directory.Read.All',
  'Directory.ReadWrite.All',
];
/** `User.Read` only reaches the signed-in user; handlers check that (see `assertMayRead`). */
const selfOrReadScopes = ['User.Read', 'User.ReadWrite', ...readScopes];
const writeScopes = ['User.ReadWrite.All', 'Directory.ReadWrite.All'];

/** Graph's default property set for a user when there is no $select. */
export const defaultUserProperties = [
  'businessPhones',
  'displayName',
  'givenName',
  'jobTitle',
  'mail',
  'mobilePhone',
  'officeLocation',
  'preferredLanguage',
  'surname',
  'userPrincipalName',
  'id',
] as const;

/** Properties of microsoft.graph.user that may be selected (those the demo tenant does not hold come back null). */
const selectableUserProperties = [
  ...defaultUserProperties,
  'aboutMe',
  'accountEnabled',
  'ageGroup',
  'birthday',
  'city',
  'companyName',
  'country',
  'createdDateTime',
  'creationType',
  'department',
  'employeeHireDate',
  'employeeId',
  'employeeType',
  'faxNumber',
  'hireDate',
  'imAddresses',
  'interests',
  'mailNickname',
  'mySite',
  'otherMails',
  'pastProjects',
  'postalCode',
  'preferredName',
  'proxyAddresses',
  'responsibilities',
  'schools',
  'showInAddressList',
  'skills',
  'state',
  'streetAddress',
  'usageLocation',
  'userType',
  'onPremisesSyncEnabled',
];

const filterableProperties = [
  'displayName',
  'givenName',
  'surname',
  'mail',
  'userPrincipalName',
  'jobTitle',
  'department',
  'accountEnabled',
  'id',
];
const searchableProperties = [
  'displayName',
  'givenName',
  'surname',
  'mail',
  'userPrincipalName',
  'jobTitle',
  'department',
];
const sortableProperties = ['displayName', 'userPrincipalName'];

const userType = 'microsoft.graph.user';

function mailNicknameOf(user: StoredUser): string {
  return (user.mail || user.userPrincipalName).split('@')[0] ?? '';
}

/** The stored user as a Graph `user` resource (all properties the tenant holds). */
export function toGraphUser(user: StoredUser): Record<string, unknown> {
  return {
    id: user.id,
    businessPhones: [...user.businessPhones],
    displayName: user.displayName,
    givenName: user.givenName,
    jobTitle: user.jobTitle,
    mail: user.mail,
    mobilePhone: user.mobilePhone,
    officeLocation: user.officeLocation,
    preferredLanguage: user.preferredLanguage,
    surname: user.surname,
    userPrincipalName: user.userPrincipalName,
    department: user.department,
    accountEnabled: user.accountEnabled,
    mailNickname: mailNicknameOf(user),
    userType: 'Member',
  };
}

function selectUser(user: StoredUser, selectParam: string | null): Record<string, unknown> {
  return applySelect(toGraphUser(user), selectParam, {
    defaultProperties: defaultUserProperties,
    knownProperties: selectableUserProperties,
    typeName: userType,
  });
}

/**
 * `$expand=manager` / `$expand=manager($select=id)`: true when the manager is to be expanded. Graph expands only
 * `manager` and `directReports` on users; anything else is a 400.
 */
function wantsManager(ctx: RouteContext): boolean {
  const raw = ctx.query.get('$expand') ?? ctx.query.get('expand');
  if (raw === null || raw.trim() === '') return false;
  if (/^\s*manager\s*(\(\s*\$?select\s*=\s*[\w,\s]*\))?\s*$/i.test(raw)) return true;
  throw new GraphHttpError(
    400,
    'Request_BadRequest',
    `Expanding '${raw}' is not supported; users expand only manager.`,
  );
}

/** The expanded manager reference (`{ '@odata.type', id }`), or nothing when the user has no (active) manager. */
function managerExpansion(state: EmulatorState, user: StoredUser): Record<string, unknown> {
  const manager = user.managerId ? findUser(state, user.managerId) : undefined;
  return manager ? { manager: { '@odata.type': `#${userType}`, id: manager.id } } : {};
}

function activeUsers(state: EmulatorState): StoredUser[] {
  return state.users.filter((user) => user.deletedSeq === undefined);
}

function notFound(id: string): GraphHttpError {
  return new GraphHttpError(
    404,
    'Request_ResourceNotFound',
    `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`,
  );
}

/** A user by object id or user principal name (case-insensitive), as `/users/{id | userPrincipalName}` allows. */
export function findUser(state: EmulatorState, idOrUpn: string): StoredUser | undefined {
  const wanted = idOrUpn.toLowerCase();
  return activeUsers(state).find(
    (user) => user.id.toLowerCase() === wanted || user.userPrincipalName.toLowerCase() === wanted,
  );
}

function requireUser(ctx: RouteContext): StoredUser {
  const id = ctx.params.id ?? '';
  const user = findUser(ctx.state, id);
  if (!user) throw notFound(id);
  return user;
}

/** `User.Read` alone gives access to the signed-in user only. */
function assertMayRead(ctx: RouteContext, target: StoredUser): void {
  if (target.id === ctx.caller.userId) return;
  if (!readScopes.some((scope) => ctx.caller.scopes.has(scope))) {
    throw new GraphHttpError(
      403,
      'Authorization_RequestDenied',
      'Insufficient privileges to complete the operation.',
    );
  }
}

function bumpChange(state: EmulatorState, user: StoredUser): void {
  state.changeSeq++;
  user.changeSeq = state.changeSeq;
}

function isEventual(ctx: RouteContext): boolean {
  return (ctx.headers.consistencylevel ?? '').trim().toLowerCase() === 'eventual';
}

// ---------- $search ----------

type SearchClause = { property: string; terms: string[] };

function searchTokens(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token.length > 0);
}

/** `"displayName:jan" AND "mail:jan"` → OR-groups of AND-ed clauses. */
function parseSearch(raw: string): SearchClause[][] {
  const unsupported = (detail: string) =>
    new GraphHttpError(400, 'Request_UnsupportedQuery', `Invalid $search: ${detail}`);
  const pattern = /\s*(?:"([^"]*)"|(AND|OR)(?=\s|"|$))/giy;
  const groups: SearchClause[][] = [[]];
  let expectClause = true;
  let position = 0;
  for (;;) {
    if (raw.slice(position).trim().length === 0) break;
    pattern.lastIndex = position;
    const match = pattern.exec(raw);
    if (!match)
      throw unsupported(
        `syntax error at position ${position}; each clause is "property:text" in double quotes.`,
      );
    position = pattern.lastIndex;
    if (match[1] !== undefined) {
      if (!expectClause) throw unsupported('clauses must be joined with AND or OR.');
      const separator = match[1].indexOf(':');
      if (separator < 1)
        throw unsupported(`'${match[1]}' does not name a property ("property:text").`);
      const property = match[1].slice(0, separator).trim();
      const known = searchableProperties.find(
        (name) => name.toLowerCase() === property.toLowerCase(),
      );
      if (!known) throw unsupported(`property '${property}' cannot be searched.`);
      (groups[groups.length - 1] as SearchClause[]).push({
        property: known,
        terms: searchTokens(match[1].slice(separator + 1)),
      });
      expectClause = false;
    } else {
      if (expectClause) throw unsupported(`unexpected '${match[2]}'.`);
      if ((match[2] as string).toUpperCase() === 'OR') groups.push([]);
      expectClause = true;
    }
  }
  if (expectClause) throw unsupported('the search expression is empty or ends with an operator.');
  return groups;
}

/** Directory search is tokenised: every search word must start a word of the property's value. */
function matchesSearch(user: StoredUser, groups: SearchClause[][]): boolean {
  const graphUser = toGraphUser(user);
  return groups.some((clauses) =>
    clauses.every((clause) => {
      const value = graphUser[clause.property];
      if (typeof value !== 'string') return false;
      const words = searchTokens(value);
      return clause.terms.every((term) => words.some((word) => word.startsWith(term)));
    }),
  );
}

// ---------- $filter ----------

/** Directory filters: eq, startswith and in always; ne, not and endswith only as advanced queries. */
function checkFilter(node: FilterNode, advanced: boolean): void {
  for (const path of filterProperties(node)) {
    if (!filterableProperties.some((name) => name.toLowerCase() === path.toLowerCase())) {
      throw new GraphHttpError(
        400,
        'Request_UnsupportedQuery',
        `Unsupported or invalid query filter clause specified for property '${path}' of resource 'User'.`,
      );
    }
  }
  const visit = (current: FilterNode): void => {
    switch (current.kind) {
      case 'and':
      case 'or':
        visit(current.left);
        visit(current.right);
        return;
      case 'not':
        if (!advanced)
          throw new GraphHttpError(
            400,
            'Request_UnsupportedQuery',
            "Unsupported Query: 'not' needs ConsistencyLevel: eventual and $count=true.",
          );
        visit(current.operand);
        return;
      case 'in':
        return;
      case 'function':
        if (current.name === 'contains')
          throw new GraphHttpError(
            400,
            'Request_UnsupportedQuery',
            "Unsupported Query: 'contains' is not supported on users.",
          );
        if (current.name === 'endswith' && !advanced) {
          throw new GraphHttpError(
            400,
            'Request_UnsupportedQuery',
            "Unsupported Query: 'endsWith' needs ConsistencyLevel: eventual and $count=true.",
          );
        }
        return;
      case 'compare':
        if (current.operator === 'ne' && !advanced) {
          throw new GraphHttpError(
            400,
            'Request_UnsupportedQuery',
            "Unsupported Query: 'ne' needs ConsistencyLevel: eventual and $count=true.",
          );
        }
        if (current.operator !== 'eq' && current.operator !== 'ne') {
          throw new GraphHttpError(
            400,
            'Request_UnsupportedQuery',
            `Unsupported Query: operator '${current.operator}' is not supported on users.`,
          );
        }
        return;
    }
  };
  visit(node);
}

function userField(user: StoredUser, path: string): unknown {
  const graphUser = toGraphUser(user);
  const key = Object.keys(graphUser).find((name) => name.toLowerCase() === path.toLowerCase());
  return key === undefined ? undefined : graphUser[key];
}

/** The users a /users or /users/$count query selects, in response order. */
function queryUsers(ctx: RouteContext): StoredUser[] {
  const eventual = isEventual(ctx);
  const countRequested = (ctx.query.get('$count') ?? '').toLowerCase() === 'true';
  const searchParam = ctx.query.get('$search');
  if (searchParam !== null && !eventual) {
    throw new GraphHttpError(
      400,
      'Request_UnsupportedQuery',
      "Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'",
    );
  }
  const filter = parseFilterParam(ctx.query.get('$filter'), 'BadRequest');
  if (filter) checkFilter(filter, eventual && countRequested);
  const orderBy = ctx.query.get('$orderby');
  let users = activeUsers(ctx.state);
  if (filter)
    users = users.filter((user) => evaluateFilter(filter, (path) => userField(user, path)));
  if (searchParam !== null) {
    const groups = parseSearch(searchParam.trim());
    users = users.filter((user) => matchesSearch(user, groups));
  }
  if (orderBy !== null) {
    const [property = '', direction = 'asc'] = orderBy.trim().split(/\s+/);
    const sortKey = sortableProperties.find(
      (name) => name.toLowerCase() === property.toLowerCase(),
    );
    if (!sortKey || !['asc', 'desc'].includes(direction.toLowerCase())) {
      throw new GraphHttpError(
        400,
        'Request_UnsupportedQuery',
        `Unsupported sort property '${property}' for '${userType}'.`,
      );
    }
    if (filter && !eventual)
      throw new GraphHttpError(
        400,
        'Request_UnsupportedQuery',
        'Sorting not supported for current query.',
      );
    const sign = direction.toLowerCase() === 'desc' ? -1 : 1;
    users = [...users].sort(
      (a, b) =>
        sign *
        String(a[sortKey as keyof StoredUser]).localeCompare(
          String(b[sortKey as keyof StoredUser]),
          'nl',
        ),
    );
  }
  return users;
}

function listUsers(ctx: RouteContext): RouteResult {
  const countRequested = (ctx.query.get('$count') ?? '').toLowerCase() === 'true';
  if (countRequested && !isEventual(ctx))
    throw new GraphHttpError(400, 'Request_BadRequest', '$count is not currently supported.');
  const users = queryUsers(ctx);
  const { page, nextLink } = paginate({
    items: users,
    query: ctx.query,
    graphBaseUrl: ctx.graphBaseUrl,
    path: '/users',
    maxTop: 999,
    defaultTop: 100,
    errorCode: 'Request_BadRequest',
  });
  const selectParam = ctx.query.get('$select');
  const body: Record<string, unknown> = {
    '@odata.context': odataContext(
      ctx.graphBaseUrl,
      contextFragmentWithSelect('users', selectParam),
    ),
  };
  if (countRequested) body['@odata.count'] = users.length;
  if (nextLink) body['@odata.nextLink'] = nextLink;
  const expandManager = wantsManager(ctx);
  body.value = page.map((user) => ({
    ...selectUser(user, selectParam),
    ...(expandManager ? managerExpansion(ctx.state, user) : {}),
  }));
  return { status: 200, body };
}

function countUsers(ctx: RouteContext): RouteResult {
  if (!isEventual(ctx))
    throw new GraphHttpError(400, 'Request_BadRequest', '$count is not currently supported.');
  return {
    status: 200,
    body: String(queryUsers(ctx).length),
    headers: { 'Content-Type': 'text/plain;charset=utf-8' },
  };
}

function getUser(ctx: RouteContext): RouteResult {
  const user = requireUser(ctx);
  assertMayRead(ctx, user);
  const selectParam = ctx.query.get('$select');
  return {
    status: 200,
    body: {
      '@odata.context': odataContext(
        ctx.graphBaseUrl,
        `${contextFragmentWithSelect('users', selectParam)}/$entity`,
      ),
      ...selectUser(user, selectParam),
    },
  };
}

function getManager(ctx: RouteContext): RouteResult {
  const user = requireUser(ctx);
  assertMayRead(ctx, user);
  const manager = user.managerId ? findUser(ctx.state, user.managerId) : undefined;
  if (!manager) {
    throw new GraphHttpError(
      404,
      'Request_ResourceNotFound',
      "Resource 'manager' does not exist or one of its queried reference-property objects are not present.",
    );
  }
  return {
    status: 200,
    body: {
      '@odata.context': odataContext(ctx.graphBaseUrl, 'directoryObjects/$entity'),
      '@odata.type': `#${userType}`,
      ...selectUser(manager, ctx.query.get('$select')),
    },
  };
}

function listDirectReports(ctx: RouteContext): RouteResult {
  const user = requireUser(ctx);
  assertMayRead(ctx, user);
  const reports = activeUsers(ctx.state).filter((candidate) => candidate.managerId === user.id);
  const { page, nextLink } = paginate({
    items: reports,
    query: ctx.query,
    graphBaseUrl: ctx.graphBaseUrl,
    path: `/users/${encodeURIComponent(user.id)}/directReports`,
    maxTop: 999,
    defaultTop: 100,
    errorCode: 'Request_BadRequest',
  });
  const selectParam = ctx.query.get('$select');
  const body: Record<string, unknown> = {
    '@odata.context': odataContext(ctx.graphBaseUrl, 'directoryObjects'),
  };
  if (nextLink) body['@odata.nextLink'] = nextLink;
  body.value = page.map((report) => ({
    '@odata.type': `#${userType}`,
    ...selectUser(report, selectParam),
  }));
  return { status: 200, body };
}

// ---------- delta ----------
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

function usersDelta(ctx: RouteContext): RouteResult {
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

// ---------- writes ----------

const patchableStrings = [
  'displayName',
  'givenName',
  'surname',
  'jobTitle',
  'department',
  'officeLocation',
  'mobilePhone',
  'preferredLanguage',
  'mail',
  'userPrincipalName',
] as const;
type PatchableString = (typeof patchableStrings)[number];

function invalidValue(property: string): GraphHttpError {
  return new GraphHttpError(
    400,
    'Request_BadRequest',
    `Invalid value specified for property '${property}' of resource 'User'.`,
  );
}

function requireObjectBody(body: unknown): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new GraphHttpError(400, 'Request_BadRequest', 'Empty Payload. JSON content expected.');
  }
  return body as Record<string, unknown>;
}

const upnPattern = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/** Applies user properties from a POST/PATCH body; unknown properties are a 400 as in Graph. */
function applyUserProperties(
  state: EmulatorState,
  user: StoredUser,
  body: Record<string, unknown>,
  allowed: ReadonlySet<string>,
): void {
  for (const [property, value] of Object.entries(body)) {
    if (property.startsWith('@odata.')) continue;
    if (!allowed.has(property)) {
      throw new GraphHttpError(
        400,
        'Request_BadRequest',
        `Property '${property}' does not exist as a declared property or extension property.`,
      );
    }
    if ((patchableStrings as readonly string[]).includes(property)) {
      const key = property as PatchableString;
      const required = key === 'displayName' || key === 'userPrincipalName' || key === 'mail';
      if (value === null && !required) {
        (user as Record<PatchableString, string | null>)[key] = null;
        continue;
      }
      if (typeof value !== 'string' || (required && value.trim().length === 0))
        throw invalidValue(property);
      if (key === 'userPrincipalName') {
        if (!upnPattern.test(value)) throw invalidValue(property);
        const taken = state.users.some(
          (other) =>
            other !== user && other.userPrincipalName.toLowerCase() === value.toLowerCase(),
        );
        if (taken)
          throw new GraphHttpError(
            400,
            'Request_BadRequest',
            'Another object with the same value for property userPrincipalName already exists.',
          );
      }
      (user as Record<PatchableString, string>)[key] = value;
    } else if (property === 'businessPhones') {
      // Graph allows at most one business phone to be set.
      if (
        !Array.isArray(value) ||
        value.length > 1 ||
        !value.every((phone) => typeof phone === 'string')
      )
        throw invalidValue(property);
      user.businessPhones = value;
    } else if (property === 'accountEnabled') {
      if (typeof value !== 'boolean') throw invalidValue(property);
      user.accountEnabled = value;
    }
    // mailNickname and passwordProfile are accepted (POST) but not stored: mail nickname follows the mail address.
  }
}

const postProperties = new Set([
  'accountEnabled',
  'displayName',
  'mailNickname',
  'userPrincipalName',
  'passwordProfile',
  'givenName',
  'surname',
  'jobTitle',
  'department',
  'officeLocation',
  'businessPhones',
  'mobilePhone',
  'preferredLanguage',
  'mail',
  'usageLocation',
]);
const patchProperties = new Set([
  'accountEnabled',
  'displayName',
  'givenName',
  'surname',
  'jobTitle',
  'department',
  'officeLocation',
  'businessPhones',
  'mobilePhone',
  'preferredLanguage',
  'mail',
  'userPrincipalName',
  'usageLocation',
  'mailNickname',
]);

function createUser(ctx: RouteContext): RouteResult {
  const body = requireObjectBody(ctx.body);
  for (const property of [
    'accountEnabled',
    'displayName',
    'mailNickname',
    'userPrincipalName',
    'passwordProfile',
  ]) {
    if (body[property] === undefined || body[property] === null) throw invalidValue(property);
  }
  if (typeof body.mailNickname !== 'string' || !/^[A-Za-z0-9._-]+$/.test(body.mailNickname))
    throw invalidValue('mailNickname');
  const passwordProfile = body.passwordProfile as Record<string, unknown>;
  if (
    typeof passwordProfile !== 'object' ||
    typeof passwordProfile.password !== 'string' ||
    passwordProfile.password.length === 0
  ) {
    throw invalidValue('passwordProfile');
  }
  const upn = typeof body.userPrincipalName === 'string' ? body.userPrincipalName : '';
  const user: StoredUser = {
    id: randomUUID(),
    userPrincipalName: upn,
    mail: typeof body.mail === 'string' ? body.mail : upn,
    displayName: '',
    givenName: '',
    surname: '',
    jobTitle: null,
    department: null,
    officeLocation: null,
    businessPhones: [],
    mobilePhone: null,
    accountEnabled: true,
    preferredLanguage: null,
    managerId: null,
    // A new colleague's calendar is opened to the front office, as the council decided.
    calendarSharing: 'details',
    changeSeq: 0,
  };
  applyUserProperties(ctx.state, user, body, postProperties);
  ctx.state.users.push(user);
  // The all-staff group holds every user of the tenant, as a dynamic "all users" group does in Entra.
  ctx.state.groups.find((group) => group.id === seededGroupIds.allStaff)?.memberIds.push(user.id);
  bumpChange(ctx.state, user);
  ctx.markChanged();
  return {
    status: 201,
    body: {
      '@odata.context': odataContext(ctx.graphBaseUrl, 'users/$entity'),
      ...selectUser(user, null),
    },
    headers: { Location: `${ctx.graphBaseUrl}/users/${user.id}` },
  };
}

function updateUser(ctx: RouteContext): RouteResult {
  const user = requireUser(ctx);
  const body = requireObjectBody(ctx.body);
  // Validate on a copy so a bad property leaves the user unchanged.
  const draft = structuredClone(user);
  applyUserProperties(ctx.state, draft, body, patchProperties);
  Object.assign(user, draft);
  bumpChange(ctx.state, user);
  ctx.markChanged();
  return { status: 204 };
}

function deleteUser(ctx: RouteContext): RouteResult {
  const user = requireUser(ctx);
  ctx.state.changeSeq++;
  user.deletedSeq = ctx.state.changeSeq;
  for (const report of ctx.state.users) {
    if (report.managerId === user.id) {
      report.removedManagerId = user.id;
      report.managerId = null;
      bumpChange(ctx.state, report);
    }
  }
  ctx.markChanged();
  return { status: 204 };
}

function setManager(ctx: RouteContext): RouteResult {
  const user = requireUser(ctx);
  const body = requireObjectBody(ctx.body);
  const reference = body['@odata.id'];
  if (typeof reference !== 'string')
    throw new GraphHttpError(
      400,
      'Request_BadRequest',
      "The '@odata.id' of the manager reference is missing.",
    );
  const managerId = decodeURIComponent(reference.replace(/\/+$/, '').split('/').pop() ?? '');
  const manager = findUser(ctx.state, managerId);
  if (!manager) throw notFound(managerId);
  if (manager.id === user.id)
    throw new GraphHttpError(400, 'Request_BadRequest', 'A user cannot be their own manager.');
  user.managerId = manager.id;
  delete user.removedManagerId;
  bumpChange(ctx.state, user);
  ctx.markChanged();
  return { status: 204 };
}

function removeManager(ctx: RouteContext): RouteResult {
  const user = requireUser(ctx);
  if (!user.managerId)
    throw new GraphHttpError(
      404,
      'Request_ResourceNotFound',
      "Resource 'manager' does not exist or one of its queried reference-property objects are not present.",
    );
  user.removedManagerId = user.managerId;
  user.managerId = null;
  bumpChange(ctx.state, user);
  ctx.markChanged();
  return { status: 204 };
}

const guidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * `POST /users/{id}/assignLicense`. As in Microsoft 365, a new user has no mailbox (and no Teams
 * presence) until a license is assigned; assigning one provisions them with Exchange's defaults.
 */
function assignLicense(ctx: RouteContext): RouteResult {
  const user = requireUser(ctx);
  const body = requireObjectBody(ctx.body);
  const add = body.addLicenses;
  const remove = body.removeLicenses;
  if (!Array.isArray(add) || !Array.isArray(remove))
    throw new GraphHttpError(
      400,
      'Request_BadRequest',
      "Both 'addLicenses' and 'removeLicenses' are required (use an empty array for none).",
    );
  for (const license of add) {
    const skuId = (license as { skuId?: unknown } | null)?.skuId;
    if (typeof skuId !== 'string' || !guidPattern.test(skuId))
      throw new GraphHttpError(
        400,
        'Request_BadRequest',
        'Each added license needs a valid skuId.',
      );
  }
  if (add.length > 0) {
    ctx.state.mailboxSettings[user.id] ??= {
      workingHours: {
        daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
        startTime: '08:00:00.0000000',
        endTime: '17:00:00.0000000',
        timeZone: 'W. Europe Standard Time',
      },
      automaticRepliesSetting: {
        status: 'disabled',
        externalAudience: 'all',
        internalReplyMessage: '',
        externalReplyMessage: '',
        scheduledStartDateTime: null,
        scheduledEndDateTime: null,
      },
      timeZone: 'W. Europe Standard Time',
      language: 'nl-NL',
    };
    ctx.state.presences[user.id] ??= {
      availability: 'Offline',
      activity: 'Offline',
      statusMessage: null,
      outOfOfficeSettings: { message: null, isOutOfOffice: false },
    };
    ctx.markChanged();
  }
  return {
    status: 200,
    body: {
      '@odata.context': odataContext(ctx.graphBaseUrl, 'users/$entity'),
      ...toGraphUser(user),
    },
  };
}

// ---------- checkMemberGroups ----------
// https://learn.microsoft.com/en-us/graph/api/directoryobject-checkmembergroups: POST /me/checkMemberGroups and
// /users/{id}/checkMemberGroups with `{ "groupIds": [...] }` (at most 20) answer 200 with the ids, out of those
// asked, of the groups the user is a member of (transitive; the demo tenant's groups are not nested), as a
// Collection(Edm.String). Delegated: User.ReadBasic.All or User.Read.All together with GroupMember.Read.All or
// Group.Read.All, or Directory.Read.All.

const checkMemberGroupsMax = 20;

function checkMemberGroups(ctx: RouteContext): RouteResult {
  const scopes = ctx.caller.scopes;
  const userScope = ['User.ReadBasic.All', 'User.Read.All'].some((scope) => scopes.has(scope));
  const groupScope = ['GroupMember.Read.All', 'Group.Read.All'].some((scope) => scopes.has(scope));
  if (!scopes.has('Directory.Read.All') && !(userScope && groupScope))
    throw new GraphHttpError(
      403,
      'Authorization_RequestDenied',
      'Insufficient privileges to complete the operation.',
    );
  const user = requireUser(ctx);
  const body = requireObjectBody(ctx.body);
  const groupIds = body.groupIds;
  if (
    !Array.isArray(groupIds) ||
    groupIds.length === 0 ||
    !groupIds.every((id) => typeof id === 'string')
  )
    throw new GraphHttpError(
      400,
      'Request_BadRequest',
      "Invalid value specified for property 'groupIds' of resource 'checkMemberGroups'.",
    );
  if (groupIds.length > checkMemberGroupsMax)
    throw new GraphHttpError(
      400,
      'Request_BadRequest',
      `At most ${checkMemberGroupsMax} groups can be checked in one request.`,
    );
  const memberOf = new Set(
    ctx.state.groups
      .filter((group) => group.memberIds.includes(user.id))
      .map((group) => group.id.toLowerCase()),
  );
  return {
    status: 200,
    body: {
      '@odata.context': odataContext(ctx.graphBaseUrl, 'Collection(Edm.String)'),
      value: groupIds.filter((id) => memberOf.has(id.toLowerCase())),
    },
  };
}

export const userRoutes: readonly Route[] = [
  { method: 'GET', pattern: '/users', anyOfScopes: readScopes, handler: listUsers },
  { method: 'GET', pattern: '/users/$count', anyOfScopes: readScopes, handler: countUsers },
  { method: 'GET', pattern: '/users/delta', anyOfScopes: readScopes, handler: usersDelta },
  { method: 'GET', pattern: '/users/delta()', anyOfScopes: readScopes, handler: usersDelta },
  { method: 'POST', pattern: '/users', anyOfScopes: writeScopes, handler: createUser },
  {
    method: 'POST',
    pattern: '/users/:id/assignLicense',
    anyOfScopes: writeScopes,
    handler: assignLicense,
  },
  {
    method: 'POST',
    pattern: '/users/:id/checkMemberGroups',
    anyOfScopes: ['User.ReadBasic.All', 'User.Read.All', 'Directory.Read.All'],
    handler: checkMemberGroups,
  },
  { method: 'GET', pattern: '/users/:id', anyOfScopes: selfOrReadScopes, handler: getUser },
  { method: 'PATCH', pattern: '/users/:id', anyOfScopes: writeScopes, handler: updateUser },
  { method: 'DELETE', pattern: '/users/:id', anyOfScopes: writeScopes, handler: deleteUser },
  {
    method: 'GET',
    pattern: '/users/:id/manager',
    anyOfScopes: selfOrReadScopes,
    handler: getManager,
  },
  {
    method: 'PUT',
    pattern: '/users/:id/manager/$ref',
    anyOfScopes: writeScopes,
    handler: setManager,
  },
  {
    method: 'DELETE',
    pattern: '/users/:id/manager/$ref',
    anyOfScopes: writeScopes,
    handler: removeManager,
  },
  {
    method: 'GET',
    pattern: '/users/:id/directReports',
    anyOfScopes: selfOrReadScopes,
    handler: listDirectReports,
  },
];
