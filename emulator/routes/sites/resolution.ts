// Finding the addressed site, list and column, and the caller's rights on a list; the 400 and 404 SharePoint answers.
import { GraphHttpError } from '../../http';
import type { RouteContext } from '../../http';
import type { StoredColumn, StoredList, StoredSite } from '../../store';
import { requireSelectedSiteAccess } from '../site-permissions';

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

type Access = 'none' | 'read' | 'write' | 'owner';
const accessRank: Readonly<Record<Access, number>> = { none: 0, read: 1, write: 2, owner: 3 };

/** The caller's rights on a list: a list without entries inherits the site's (everyone may read and write). */
export function listAccessFor(
  list: StoredList,
  userId: string,
  groupIds: readonly string[],
): Access {
  if (list.permissions.length === 0) return 'write';
  let best: Access = 'none';
  for (const permission of list.permissions) {
    const applies =
      permission.grantedTo.kind === 'user'
        ? permission.grantedTo.id === userId
        : groupIds.includes(permission.grantedTo.id);
    if (!applies) continue;
    for (const role of permission.roles) if (accessRank[role] > accessRank[best]) best = role;
  }
  return best;
}

export function requireAccess(
  ctx: RouteContext,
  list: StoredList,
  needed: Exclude<Access, 'none'>,
): void {
  if (
    accessRank[listAccessFor(list, ctx.caller.userId, ctx.caller.groupIds)] < accessRank[needed]
  ) {
    throw new GraphHttpError(
      403,
      'accessDenied',
      'Access denied. You do not have permission to perform this action or access this resource.',
    );
  }
}

export function siteAndList(
  ctx: RouteContext,
  needed: Exclude<Access, 'none'>,
): { site: StoredSite; list: StoredList } {
  const site = resolveSite(ctx);
  const list = resolveList(ctx, site);
  requireAccess(ctx, list, needed);
  return { site, list };
}

export function columnByName(list: StoredList, name: string): StoredColumn | undefined {
  return list.columns.find((column) => column.name === name);
}

export function invalid(message: string): GraphHttpError {
  return new GraphHttpError(400, 'invalidRequest', message);
}
