// SharePoint through Graph: sites, lists (with columns and permissions), list items with fields, $filter, paging, eTags.
import { GraphHttpError } from '../http';
import { assertUnderListViewThreshold } from '../list-view-threshold';
import type { Route, RouteContext, RouteResult } from '../http';
import {
  applySelect,
  evaluateFilter,
  filterProperties,
  odataContext,
  paginate,
  parseFilterParam,
  parseSelect,
} from '../odata';
import { guidFrom, permissionIdFor } from '../seed';
import type {
  EmulatorState,
  ListRole,
  StoredColumn,
  StoredList,
  StoredListItem,
  StoredListPermission,
  StoredSite,
} from '../store';
import { bodyObject, findUser, findUserByAddress, isRecord, property } from './resource-helpers';
// ---------- site permissions (Sites.Selected): see ./site-permissions.ts ----------
import {
  createSitePermission,
  deleteSitePermission,
  getSitePermission,
  listSitePermissions,
  requireSelectedSiteAccess,
  sitePermissionScopes,
  updateSitePermission,
} from './site-permissions';
// ---------- end site permissions ----------

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

export const defaultItemPageSize = 200;
export const maxItemPageSize = 5000;
const honorNonIndexedPreference = 'HonorNonIndexedQueriesWarningMayFailRandomly';

// ---------- resolution ----------

function notFound(what: string): GraphHttpError {
  return new GraphHttpError(404, 'itemNotFound', `${what} not found`);
}

