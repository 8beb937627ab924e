// Finding the addressed site, list and column, and the caller's rights on a list; the 400 and 404 SharePoint answers.
import { GraphHttpError } from '../../http';
import type { RouteContext } from '../../http';
import type { StoredColumn, StoredList, StoredSite } from '../../store';
import { requireSelectedSiteAccess } from '../site-permissions';
import type { SpRight } from '../sharepoint/base-permissions';
import { userHasRight } from '../sharepoint/security';

export function notFound(what: string): GraphHttpError {
  return new GraphHttpError(404, 'itemNotFound', `${what} not found`);
}

// ---------- site permissions (Sites.Selected) ----------
/** The addressed site, once a caller with only Sites.Selected is known to hold a grant on it for this request. */
export function resolveSite(ctx: RouteContext): StoredSite {
  const site = findSite(ctx);
  requireSelectedSiteAccess(ctx, site);
  return site;
}
// ---------- end site permissions ----------

/** The site in `:siteId` (composite id "host,collectionGuid,webGuid") or in `:siteHost`/`:siteName` ("host:" + "/sites/name[:]"). */
function findSite(ctx: RouteContext): StoredSite {
  const { siteId, siteHost, siteName } = ctx.params;
  if (siteHost !== undefined && siteName !== undefined) {
    const host = siteHost.replace(/:$/, '').toLowerCase();
    const url = `https://${host}/sites/${siteName.replace(/:$/, '')}`.toLowerCase();
    const site = ctx.state.sites.find((candidate) => candidate.webUrl.toLowerCase() === url);
    if (!site) throw notFound('Requested site could not be found');
    return site;
  }
  const id = (siteId ?? '').toLowerCase();
  const site = ctx.state.sites.find(
    (candidate) =>
      candidate.id.toLowerCase() === id || candidate.id.split(',')[1]?.toLowerCase() === id,
  );
  if (!site) throw new GraphHttpError(404, 'itemNotFound', 'Requested site could not be found');
  return site;
}

export function resolveList(ctx: RouteContext, site: StoredSite): StoredList {
  const key = (ctx.params.listId ?? '').toLowerCase();
  const list = ctx.state.lists.find(
    (candidate) =>
      candidate.siteId === site.id &&
      (candidate.id.toLowerCase() === key ||
        candidate.name.toLowerCase() === key ||
        candidate.displayName.toLowerCase() === key),
  );
  if (!list) throw notFound('List');
  return list;
}

/** What a Graph list route needs of the caller, as SharePoint's base permissions on the list. */
export type ListRight = Extract<
  SpRight,
  'viewListItems' | 'addListItems' | 'editListItems' | 'deleteListItems' | 'manageLists'
>;

/**
 * Graph's answer when SharePoint's permissions refuse the caller (https://learn.microsoft.com/en-us/graph/errors:
 * 403 accessDenied, "The caller doesn't have permission to perform the action"); the body names nothing of the list's
 * data.
 */
export function accessDenied(): GraphHttpError {
  return new GraphHttpError(
    403,
    'accessDenied',
    'Access denied. You do not have permission to perform this action or access this resource.',
  );
}

/**
 * Whether the caller holds `right` on the list (SharePoint's effective permissions; see ../sharepoint/security.ts).
 * An app-only caller is no user: its application permission (and under Sites.Selected the site grant's role, checked
 * by resolveSite) decides for every list of the site; creating lists needs the role manage.
 */
export function callerHasListRight(
  ctx: RouteContext,
  site: StoredSite,
  list: StoredList | null,
  right: ListRight,
): boolean {
  if (ctx.caller.authentication === 'application') {
    if (right === 'manageLists') requireSelectedSiteAccess(ctx, site, 'manage');
    return true;
  }
  return userHasRight(ctx.state, site, list, ctx.caller.userId, right);
}

export function requireAccess(
  ctx: RouteContext,
  site: StoredSite,
  list: StoredList,
  needed: ListRight,
): void {
  if (!callerHasListRight(ctx, site, list, needed)) throw accessDenied();
}

export function siteAndList(
  ctx: RouteContext,
  needed: ListRight,
): { site: StoredSite; list: StoredList } {
  const site = resolveSite(ctx);
  const list = resolveList(ctx, site);
  requireAccess(ctx, site, list, needed);
  return { site, list };
}

export function columnByName(list: StoredList, name: string): StoredColumn | undefined {
  return list.columns.find((column) => column.name === name);
}

export function invalid(message: string): GraphHttpError {
  return new GraphHttpError(400, 'invalidRequest', message);
}
