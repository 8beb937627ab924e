// Site permissions: an application's access to a site, for the Sites.Selected scope.
//   POST   /sites/{site-id}/permissions   https://learn.microsoft.com/en-us/graph/api/site-post-permissions
//   GET    /sites/{site-id}/permissions   https://learn.microsoft.com/en-us/graph/api/site-list-permissions
//   PATCH  /sites/{site-id}/permissions/{id}  https://learn.microsoft.com/en-us/graph/api/site-update-permission
//   DELETE /sites/{site-id}/permissions/{id}  https://learn.microsoft.com/en-us/graph/api/site-delete-permission
// All four need Sites.FullControl.All (delegated: a SharePoint administrator). Only application permissions can be
// created ("you can't use it to create a new user site permission"); the grants decide what a token with the
// delegated Sites.Selected scope reaches: the sites its app was granted, and there no more than the user may do
// (https://learn.microsoft.com/en-us/graph/permissions-selected-overview, and Microsoft's announcement of delegated
// Sites.Selected: "the minimal intersection of application and user permissions is used"). An app-only token
// (application Sites.Selected) has no user to intersect with: the grant's role alone decides
// (https://learn.microsoft.com/en-us/graph/permissions-selected-overview#sites-selected).
import { randomUUID } from 'node:crypto';
import { GraphHttpError } from '../http';
import type { RouteContext, RouteResult } from '../http';
import { odataContext } from '../odata';
import type { SiteRole, StoredSite, StoredSitePermission } from '../store';
import { bodyObject, isRecord, property } from './resource-helpers';

export const sitePermissionScopes = ['Sites.FullControl.All'] as const;

/** The delegated scopes that reach every site the user can reach, without a grant. */
const tenantWideSiteScopes = [
  'Sites.Read.All',
  'Sites.ReadWrite.All',
  'Sites.Manage.All',
  'Sites.FullControl.All',
] as const;

const siteRoles: readonly SiteRole[] = ['read', 'write', 'manage', 'fullcontrol'];
const roleRank: Readonly<Record<SiteRole, number>> = {
  read: 1,
  write: 2,
  manage: 3,
  fullcontrol: 4,
};

function accessDenied(): GraphHttpError {
  return new GraphHttpError(
    403,
    'accessDenied',
    'Access denied. You do not have permission to perform this action or access this resource.',
  );
}

/**
 * For a caller whose only site scope is Sites.Selected: refuses unless the caller's app holds a grant on `site`
 * with at least the role the request needs (reading: read; anything else: write). Callers with a tenant-wide
 * Sites scope pass; the user's own permissions (list permissions) are checked afterwards as always.
 */
export function requireSelectedSiteAccess(
  ctx: RouteContext,
  site: Pick<StoredSite, 'permissions'>,
  needed: SiteRole = ctx.method === 'GET' ? 'read' : 'write',
): void {
  const application = ctx.caller.authentication === 'application';
  // An app-only caller's permissions are the token's roles (application permissions), a user's the scopes.
  const holds = (permission: string) =>
    application ? ctx.caller.roles.includes(permission) : ctx.caller.scopes.has(permission);
  if (tenantWideSiteScopes.some(holds)) return;
  if (!holds('Sites.Selected')) return; // the route's own permission check has already refused
  const granted = (site.permissions ?? [])
    .filter(
      (permission) => permission.application.id.toLowerCase() === ctx.caller.appId.toLowerCase(),
    )
    .flatMap((permission) => permission.roles);
  if (!granted.some((role) => roleRank[role] >= roleRank[needed])) throw accessDenied();
}

function invalidRequest(message: string): GraphHttpError {
  return new GraphHttpError(400, 'invalidRequest', message);
}

function rolesFrom(body: Record<string, unknown>): SiteRole[] {
  const roles = property(body, 'roles');
  if (!Array.isArray(roles) || roles.length === 0)
    throw invalidRequest("'roles' must name at least one of read, write, manage, fullcontrol.");
  const parsed = roles.map((role) =>
    typeof role === 'string' ? siteRoles.find((known) => known === role.toLowerCase()) : undefined,
  );
  if (parsed.some((role) => role === undefined))
    throw invalidRequest(
      `Invalid role: ${JSON.stringify(roles)}. Use read, write, manage or fullcontrol.`,
    );
  return [...new Set(parsed as SiteRole[])];
}

