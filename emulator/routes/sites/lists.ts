// Lists: list, get and create (with their columns).
import { GraphHttpError } from '../../http';
import type { RouteContext, RouteResult } from '../../http';
import { evaluateFilter, odataContext, paginate, parseFilterParam } from '../../odata';
import { guidFrom } from '../../seed';
import type { StoredList } from '../../store';
import { bodyObject, isRecord, property } from '../resource-helpers';
import { columnFromBody } from './columns';
import { accessDenied, callerHasListRight, invalid, resolveSite, siteAndList } from './resolution';
import { listDto, wantsColumns } from './dtos';

export function getLists(ctx: RouteContext): RouteResult {
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
        // SharePoint trims the lists collection to what the caller may see.
        callerHasListRight(ctx, site, list, 'viewListItems'),
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

export function getList(ctx: RouteContext): RouteResult {
  const { site, list } = siteAndList(ctx, 'viewListItems');
  return {
    status: 200,
    body: {
      '@odata.context': odataContext(ctx.graphBaseUrl, `sites('${site.id}')/lists/$entity`),
      ...listDto(ctx, site, list, wantsColumns(ctx.query)),
    },
  };
}

export function createList(ctx: RouteContext): RouteResult {
  const site = resolveSite(ctx);
  // Creating a list takes Manage Lists on the web (Edit and above), whatever the token's scope.
  if (!callerHasListRight(ctx, site, null, 'manageLists')) throw accessDenied();
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