// ---------- site permissions (Sites.Selected) ----------
/** The addressed site, once a caller with only Sites.Selected is known to hold a grant on it for this request. */
function resolveSite(ctx: RouteContext): StoredSite {
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

function resolveList(ctx: RouteContext, site: StoredSite): StoredList {
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

function requireAccess(ctx: RouteContext, list: StoredList, needed: Exclude<Access, 'none'>): void {
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

function siteAndList(
  ctx: RouteContext,
  needed: Exclude<Access, 'none'>,
): { site: StoredSite; list: StoredList } {
  const site = resolveSite(ctx);
  const list = resolveList(ctx, site);
  requireAccess(ctx, list, needed);
  return { site, list };
}

// ---------- DTOs ----------

function siteDto(site: StoredSite) {
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

function listDto(ctx: RouteContext, site: StoredSite, list: StoredList, withColumns: boolean) {
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

/** SharePoint's item eTag: `"{unique id},{version}"`, quotes included. */
export function itemETag(item: StoredListItem): string {
  return `"${guidFrom(`item:${item.listId}:${item.id}:${item.createdDateTime}`)},${item.version}"`;
}

function identity(state: EmulatorState, userId: string) {
  const user = findUser(state, userId);
  return { user: { id: userId, displayName: user?.displayName ?? '', email: user?.mail ?? '' } };
}

function fieldsDto(item: StoredListItem, selectParam: string | null) {
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

function itemDto(
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

function wantsColumns(query: URLSearchParams): boolean {
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

// ---------- field validation ----------

function columnByName(list: StoredList, name: string): StoredColumn | undefined {
  return list.columns.find((column) => column.name === name);
}

function invalid(message: string): GraphHttpError {
  return new GraphHttpError(400, 'invalidRequest', message);
}

/** SharePoint stores dateTime fields in UTC without fractions: "2026-11-30T08:00:00Z". */
function normaliseDateTime(value: string, name: string): string {
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime()) || !/^\d{4}-\d{2}-\d{2}/.test(value))
    throw invalid(`The value '${value}' of field '${name}' is not a valid date and time.`);
  return instant.toISOString().replace(/\.\d+Z$/, 'Z');
}

/** What a multi-line plain-text column holds at most, whatever its `maxLength`. */
export const multiLineTextMaxLength = 63_999;

function fieldValue(column: StoredColumn, value: unknown): unknown {
  const name = column.name;
  if (value === null || value === '') {
    if (column.required === true) throw invalid(`Field '${name}' is required.`);
    return null;
  }
  if (isRecord(column.text)) {
    if (typeof value !== 'string') throw invalid(`The value of field '${name}' must be text.`);
    // textColumn.maxLength applies to a single line of text (at most 255); SharePoint ignores it for multiple lines
    // of text, which hold up to 63,999 characters in a plain-text column whatever the definition says
    // (https://learn.microsoft.com/graph/api/resources/textcolumn).
    const maxLength =
      column.text.allowMultipleLines === true
        ? multiLineTextMaxLength
        : typeof column.text.maxLength === 'number'
          ? column.text.maxLength
          : 255;
    if (value.length > maxLength)
      throw invalid(
        `The value of field '${name}' exceeds the maximum length of ${maxLength} characters.`,
      );
    if (column.text.allowMultipleLines !== true && /[\r\n]/.test(value))
      throw invalid(`Field '${name}' is a single line of text.`);
    return value;
  }
  if (isRecord(column.choice)) {
    const choices = Array.isArray(column.choice.choices)
      ? (column.choice.choices as unknown[])
      : [];
    if (
      typeof value !== 'string' ||
      (column.choice.allowTextEntry !== true && !choices.includes(value))
    ) {
      throw invalid(
        `The value ${JSON.stringify(value)} is not one of the choices of field '${name}'.`,
      );
    }
    return value;
  }
  if (isRecord(column.number)) {
    const number =
      typeof value === 'number'
        ? value
        : typeof value === 'string' && value.trim() !== ''
          ? Number(value)
          : Number.NaN;
    if (!Number.isFinite(number))
      throw invalid(`The value ${JSON.stringify(value)} of field '${name}' is not a number.`);
    return number;
  }
  if (isRecord(column.boolean)) {
    if (typeof value !== 'boolean')
      throw invalid(`The value of field '${name}' must be true or false.`);
    return value;
  }
  if (isRecord(column.dateTime)) {
    if (typeof value !== 'string')
      throw invalid(`The value of field '${name}' must be a date and time.`);
    return normaliseDateTime(value, name);
  }
  return value;
}

const readOnlyFieldNames = new Set([
  'id',
  'ID',
  'ContentType',
  'Created',
  'Modified',
  'Author',
  'Editor',
  '_UIVersionString',
  'Attachments',
  '@odata.etag',
]);

/** Validated field values for a write; `mode: 'create'` also checks required columns. */
export function validatedFields(
  list: StoredList,
  input: unknown,
  mode: 'create' | 'update',
): Record<string, unknown> {
  if (!isRecord(input)) throw invalid("The request body must contain a 'fields' object.");
  const result: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(input)) {
    if (name.startsWith('@odata.')) continue;
    const column = columnByName(list, name);
    if (!column) {
      if (readOnlyFieldNames.has(name)) throw invalid(`Field '${name}' is read-only.`);
      throw invalid(`Field '${name}' is not recognized`);
    }
    if (column.readOnly === true) throw invalid(`Field '${name}' is read-only.`);
    result[name] = fieldValue(column, value);
  }
  if (mode === 'create') {
    for (const column of list.columns) {
      if (
        column.required === true &&
        (result[column.name] === undefined || result[column.name] === null)
      )
        throw invalid(`Field '${column.name}' is required.`);
    }
  }
  return result;
}

/**
 * What `enforceUniqueValues` compares: text ignoring case, as SharePoint does; empty values never clash (null).
 * @example uniqueValueKey('REQ-1') === uniqueValueKey('req-1') // true
 */
function uniqueValueKey(value: unknown): unknown {
  if (value === null || value === undefined || value === '') return null;
  return typeof value === 'string' ? value.toLowerCase() : value;
}

/**
 * Refuses a write that would give two items of the list the same value in a column with `enforceUniqueValues`
 * (compared as SharePoint does for text: ignoring case). SharePoint's own message (SPDuplicateValuesFoundException);
 * Graph's status for it is not documented, so the demo tenant takes the safe side: 409 Conflict, which a caller must
 * handle (the callback store looks the request up by its RequestId then).
 */
function assertUniqueValues(
  state: EmulatorState,
  list: StoredList,
  fields: Record<string, unknown>,
  itemId: string | null,
): void {
  const duplicates = list.columns.filter((column) => {
    if (column.enforceUniqueValues !== true) return false;
    const key = uniqueValueKey(fields[column.name]);
    if (key === null) return false;
    return state.items.some(
      (item) =>
        item.listId === list.id &&
        item.id !== itemId &&
        uniqueValueKey(item.fields[column.name]) === key,
    );
  });
  if (duplicates.length > 0)
    throw new GraphHttpError(
      409,
      'nameAlreadyExists',
      `The list item could not be added or updated because duplicate values were found in the following field(s) in the list: ${duplicates.map((column) => `[${column.name}]`).join(', ')}.`,
    );
}

// ---------- eTags ----------

function normaliseETag(tag: string): string {
  return tag
    .trim()
    .replace(/^W\//, '')
    .replace(/^"+|"+$/g, '');
}

/** 412 when If-Match names another version; `*` and an absent header always match. */
function checkIfMatch(ctx: RouteContext, item: StoredListItem): void {
  const header = ctx.headers['if-match'];
  if (header === undefined || header.trim() === '*') return;
  const current = itemETag(item);
  if (normaliseETag(header) !== normaliseETag(current)) {
    throw new GraphHttpError(
      412,
      'preconditionFailed',
      `The request ETag value '${header}' does not match the object's ETag value '${current}'.`,
    );
  }
}

// ---------- handlers: sites ----------

function getSite(ctx: RouteContext): RouteResult {
  if (ctx.params.siteId?.toLowerCase() === 'root') return getRootSite(ctx);
  const site = resolveSite(ctx);
  return {
    status: 200,
    body: {
      '@odata.context': odataContext(ctx.graphBaseUrl, 'sites/$entity'),
      ...applySelect(siteDto(site), ctx.query.get('$select')),
    },
  };
}

function getRootSite(ctx: RouteContext): RouteResult {
  const host = ctx.state.sites[0]?.id.split(',')[0] ?? 'localhost';
  return {
    status: 200,
    body: {
      '@odata.context': odataContext(ctx.graphBaseUrl, 'sites/$entity'),
      id: `${host},${guidFrom(`root-collection:${host}`)},${guidFrom(`root-web:${host}`)}`,
      name: '',
      displayName: 'Communicatiesite',
      description: '',
      webUrl: `https://${host}`,
      createdDateTime: ctx.state.sites[0]?.createdDateTime ?? ctx.now().toISOString(),
      root: {},
      siteCollection: { hostname: host },
    },
  };
}

// ---------- handlers: lists and columns ----------

function getLists(ctx: RouteContext): RouteResult {
  const site = resolveSite(ctx);
  const withColumns = wantsColumns(ctx.query);
  const filter = parseFilterParam(
    ctx.query.get('$filter') ?? ctx.query.get('filter'),
    'invalidRequest',
  );
  const visible = ctx.state.lists
    .filter(
      (list) =>
        list.siteId === site.id &&
        listAccessFor(list, ctx.caller.userId, ctx.caller.groupIds) !== 'none',
    )
    .map((list) => listDto(ctx, site, list, withColumns))
    .filter(
      (dto) => !filter || evaluateFilter(filter, (path) => (dto as Record<string, unknown>)[path]),
    );
  const { page, nextLink } = paginate({
    items: visible,
    query: ctx.query,
    graphBaseUrl: ctx.graphBaseUrl,
    path: `/sites/${site.id}/lists`,
    maxTop: 5000,
    defaultTop: 200,
    errorCode: 'invalidRequest',
  });
  return {
    status: 200,
    body: {
      '@odata.context': odataContext(ctx.graphBaseUrl, `sites('${site.id}')/lists`),
      value: page,
      ...(nextLink ? { '@odata.nextLink': nextLink } : {}),
    },
  };
}

function getList(ctx: RouteContext): RouteResult {
  const { site, list } = siteAndList(ctx, 'read');
  return {
    status: 200,
    body: {
      '@odata.context': odataContext(ctx.graphBaseUrl, `sites('${site.id}')/lists/$entity`),
      ...listDto(ctx, site, list, wantsColumns(ctx.query)),
    },
  };
}

const columnFacets = ['text', 'number', 'dateTime', 'boolean', 'choice'] as const;

/** A columnDefinition from a request body, with Graph's defaults filled in. */
function columnFromBody(listId: string, input: unknown): StoredColumn {
  if (!isRecord(input)) throw invalid('A column definition must be an object.');
  const name = input.name;
  if (typeof name !== 'string' || !/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name))
    throw invalid(`The column name '${String(name)}' is not valid.`);
  const facets = columnFacets.filter((facet) => input[facet] !== undefined);
  if (facets.length !== 1)
    throw invalid(
      `Column '${name}' must have exactly one type facet (text, number, dateTime, boolean or choice).`,
    );
  const facet = facets[0] as (typeof columnFacets)[number];
  const given = isRecord(input[facet]) ? input[facet] : {};
  const facetValue: Record<string, unknown> =
    facet === 'text'
      ? {
          allowMultipleLines: false,
          appendChangesToExistingText: false,
          linesForEditing: 0,
          maxLength: 255,
          ...given,
        }
      : facet === 'choice'
        ? {
            allowTextEntry: false,
            displayAs: 'dropDownMenu',
            ...given,
            choices: Array.isArray(given.choices) ? given.choices.map(String) : [],
          }
        : facet === 'dateTime'
          ? { displayAs: 'default', format: 'dateTime', ...given }
          : facet === 'number'
            ? { decimalPlaces: 'automatic', displayAs: 'number', ...given }
            : { ...given };
  // columnDefinition: "enforceUniqueValues: If true, no two list items may have the same value for this column"; SharePoint
  // enforces it through the column's index, so it refuses uniqueness on a column that is not indexed.
  if (input.enforceUniqueValues === true && input.indexed !== true)
    throw invalid(`Column '${name}' must be indexed to enforce unique values.`);
  return {
    id: guidFrom(`column:${listId}:${name}`),
    name,
    displayName: typeof input.displayName === 'string' ? input.displayName : name,
    description: typeof input.description === 'string' ? input.description : '',
    columnGroup: 'Custom Columns',
    enforceUniqueValues: input.enforceUniqueValues === true,
    hidden: input.hidden === true,
    indexed: input.indexed === true,
    readOnly: false,
    required: input.required === true,
    [facet]: facetValue,
  };
}

function createList(ctx: RouteContext): RouteResult {
  const site = resolveSite(ctx);
  const body = bodyObject(ctx);
  const displayName = property(body, 'displayName');
  if (typeof displayName !== 'string' || displayName.trim() === '')
    throw invalid("The list's displayName is required.");
  const listFacet = property(body, 'list');
  const template =
    isRecord(listFacet) && typeof listFacet.template === 'string'
      ? listFacet.template
      : 'genericList';
  if (template !== 'genericList')
    throw invalid(
      `List template '${template}' is not supported by the emulator; use 'genericList'.`,
    );
  const name = displayName.replace(/[^A-Za-z0-9]/g, '');
  if (
    ctx.state.lists.some(
      (list) =>
        list.siteId === site.id &&
        (list.name.toLowerCase() === name.toLowerCase() ||
          list.displayName.toLowerCase() === displayName.toLowerCase()),
    )
  ) {
    throw new GraphHttpError(
      409,
      'nameAlreadyExists',
      'A list, survey, discussion board, or document library with the specified title already exists in this Web site.',
    );
  }
  const now = ctx.now().toISOString();
  const id = guidFrom(`list:${site.id}:${name}:${now}`);
  const requested = property(body, 'columns');
  if (requested !== undefined && !Array.isArray(requested))
    throw invalid('columns must be a collection.');
  const columns = (requested ?? []).map((column: unknown) => columnFromBody(id, column));
  // The genericList template brings its own Title column ("Create a SharePoint list",
  // https://learn.microsoft.com/graph/api/list-create: the template's columns come with the list). A second Title in the
  // request is a duplicate column name; what SharePoint answers then is not documented, so the demo tenant takes the
  // safe side and refuses, as it refuses a second column of the same name later. Change Title with PATCH …/columns/{id}.
  for (const column of columns) {
    if (column.name.toLowerCase() === 'title')
      throw new GraphHttpError(
        409,
        'nameAlreadyExists',
        "A column named 'Title' already exists in this list: the genericList template brings it. Change it with PATCH …/columns/{column-id}.",
      );
  }
  columns.unshift(
    columnFromBody(id, {
      name: 'Title',
      displayName: 'Title',
      required: true,
      indexed: false,
      text: { maxLength: 255 },
    }),
  );
  if (new Set(columns.map((column) => column.name.toLowerCase())).size !== columns.length)
    throw new GraphHttpError(409, 'nameAlreadyExists', 'Column names must be unique.');
  const list: StoredList = {
    id,
    siteId: site.id,
    name,
    displayName,
    description:
      typeof property(body, 'description') === 'string'
        ? (property(body, 'description') as string)
        : '',
    createdDateTime: now,
    lastModifiedDateTime: now,
    columns,
    permissions: [],
    createdBy: ctx.caller.userId,
  };
  ctx.state.lists.push(list);
  ctx.markChanged();
  return {
    status: 201,
    body: {
      '@odata.context': odataContext(ctx.graphBaseUrl, `sites('${site.id}')/lists/$entity`),
      ...listDto(ctx, site, list, true),
    },
  };
}

function getColumns(ctx: RouteContext): RouteResult {
  const { site, list } = siteAndList(ctx, 'read');
  return {
    status: 200,
    body: {
      '@odata.context': odataContext(
        ctx.graphBaseUrl,
        `sites('${site.id}')/lists('${list.id}')/columns`,
      ),
      value: list.columns.map((column) => ({ ...column })),
    },
  };
}

function createColumn(ctx: RouteContext): RouteResult {
  // The scope (Sites.Manage.All) already says "may change structure"; the list must also let the caller write.
  const { site, list } = siteAndList(ctx, 'write');
  const column = columnFromBody(list.id, bodyObject(ctx));
  if (columnByName(list, column.name))
    throw new GraphHttpError(
      409,
      'nameAlreadyExists',
      `A column named '${column.name}' already exists in this list.`,
    );
  list.columns.push(column);
  return columnChanged(ctx, site, list, column, 201);
}

/** Marks the list changed and answers the column as Graph's columnDefinition entity. */
function columnChanged(
  ctx: RouteContext,
  site: StoredSite,
  list: StoredList,
  column: StoredColumn,
  status: 200 | 201,
): RouteResult {
  list.lastModifiedDateTime = ctx.now().toISOString();
  ctx.markChanged();
  return {
    status,
    body: {
      '@odata.context': odataContext(
        ctx.graphBaseUrl,
        `sites('${site.id}')/lists('${list.id}')/columns/$entity`,
      ),
      ...column,
    },
  };
}

const patchableColumnProperties = [
  'displayName',
  'description',
  'required',
  'indexed',
  'enforceUniqueValues',
  'hidden',
  ...columnFacets,
] as const;

/** "Update columnDefinition": PATCH …/columns/{column-id} changes the given properties; the name and type stay. */
function updateColumn(ctx: RouteContext): RouteResult {
  const { site, list } = siteAndList(ctx, 'write');
  const key = (ctx.params.columnId ?? '').toLowerCase();
  const index = list.columns.findIndex(
    (column) => column.id.toLowerCase() === key || column.name.toLowerCase() === key,
  );
  const column = list.columns[index];
  if (!column) throw notFound('Column');
  const body = bodyObject(ctx);
  if (!isRecord(body)) throw invalid('The request body must be a columnDefinition.');
  const next: StoredColumn = { ...column };
  for (const [name, value] of Object.entries(body)) {
    if (name.startsWith('@odata.')) continue;
    if (name === 'name' || name === 'id') {
      if (value !== column[name]) throw invalid(`The column's ${name} cannot be changed.`);
      continue;
    }
    if (!(patchableColumnProperties as readonly string[]).includes(name))
      throw invalid(`Property '${name}' of a columnDefinition cannot be changed.`);
    if ((columnFacets as readonly string[]).includes(name)) {
      if (!isRecord(column[name]))
        throw invalid(`Column '${column.name}' is not of type ${name}; its type cannot change.`);
      if (!isRecord(value)) throw invalid(`${name} must be an object.`);
      next[name] = { ...column[name], ...value };
      continue;
    }
    next[name] = value;
  }
  if (next.enforceUniqueValues === true) {
    if (next.indexed !== true)
      throw invalid(`Column '${column.name}' must be indexed to enforce unique values.`);
    const seen = new Set<unknown>();
    for (const item of ctx.state.items) {
      if (item.listId !== list.id) continue;
      const value = uniqueValueKey(item.fields[column.name]);
      if (value === null) continue;
      if (seen.has(value))
        throw new GraphHttpError(
          409,
          'nameAlreadyExists',
          `Column '${column.name}' cannot enforce unique values: the list already has duplicate values in it.`,
        );
      seen.add(value);
    }
  }
  list.columns[index] = next;
  return columnChanged(ctx, site, list, next, 200);
}

// ---------- handlers: items ----------

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

function getItems(ctx: RouteContext): RouteResult {
  const { site, list } = siteAndList(ctx, 'read');
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

function getItem(ctx: RouteContext): RouteResult {
  const { site, list } = siteAndList(ctx, 'read');
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

function getItemFields(ctx: RouteContext): RouteResult {
  const { site, list } = siteAndList(ctx, 'read');
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

function createItem(ctx: RouteContext): RouteResult {
  const { site, list } = siteAndList(ctx, 'write');
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

function updateItemFields(ctx: RouteContext): RouteResult {
  const { site, list } = siteAndList(ctx, 'write');
  const { index, item } = findItem(ctx, list);
  checkIfMatch(ctx, item);
  const changes = validatedFields(list, bodyObject(ctx), 'update');
  assertUniqueValues(ctx.state, list, changes, item.id);
  const next: StoredListItem = {
    ...item,
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

function deleteItem(ctx: RouteContext): RouteResult {
  const { list } = siteAndList(ctx, 'write');
  const { index, item } = findItem(ctx, list);
  checkIfMatch(ctx, item);
  list.lastItemId = Math.max(list.lastItemId ?? 0, Number(item.id) || 0);
  ctx.state.items.splice(index, 1);
  ctx.markChanged();
  return { status: 204 };
}

// ---------- handlers: permissions ----------

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

function getPermissions(ctx: RouteContext): RouteResult {
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

function createPermission(ctx: RouteContext): RouteResult {
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

function deletePermission(ctx: RouteContext): RouteResult {
  const { list } = siteAndListForPermissions(ctx);
  const index = list.permissions.findIndex(
    (permission) => permission.id === ctx.params.permissionId,
  );
  if (index < 0) throw notFound('Permission');
  list.permissions.splice(index, 1);
  ctx.markChanged();
  return { status: 204 };
}

// ---------- routes ----------

/** Every list route is served under both site addressings: `/sites/{id}` and `/sites/{hostname}:/sites/{name}:`. */
const siteRoots = ['/sites/:siteId', '/sites/:siteHost/sites/:siteName'] as const;

function underEverySite(
  suffix: string,
  method: Route['method'],
  anyOfScopes: readonly string[],
  handler: Route['handler'],
): Route[] {
  return siteRoots.map((root) => ({ method, pattern: `${root}${suffix}`, anyOfScopes, handler }));
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
  { method: 'GET', pattern: '/sites/root', anyOfScopes: readScopes, handler: getRootSite },
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
  ...underEverySite('/lists/:listId/permissions', 'GET', readScopes, getPermissions),
  ...underEverySite('/lists/:listId/permissions', 'POST', writeScopes, createPermission),
  ...underEverySite(
    '/lists/:listId/permissions/:permissionId',
    'DELETE',
    writeScopes,
    deletePermission,
  ),
];