/**
 * The one application of the request body: `grantedToIdentities` (v1.0's documented form) or `grantedTo`/
 * `grantedToV2`. A user, group or site principal is refused: Graph documents that only application permissions can
 * be created here; the exact error is not documented, so the emulator answers 400 invalidRequest (the safe side:
 * the request fails, as it does on a real tenant).
 */
function applicationFrom(body: Record<string, unknown>): { id: string; displayName: string } {
  const identitiesValue =
    property(body, 'grantedToIdentities') ?? property(body, 'grantedToIdentitiesV2');
  const single = property(body, 'grantedTo') ?? property(body, 'grantedToV2');
  const identities: unknown[] = Array.isArray(identitiesValue)
    ? identitiesValue
    : single === undefined
      ? []
      : [single];
  if (identities.length !== 1 || !isRecord(identities[0]))
    throw invalidRequest("Name exactly one application in 'grantedToIdentities'.");
  const identity = identities[0];
  const others = Object.keys(identity).filter((key) => key.toLowerCase() !== 'application');
  if (others.length > 0)
    throw invalidRequest(
      `Only application permissions can be created on a site; '${others.join("', '")}' cannot be granted here.`,
    );
  const application = property(identity, 'application');
  if (!isRecord(application) || typeof application.id !== 'string' || application.id.trim() === '')
    throw invalidRequest("The application needs an 'id' (its client id).");
  return {
    id: application.id,
    displayName: typeof application.displayName === 'string' ? application.displayName : '',
  };
}

function permissionDto(permission: StoredSitePermission) {
  const identity = { application: { ...permission.application } };
  return {
    id: permission.id,
    roles: [...permission.roles],
    grantedToIdentitiesV2: [identity],
    grantedToIdentities: [identity],
  };
}

export function createSitePermission(ctx: RouteContext, site: StoredSite): RouteResult {
  const body = bodyObject(ctx);
  const roles = rolesFrom(body);
  const application = applicationFrom(body);
  site.permissions ??= [];
  // A second grant for the same app: not documented; the emulator refuses it (the safe side) so that callers
  // update the existing grant (PATCH) instead of piling up grants.
  if (site.permissions.some((p) => p.application.id.toLowerCase() === application.id.toLowerCase()))
    throw new GraphHttpError(
      409,
      'nameAlreadyExists',
      'The application already has a permission on this site; update it instead.',
    );
  // Graph's ids are opaque strings; the emulator's follow their shape (base64 of a claim-like key).
  const permission: StoredSitePermission = {
    id: Buffer.from(`i:0i.t|ms.sp.ext|${application.id}@${randomUUID()}`).toString('base64url'),
    roles,
    application,
  };
  site.permissions.push(permission);
  ctx.markChanged();
  return {
    status: 201,
    body: {
      '@odata.context': odataContext(ctx.graphBaseUrl, `sites('${site.id}')/permissions/$entity`),
      ...permissionDto(permission),
    },
  };
}

export function listSitePermissions(ctx: RouteContext, site: StoredSite): RouteResult {
  return {
    status: 200,
    body: {
      '@odata.context': odataContext(ctx.graphBaseUrl, `sites('${site.id}')/permissions`),
      value: (site.permissions ?? []).map(permissionDto),
    },
  };
}

function findPermission(ctx: RouteContext, site: StoredSite): StoredSitePermission {
  const found = (site.permissions ?? []).find(
    (permission) => permission.id === ctx.params.permissionId,
  );
  if (!found) throw new GraphHttpError(404, 'itemNotFound', 'Permission not found');
  return found;
}

export function getSitePermission(ctx: RouteContext, site: StoredSite): RouteResult {
  return {
    status: 200,
    body: {
      '@odata.context': odataContext(ctx.graphBaseUrl, `sites('${site.id}')/permissions/$entity`),
      ...permissionDto(findPermission(ctx, site)),
    },
  };
}

/** PATCH changes the roles only (the documented updatable property). */
export function updateSitePermission(ctx: RouteContext, site: StoredSite): RouteResult {
  const permission = findPermission(ctx, site);
  permission.roles = rolesFrom(bodyObject(ctx));
  ctx.markChanged();
  return {
    status: 200,
    body: {
      '@odata.context': odataContext(ctx.graphBaseUrl, `sites('${site.id}')/permissions/$entity`),
      ...permissionDto(permission),
    },
  };
}

export function deleteSitePermission(ctx: RouteContext, site: StoredSite): RouteResult {
  const permission = findPermission(ctx, site);
  site.permissions = (site.permissions ?? []).filter((p) => p !== permission);
  ctx.markChanged();
  return { status: 204 };
}
