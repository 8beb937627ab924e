// Reading the directory: /users (with $filter, $search, $orderby, $count, paging), /users/$count, /users/{id}.
import { GraphHttpError } from '../../http';
import type { RouteContext, RouteResult } from '../../http';
import {
  contextFragmentWithSelect,
  evaluateFilter,
  odataContext,
  paginate,
  parseFilterParam,
  readTop,
} from '../../odata';
import type { StoredUser } from '../../store';
import {
  activeUsers,
  assertMayRead,
  isEventual,
  managerExpansion,
  requireUser,
  selectUser,
  userType,
  wantsManager,
} from './user-resource';
import { checkFilter, userField } from './filter';
import { matchesSearch, parseSearch } from './search';

const sortableProperties = ['displayName', 'userPrincipalName'];

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

/**
 * With `$expand`, directory objects come at most 100 to a page, whatever `$top` asks (up to 999 is still accepted):
 * https://learn.microsoft.com/en-us/graph/query-parameters#expand-parameter (known issue 13635).
 */
export const expandedPageCap = 100;

function queryWithExpandCap(query: URLSearchParams): URLSearchParams {
  const top = readTop(query, 999, 100, 'Request_BadRequest');
  const capped = new URLSearchParams(query);
  capped.delete('top');
  capped.set('$top', String(Math.min(top, expandedPageCap)));
  return capped;
}

export function listUsers(ctx: RouteContext): RouteResult {
  const countRequested = (ctx.query.get('$count') ?? '').toLowerCase() === 'true';
  if (countRequested && !isEventual(ctx))
    throw new GraphHttpError(400, 'Request_BadRequest', '$count is not currently supported.');
  const users = queryUsers(ctx);
  const expandManager = wantsManager(ctx);
  const { page, nextLink } = paginate({
    items: users,
    query: expandManager ? queryWithExpandCap(ctx.query) : ctx.query,
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
  body.value = page.map((user) => ({
    ...selectUser(user, selectParam),
    ...(expandManager ? managerExpansion(ctx.state, user) : {}),
  }));
  return { status: 200, body };
}

export function countUsers(ctx: RouteContext): RouteResult {
  if (!isEventual(ctx))
    throw new GraphHttpError(400, 'Request_BadRequest', '$count is not currently supported.');
  return {
    status: 200,
    body: String(queryUsers(ctx).length),
    headers: { 'Content-Type': 'text/plain;charset=utf-8' },
  };
}

export function getUser(ctx: RouteContext): RouteResult {
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
