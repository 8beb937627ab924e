// List permissions: who may read, write or own a list.
import type { RouteContext, RouteResult } from '../../http';
import { odataContext } from '../../odata';
import { permissionIdFor } from '../../seed';
import type { ListRole, StoredList, StoredListPermission, StoredSite } from '../../store';
import { bodyObject, findUser, findUserByAddress, isRecord, property } from '../resource-helpers';
import { invalid, notFound, requireAccess, resolveList, resolveSite } from './resolution';

function permissionDto(permission: StoredListPermission) {
  const principal = { id: permission.grantedTo.id, displayName: permission.grantedTo.displayName };
  const granted = permission.grantedTo.kind === 'user' ? { user: principal } : { group: principal };
  return {
    id: permission.id,
    roles: [...permission.roles],
    grantedToV2: granted,
    grantedTo: granted,
  };
}

function siteAndListForPermissions(ctx: RouteContext): { site: StoredSite; list: StoredList } {
  const site = resolveSite(ctx);
  const list = resolveList(ctx, site);
  if (!ctx.caller.scopes.has('Sites.FullControl.All')) requireAccess(ctx, list, 'owner');
  return { site, list };
}

export function getPermissions(ctx: RouteContext): RouteResult {
  const { site, list } = siteAndListForPermissions(ctx);
  return {
    status: 200,
    body: {
      '@odata.context': odataContext(
        ctx.graphBaseUrl,
        `sites('${site.id}')/lists('${list.id}')/permissions`,
      ),
      value: list.permissions.map(permissionDto),
    },
  };
}

const listRoles: readonly ListRole[] = ['read', 'write', 'owner'];

export function createPermission(ctx: RouteContext): RouteResult {
  const { site, list } = siteAndListForPermissions(ctx);
  const body = bodyObject(ctx);
  const roles = property(body, 'roles');
  if (
    !Array.isArray(roles) ||
    roles.length === 0 ||
    !roles.every((role) => listRoles.includes(role as ListRole))
  ) {
    throw invalid("roles must be a non-empty collection of 'read', 'write' or 'owner'.");
  }
  const grantedTo = property(body, 'grantedToV2') ?? property(body, 'grantedTo');
  const user = isRecord(grantedTo) && isRecord(grantedTo.user) ? grantedTo.user : null;
  const group = isRecord(grantedTo) && isRecord(grantedTo.group) ? grantedTo.group : null;
  if (!user && !group) throw invalid('grantedToV2 must name a user or a group.');
  let resolved: StoredListPermission['grantedTo'];
  if (user) {
    const key = [user.id, user.email, user.userPrincipalName].find(
      (value): value is string => typeof value === 'string',
    );
    const found = key ? (findUser(ctx.state, key) ?? findUserByAddress(ctx.state, key)) : undefined;
    if (!found) throw invalid(`The user '${String(key)}' does not exist.`);
    resolved = { kind: 'user', id: found.id, displayName: found.displayName };
  } else {
    const found = ctx.state.groups.find((candidate) => candidate.id === group?.id);
    if (!found) throw invalid(`The group '${String(group?.id)}' does not exist.`);
    resolved = { kind: 'group', id: found.id, displayName: found.displayName };
  }
  const existing = list.permissions.find(
    (permission) =>
      permission.grantedTo.kind === resolved.kind && permission.grantedTo.id === resolved.id,
  );
  if (existing) {
    existing.roles = [...new Set(roles as ListRole[])];
    ctx.markChanged();
    return {
      status: 200,
      body: {
        '@odata.context': odataContext(
          ctx.graphBaseUrl,
          `sites('${site.id}')/lists('${list.id}')/permissions/$entity`,
        ),
        ...permissionDto(existing),
      },
    };
  }
  const permission: StoredListPermission = {
    id: permissionIdFor(resolved.kind, resolved.id),
    roles: [...new Set(roles as ListRole[])],
    grantedTo: resolved,
  };
  list.permissions.push(permission);
  ctx.markChanged();
  return {
    status: 201,
    body: {
      '@odata.context': odataContext(
        ctx.graphBaseUrl,
        `sites('${site.id}')/lists('${list.id}')/permissions/$entity`,
      ),
      ...permissionDto(permission),
    },
  };
}

export function deletePermission(ctx: RouteContext): RouteResult {
  const { list } = siteAndListForPermissions(ctx);
  const index = list.permissions.findIndex(
    (permission) => permission.id === ctx.params.permissionId,
  );
  if (index < 0) throw notFound('Permission');
  list.permissions.splice(index, 1);
  ctx.markChanged();
  return { status: 204 };
}
