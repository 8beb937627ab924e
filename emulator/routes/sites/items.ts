// List items: $filter on indexed fields, paging, get, create, update fields, delete.
import { assertUnderListViewThreshold } from '../../list-view-threshold';
import type { RouteContext, RouteResult } from '../../http';
import {
  evaluateFilter,
  filterProperties,
  odataContext,
  paginate,
  parseFilterParam,
} from '../../odata';
import type { EmulatorState, StoredList, StoredListItem } from '../../store';
import { bodyObject, property } from '../resource-helpers';
import { assertUniqueValues, validatedFields } from './field-validation';
import { checkIfMatch, itemETag } from './etags';
import { columnByName, invalid, notFound, siteAndList } from './resolution';
import { fieldsDto, itemDto, parseExpandFields } from './dtos';
import { recordVersion } from './versions';

export const defaultItemPageSize = 200;
export const maxItemPageSize = 5000;
const honorNonIndexedPreference = 'HonorNonIndexedQueriesWarningMayFailRandomly';

function itemsOf(state: EmulatorState, list: StoredList): StoredListItem[] {
  return state.items
    .filter((item) => item.listId === list.id)
    .sort((a, b) => Number(a.id) - Number(b.id));
}

/**
 * The id for a new item: one above the highest the list ever handed out. SharePoint never reuses the id of a deleted
 * item (ids only grow; https://learn.microsoft.com/graph/api/listitem-delete says nothing of reuse, and SharePoint's
 * ID column is an identity column), so a stale link or a retry can never reach another item.
 */
export function nextItemId(state: EmulatorState, list: StoredList): number {
  const highestPresent = state.items.reduce(
    (max, item) => (item.listId === list.id ? Math.max(max, Number(item.id) || 0) : max),
    0,
  );
  const next = Math.max(list.lastItemId ?? 0, highestPresent) + 1;
  list.lastItemId = next;
  return next;
}

function findItem(ctx: RouteContext, list: StoredList): { index: number; item: StoredListItem } {
  const index = ctx.state.items.findIndex(
    (item) => item.listId === list.id && item.id === ctx.params.itemId,
  );
  const item = ctx.state.items[index];
  if (!item) throw notFound('Item');
  return { index, item };
}

