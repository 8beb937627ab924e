// The route table: every list route under both site addressings, with the scopes Graph documents.
import type { Route } from '../../http';
import {
  createSitePermission,
  deleteSitePermission,
  getSitePermission,
  listSitePermissions,
  sitePermissionScopes,
  updateSitePermission,
} from '../site-permissions';
import { createColumn, getColumns, updateColumn } from './columns';
import {
  createItem,
  deleteItem,
  getItem,
  getItemFields,
  getItems,
  updateItemFields,
} from './items';
import { createList, getList, getLists } from './lists';
import { createPermission, deletePermission, getPermissions } from './permissions';
import { getRootSite, getSite } from './site';
import { getItemVersion, getItemVersions } from './versions';
import { resolveSite } from './resolution';

// Sites.Selected: only on sites the caller's app was granted (resolveSite checks the grant).
const readScopes = [
  'Sites.Read.All',
  'Sites.ReadWrite.All',
  'Sites.Manage.All',
  'Sites.FullControl.All',
  'Sites.Selected',
] as const;
const writeScopes = [
  'Sites.ReadWrite.All',
  'Sites.Manage.All',
  'Sites.FullControl.All',
  'Sites.Selected',
] as const;
/** Creating lists and columns is documented as Sites.Manage.All (least privileged) or Sites.FullControl.All. */
const manageScopes = ['Sites.Manage.All', 'Sites.FullControl.All'] as const;

/**
 * The application permissions (app-only tokens), as the site and list API pages list them: the same names; with
 * Sites.Selected the grant's role on the site decides (resolveSite), the users' list permissions play no part.
 */
const appPermissionsFor = new Map<readonly string[], readonly string[]>([
  [readScopes, readScopes],
  [writeScopes, writeScopes],
  // Creating lists with Sites.Selected needs the role manage or fullcontrol on the site (resolveSite decides).
  [manageScopes, [...manageScopes, 'Sites.Selected']],
  [sitePermissionScopes, sitePermissionScopes],
]);

/** Every list route is served under both site addressings: `/sites/{id}` and `/sites/{hostname}:/sites/{name}:`. */
const siteRoots = ['/sites/:siteId', '/sites/:siteHost/sites/:siteName'] as const;

function underEverySite(
  suffix: string,
  method: Route['method'],
  anyOfScopes: readonly string[],
  handler: Route['handler'],
): Route[] {
  const anyOfAppPermissions = appPermissionsFor.get(anyOfScopes) ?? [];
  return siteRoots.map((root) => ({
    method,
    pattern: `${root}${suffix}`,
    anyOfScopes,
    anyOfAppPermissions,
    handler,
  }));
}

// ---------- site permissions (Sites.Selected) ----------
const sitePermissionRoutes: readonly Route[] = [
  ...underEverySite('/permissions', 'GET', sitePermissionScopes, (ctx) =>
    listSitePermissions(ctx, resolveSite(ctx)),
  ),
  ...underEverySite('/permissions', 'POST', sitePermissionScopes, (ctx) =>
    createSitePermission(ctx, resolveSite(ctx)),
  ),
  ...underEverySite('/permissions/:permissionId', 'GET', sitePermissionScopes, (ctx) =>
    getSitePermission(ctx, resolveSite(ctx)),
  ),
  ...underEverySite('/permissions/:permissionId', 'PATCH', sitePermissionScopes, (ctx) =>
    updateSitePermission(ctx, resolveSite(ctx)),
  ),
  ...underEverySite('/permissions/:permissionId', 'DELETE', sitePermissionScopes, (ctx) =>
    deleteSitePermission(ctx, resolveSite(ctx)),
  ),
];
// ---------- end site permissions ----------

export const siteRoutes: readonly Route[] = [
  ...sitePermissionRoutes,
  {
    method: 'GET',
    pattern: '/sites/root',
    anyOfScopes: readScopes,
    anyOfAppPermissions: readScopes,
    handler: getRootSite,
  },
  ...underEverySite('', 'GET', readScopes, getSite),
  ...underEverySite('/lists', 'GET', readScopes, getLists),
  ...underEverySite('/lists', 'POST', manageScopes, createList),
  ...underEverySite('/lists/:listId', 'GET', readScopes, getList),
  ...underEverySite('/lists/:listId/columns', 'GET', readScopes, getColumns),
  ...underEverySite('/lists/:listId/columns', 'POST', manageScopes, createColumn),
  ...underEverySite('/lists/:listId/columns/:columnId', 'PATCH', manageScopes, updateColumn),
  ...underEverySite('/lists/:listId/items', 'GET', readScopes, getItems),
  ...underEverySite('/lists/:listId/items', 'POST', writeScopes, createItem),
  ...underEverySite('/lists/:listId/items/:itemId', 'GET', readScopes, getItem),
  ...underEverySite('/lists/:listId/items/:itemId', 'DELETE', writeScopes, deleteItem),
  ...underEverySite('/lists/:listId/items/:itemId/fields', 'GET', readScopes, getItemFields),
  ...underEverySite('/lists/:listId/items/:itemId/fields', 'PATCH', writeScopes, updateItemFields),
  ...underEverySite('/lists/:listId/items/:itemId/versions', 'GET', readScopes, getItemVersions),
  ...underEverySite(
    '/lists/:listId/items/:itemId/versions/:versionId',
    'GET',
    readScopes,
    getItemVersion,
  ),
  ...underEverySite('/lists/:listId/permissions', 'GET', readScopes, getPermissions),
  ...underEverySite('/lists/:listId/permissions', 'POST', writeScopes, createPermission),
  ...underEverySite(
    '/lists/:listId/permissions/:permissionId',
    'DELETE',
    writeScopes,
    deletePermission,
  ),
];
