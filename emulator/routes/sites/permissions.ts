// Graph's permissions on a list: application grants only (for Lists.SelectedOperations.Selected).
//   GET    /sites/{site-id}/lists/{list-id}/permissions  https://learn.microsoft.com/en-us/graph/api/list-list-permissions
//   POST   /sites/{site-id}/lists/{list-id}/permissions  https://learn.microsoft.com/en-us/graph/api/list-post-permissions
//     "You can only use this method to create a new application permission; you can't use it to create a new list
//     permission for a user." So a user or group grant is refused; Graph documents no error for it, and the demo
//     tenant answers as for a site grant (400 invalidRequest, emulator/routes/site-permissions.ts).
// Who of the organisation may read or write a list is SharePoint's business (role assignments, set through
// SharePoint's REST API: emulator/routes/sharepoint/); these grants do not change it.
import { randomUUID } from 'node:crypto';
import { GraphHttpError } from '../../http';
import type { RouteContext, RouteResult } from '../../http';
import { odataContext } from '../../odata';
import type { StoredList, StoredListAppPermission, StoredSite } from '../../store';
import { userHasRight } from '../sharepoint/security';
import { bodyObject, isRecord, property } from '../resource-helpers';
import { accessDenied, invalid, notFound, resolveList, resolveSite } from './resolution';

type AppRole = StoredListAppPermission['roles'][number];
const appRoles: readonly AppRole[] = ['read', 'write', 'owner'];

function permissionDto(permission: StoredListAppPermission) {
  const granted = { application: { ...permission.application } };
  return {
    id: permission.id,
    roles: [...permission.roles],
    grantedToV2: granted,
    grantedTo: granted,
  };
}

/** Seeing or changing a list's grants takes SharePoint's Manage Permissions on the list, as the site's owners hold. */
function siteAndListForPermissions(ctx: RouteContext): { site: StoredSite; list: StoredList } {
  const site = resolveSite(ctx);
  const list = resolveList(ctx, site);
  if (!userHasRight(ctx.state, site, list, ctx.caller.userId, 'managePermissions'))
    throw accessDenied();
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
      value: (list.appPermissions ?? []).map(permissionDto),
    },
  };
}

function applicationFrom(body: Record<string, unknown>): { id: string; displayName: string } {
  const grantedTo = property(body, 'grantedToV2') ?? property(body, 'grantedTo');
  if (!isRecord(grantedTo)) throw invalid("Name the application in 'grantedToV2'.");
  const others = Object.keys(grantedTo).filter((key) => key.toLowerCase() !== 'application');
  if (others.length > 0)
    throw invalid(
      `Only application permissions can be created on a list; '${others.join("', '")}' cannot be granted here.`,
    );
  const application = property(grantedTo, 'application');
  if (!isRecord(application) || typeof application.id !== 'string' || application.id.trim() === '')
    throw invalid("The application needs an 'id' (its client id).");
  return {
    id: application.id,
    displayName: typeof application.displayName === 'string' ? application.displayName : '',
  };
}

export function createPermission(ctx: RouteContext): RouteResult {
  const { site, list } = siteAndListForPermissions(ctx);
  const body = bodyObject(ctx);
  const roles = property(body, 'roles');
  if (
    !Array.isArray(roles) ||
    roles.length === 0 ||
    !roles.every((role) => appRoles.includes(role as AppRole))
  ) {
    throw invalid("roles must be a non-empty collection of 'read', 'write' or 'owner'.");
  }
  const application = applicationFrom(body);
  list.appPermissions ??= [];
  if (
    list.appPermissions.some((p) => p.application.id.toLowerCase() === application.id.toLowerCase())
  )
    throw new GraphHttpError(
      409,
      'nameAlreadyExists',
      'The application already has a permission on this list; update it instead.',
    );
  const permission: StoredListAppPermission = {
    id: Buffer.from(`i:0i.t|ms.sp.ext|${application.id}@${randomUUID()}`).toString('base64url'),
    roles: [...new Set(roles as AppRole[])],
    application,
  };
  list.appPermissions.push(permission);
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
  const index = (list.appPermissions ?? []).findIndex(
    (permission) => permission.id === ctx.params.permissionId,
  );
  if (index < 0) throw notFound('Permission');
  list.appPermissions?.splice(index, 1);
  ctx.markChanged();
  return { status: 204 };
}
