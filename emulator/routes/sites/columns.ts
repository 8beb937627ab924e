// List columns: column definitions from a request body, list, create and update.
import { GraphHttpError } from '../../http';
import type { RouteContext, RouteResult } from '../../http';
import { odataContext } from '../../odata';
import { guidFrom } from '../../seed';
import type { StoredColumn, StoredList, StoredSite } from '../../store';
import { bodyObject, isRecord } from '../resource-helpers';
import { columnByName, invalid, notFound, siteAndList } from './resolution';
import { uniqueValueKey } from './field-validation';

const columnFacets = ['text', 'number', 'dateTime', 'boolean', 'choice'] as const;

/** A columnDefinition from a request body, with Graph's defaults filled in. */
export function columnFromBody(listId: string, input: unknown): StoredColumn {
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

export function getColumns(ctx: RouteContext): RouteResult {
  const { site, list } = siteAndList(ctx, 'viewListItems');
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

export function createColumn(ctx: RouteContext): RouteResult {
  // The scope (Sites.Manage.All) already says "may change structure"; SharePoint also wants Manage Lists on the list.
  const { site, list } = siteAndList(ctx, 'manageLists');
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
export function updateColumn(ctx: RouteContext): RouteResult {
  const { site, list } = siteAndList(ctx, 'manageLists');
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