export function getItems(ctx: RouteContext): RouteResult {
  const { site, list } = siteAndList(ctx, 'viewListItems');
  const expand = parseExpandFields(ctx.query);
  const filter = parseFilterParam(
    ctx.query.get('$filter') ?? ctx.query.get('filter'),
    'invalidRequest',
  );
  let items = itemsOf(ctx.state, list);
  if (filter) {
    const honorNonIndexed = (ctx.headers.prefer ?? '')
      .toLowerCase()
      .includes(honorNonIndexedPreference.toLowerCase());
    for (const path of filterProperties(filter)) {
      const match = /^fields\/(.+)$/.exec(path);
      if (!match)
        throw invalid(`Filtering on '${path}' is not supported; filter on fields/<column>.`);
      const name = match[1] as string;
      const column = columnByName(list, name);
      if (!column && name !== 'id') throw invalid(`Field '${name}' is not recognized`);
      if (column && column.indexed !== true && !honorNonIndexed) {
        throw invalid(
          `Field '${name}' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: ${honorNonIndexedPreference}' header to allow this, but be warned that such queries may fail on large lists.`,
        );
      }
    }
    const read = (item: StoredListItem, path: string): unknown =>
      path === 'fields/id' ? item.id : item.fields[path.slice('fields/'.length)];
    assertUnderListViewThreshold(
      filter,
      items,
      (path) => {
        const name = path.replace(/^fields\//, '');
        // The item id is always indexed.
        return name === 'id' || columnByName(list, name)?.indexed === true;
      },
      read,
    );
    items = items.filter((item) => evaluateFilter(filter, (path) => read(item, path)));
  }
  const path = `/sites/${site.id}/lists/${list.id}/items`;
  const { page, nextLink } = paginate({
    items,
    query: ctx.query,
    graphBaseUrl: ctx.graphBaseUrl,
    path,
    maxTop: maxItemPageSize,
    defaultTop: defaultItemPageSize,
    errorCode: 'invalidRequest',
  });
  return {
    status: 200,
    body: {
      '@odata.context': odataContext(
        ctx.graphBaseUrl,
        `sites('${site.id}')/lists('${list.id}')/items`,
      ),
      value: page.map((item) => itemDto(ctx, site, list, item, expand)),
      ...(nextLink ? { '@odata.nextLink': nextLink } : {}),
    },
  };
}

export function getItem(ctx: RouteContext): RouteResult {
  const { site, list } = siteAndList(ctx, 'viewListItems');
  const { item } = findItem(ctx, list);
  const dto = itemDto(ctx, site, list, item, parseExpandFields(ctx.query));
  return {
    status: 200,
    headers: { etag: dto.eTag },
    body: {
      '@odata.context': odataContext(
        ctx.graphBaseUrl,
        `sites('${site.id}')/lists('${list.id}')/items/$entity`,
      ),
      ...dto,
    },
  };
}

export function getItemFields(ctx: RouteContext): RouteResult {
  const { site, list } = siteAndList(ctx, 'viewListItems');
  const { item } = findItem(ctx, list);
  return {
    status: 200,
    headers: { etag: itemETag(item) },
    body: {
      '@odata.context': odataContext(
        ctx.graphBaseUrl,
        `sites('${site.id}')/lists('${list.id}')/items('${item.id}')/fields/$entity`,
      ),
      ...fieldsDto(item, ctx.query.get('$select')),
    },
  };
}

export function createItem(ctx: RouteContext): RouteResult {
  const { site, list } = siteAndList(ctx, 'addListItems');
  const fields = validatedFields(list, property(bodyObject(ctx), 'fields'), 'create');
  assertUniqueValues(ctx.state, list, fields, null);
  const now = ctx.now().toISOString();
  const item: StoredListItem = {
    id: String(nextItemId(ctx.state, list)),
    listId: list.id,
    fields,
    version: 1,
    createdBy: ctx.caller.userId,
    lastModifiedBy: ctx.caller.userId,
    createdDateTime: now,
    lastModifiedDateTime: now,
  };
  ctx.state.items.push(item);
  ctx.markChanged();
  const dto = itemDto(ctx, site, list, item, { kind: 'fields', select: null });
  return {
    status: 201,
    headers: {
      etag: dto.eTag,
      location: `${ctx.graphBaseUrl}/sites/${site.id}/lists/${list.id}/items/${item.id}`,
    },
    body: {
      '@odata.context': odataContext(
        ctx.graphBaseUrl,
        `sites('${site.id}')/lists('${list.id}')/items/$entity`,
      ),
      ...dto,
    },
  };
}

export function updateItemFields(ctx: RouteContext): RouteResult {
  const { site, list } = siteAndList(ctx, 'editListItems');
  const { index, item } = findItem(ctx, list);
  checkIfMatch(ctx, item);
  const changes = validatedFields(list, bodyObject(ctx), 'update');
  assertUniqueValues(ctx.state, list, changes, item.id);
  const history = recordVersion(list, item);
  const next: StoredListItem = {
    ...item,
    ...(history === undefined ? {} : { history }),
    fields: { ...item.fields, ...changes },
    version: item.version + 1,
    lastModifiedBy: ctx.caller.userId,
    lastModifiedDateTime: ctx.now().toISOString(),
  };
  ctx.state.items[index] = next;
  ctx.markChanged();
  return {
    status: 200,
    headers: { etag: itemETag(next) },
    body: {
      '@odata.context': odataContext(
        ctx.graphBaseUrl,
        `sites('${site.id}')/lists('${list.id}')/items('${next.id}')/fields/$entity`,
      ),
      ...fieldsDto(next, null),
    },
  };
}

export function deleteItem(ctx: RouteContext): RouteResult {
  const { list } = siteAndList(ctx, 'deleteListItems');
  const { index, item } = findItem(ctx, list);
  checkIfMatch(ctx, item);
  list.lastItemId = Math.max(list.lastItemId ?? 0, Number(item.id) || 0);
  ctx.state.items.splice(index, 1);
  ctx.markChanged();
  return { status: 204 };
}
