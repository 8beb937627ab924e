// What sites, lists and list items look like on the wire, and the $expand they accept.
import { GraphHttpError } from '../../http';
import type { RouteContext } from '../../http';
import { applySelect, odataContext, parseSelect } from '../../odata';
import type { EmulatorState, StoredList, StoredListItem, StoredSite } from '../../store';
import { findUser } from '../resource-helpers';
import { itemETag } from './etags';

export function siteDto(site: StoredSite) {
  const [hostname] = site.id.split(',');
  return {
    id: site.id,
    name: site.name,
    displayName: site.displayName,
    description: '',
    webUrl: site.webUrl,
    createdDateTime: site.createdDateTime,
    lastModifiedDateTime: site.createdDateTime,
    siteCollection: { hostname },
  };
}

function listWebUrl(site: StoredSite, list: StoredList): string {
  return `${site.webUrl}/Lists/${list.name}`;
}

export function listDto(
  ctx: RouteContext,
  site: StoredSite,
  list: StoredList,
  withColumns: boolean,
) {
  const eTag = `"${list.id},${list.columns.length}"`;
  return {
    '@odata.etag': eTag,
    id: list.id,
    eTag,
    name: list.name,
    displayName: list.displayName,
    description: list.description,
    createdDateTime: list.createdDateTime,
    ...(list.createdBy ? { createdBy: identity(ctx.state, list.createdBy) } : {}),
    lastModifiedDateTime: list.lastModifiedDateTime,
    ...(list.createdBy ? { lastModifiedBy: identity(ctx.state, list.createdBy) } : {}),
    webUrl: listWebUrl(site, list),
    parentReference: { siteId: site.id },
    list: { contentTypesEnabled: false, hidden: false, template: 'genericList' },
    ...(withColumns
      ? {
          'columns@odata.context': odataContext(
            ctx.graphBaseUrl,
            `sites('${site.id}')/lists('${list.id}')/columns`,
          ),
          columns: list.columns.map((column) => ({ ...column })),
        }
      : {}),
  };
}

function identity(state: EmulatorState, userId: string) {
  const user = findUser(state, userId);
  // Written with an app-only token: SharePoint names the application (Graph's identitySet.application).
  const app = user
    ? undefined
    : state.appRegistrations?.find((candidate) => candidate.servicePrincipalId === userId);
  if (app) return { application: { id: app.appId, displayName: app.displayName } };
  return { user: { id: userId, displayName: user?.displayName ?? '', email: user?.mail ?? '' } };
}

export function fieldsDto(item: StoredListItem, selectParam: string | null) {
  const all: Record<string, unknown> = {
    '@odata.etag': itemETag(item),
    id: item.id,
    ...item.fields,
    ContentType: 'Item',
    Created: item.createdDateTime.replace(/\.\d+Z$/, 'Z'),
    Modified: item.lastModifiedDateTime.replace(/\.\d+Z$/, 'Z'),
    _UIVersionString: `${item.version}.0`,
    Attachments: false,
  };
  if (!parseSelect(selectParam)) return all;
  return applySelect(all, selectParam, { alwaysInclude: ['@odata.etag'] });
}

export function itemDto(
  ctx: RouteContext,
  site: StoredSite,
  list: StoredList,
  item: StoredListItem,
  expand: ExpandFields,
) {
  const eTag = itemETag(item);
  return {
    '@odata.etag': eTag,
    id: item.id,
    eTag,
    createdDateTime: item.createdDateTime,
    lastModifiedDateTime: item.lastModifiedDateTime,
    webUrl: `${listWebUrl(site, list)}/DispForm.aspx?ID=${item.id}`,
    createdBy: identity(ctx.state, item.createdBy),
    lastModifiedBy: identity(ctx.state, item.lastModifiedBy),
    parentReference: { id: list.id, siteId: site.id },
    contentType: { id: '0x0100', name: 'Item' },
    ...(expand.kind === 'fields'
      ? {
          'fields@odata.context': odataContext(
            ctx.graphBaseUrl,
            `sites('${site.id}')/lists('${list.id}')/items('${item.id}')/fields/$entity`,
          ),
          fields: fieldsDto(item, expand.select),
        }
      : {}),
  };
}

type ExpandFields = { kind: 'none' } | { kind: 'fields'; select: string | null };

/** Reads `expand=fields(select=A,B)` / `$expand=fields($select=A,B)`; other expansions are a 400 as in Graph. */
export function parseExpandFields(query: URLSearchParams): ExpandFields {
  const raw = query.get('$expand') ?? query.get('expand');
  if (raw === null || raw.trim() === '') return { kind: 'none' };
  const match = /^\s*fields\s*(?:\(\s*\$?select\s*=\s*([^)]*)\))?\s*$/i.exec(raw);
  if (!match)
    throw new GraphHttpError(
      400,
      'invalidRequest',
      `Parsing OData Select and Expand failed: Could not find a property named '${raw}' on type 'microsoft.graph.listItem'.`,
    );
  return { kind: 'fields', select: match[1]?.trim() || null };
}

export function wantsColumns(query: URLSearchParams): boolean {
  const raw = query.get('$expand') ?? query.get('expand');
  if (raw === null) return false;
  if (!/^\s*columns\s*(\(.*\))?\s*$/i.test(raw)) {
    throw new GraphHttpError(
      400,
      'invalidRequest',
      `Parsing OData Select and Expand failed: Could not find a property named '${raw}' on type 'microsoft.graph.list'.`,
    );
  }
  return true;
}
