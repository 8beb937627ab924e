// List item versions: kept on every update while the list keeps versions (EnableVersioning, at most MajorVersionLimit
// versions, the current one included), and served as Graph's listItemVersion.
//   GET /sites/{site-id}/lists/{list-id}/items/{item-id}/versions  https://learn.microsoft.com/en-us/graph/api/listitem-list-versions
//   GET …/versions/{version-id}  https://learn.microsoft.com/en-us/graph/api/listitemversion-get (expand=fields for the values)
// Reading versions takes View Versions on the list besides View Items (SPBasePermissions.ViewVersions).
import type { RouteContext, RouteResult } from '../../http';
import { odataContext } from '../../odata';
import type { EmulatorState, StoredItemVersion, StoredList, StoredListItem } from '../../store';
import { findUser } from '../resource-helpers';
import { defaultVersioning } from '../sharepoint/rest-entities';
import { userHasRight } from '../sharepoint/security';
import { accessDenied, notFound, siteAndList } from './resolution';
import { parseExpandFields } from './dtos';

/** Keeps `previous` (the item before an update) as a version when the list keeps versions; trims to the limit. */
export function recordVersion(
  list: StoredList,
  previous: StoredListItem,
): StoredItemVersion[] | undefined {
  if (!(list.enableVersioning ?? defaultVersioning.enabled)) return previous.history;
  const limit = list.majorVersionLimit ?? defaultVersioning.majorVersionLimit;
  const history = [
    ...(previous.history ?? []),
    {
      version: previous.version,
      fields: structuredClone(previous.fields),
      lastModifiedBy: previous.lastModifiedBy,
      lastModifiedDateTime: previous.lastModifiedDateTime,
    },
  ];
  // The current version counts towards the limit.
  return history.slice(Math.max(0, history.length - (limit - 1)));
}

function identity(state: EmulatorState, userId: string) {
  const user = findUser(state, userId);
  return { user: { id: userId, displayName: user?.displayName ?? '', email: user?.mail ?? '' } };
}

function versionDto(ctx: RouteContext, version: StoredItemVersion, withFields: boolean) {
  return {
    id: `${version.version}.0`,
    lastModifiedDateTime: version.lastModifiedDateTime,
    lastModifiedBy: identity(ctx.state, version.lastModifiedBy),
    published: { level: 'published', versionId: `${version.version}.0` },
    ...(withFields ? { fields: { ...version.fields } } : {}),
  };
}

function itemAndVersions(ctx: RouteContext) {
  const { site, list } = siteAndList(ctx, 'viewListItems');
  if (!userHasRight(ctx.state, site, list, ctx.caller.userId, 'viewVersions')) throw accessDenied();
  const item = ctx.state.items.find(
    (candidate) => candidate.listId === list.id && candidate.id === ctx.params.itemId,
  );
  if (!item) throw notFound('Item');
  const current: StoredItemVersion = {
    version: item.version,
    fields: item.fields,
    lastModifiedBy: item.lastModifiedBy,
    lastModifiedDateTime: item.lastModifiedDateTime,
  };
  // Newest first, the current version included.
  return { site, list, item, versions: [current, ...[...(item.history ?? [])].reverse()] };
}

export function getItemVersions(ctx: RouteContext): RouteResult {
  const { site, list, item, versions } = itemAndVersions(ctx);
  const withFields = parseExpandFields(ctx.query).kind === 'fields';
  return {
    status: 200,
    body: {
      '@odata.context': odataContext(
        ctx.graphBaseUrl,
        `sites('${site.id}')/lists('${list.id}')/items('${item.id}')/versions`,
      ),
      value: versions.map((version) => versionDto(ctx, version, withFields)),
    },
  };
}

export function getItemVersion(ctx: RouteContext): RouteResult {
  const { site, list, item, versions } = itemAndVersions(ctx);
  const wanted = ctx.params.versionId ?? '';
  const version = versions.find((candidate) => `${candidate.version}.0` === wanted);
  if (!version) throw notFound('Version');
  return {
    status: 200,
    body: {
      '@odata.context': odataContext(
        ctx.graphBaseUrl,
        `sites('${site.id}')/lists('${list.id}')/items('${item.id}')/versions/$entity`,
      ),
      ...versionDto(ctx, version, parseExpandFields(ctx.query).kind === 'fields'),
    },
  };
}
