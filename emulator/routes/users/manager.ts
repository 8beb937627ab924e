// A user's manager and direct reports: read, set and remove (manager/$ref).
import { GraphHttpError } from '../../http';
import type { RouteContext, RouteResult } from '../../http';
import { odataContext, paginate } from '../../odata';
import {
  activeUsers,
  assertMayRead,
  bumpChange,
  findUser,
  notFound,
  requireUser,
  selectUser,
  userType,
} from './user-resource';
import { requireObjectBody } from './writes';

export function getManager(ctx: RouteContext): RouteResult {
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

export function listDirectReports(ctx: RouteContext): RouteResult {
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

export function setManager(ctx: RouteContext): RouteResult {
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

export function removeManager(ctx: RouteContext): RouteResult {
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
