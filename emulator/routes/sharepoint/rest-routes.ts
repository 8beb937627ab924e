// SharePoint REST below `<site>/_api/`: the web, its lists (getByTitle, by id, MERGE), permission levels, users and
// groups. What PnPjs (@pnp/sp) sends for these is what is served; anything else is SharePoint's 404.
//   Lists: https://learn.microsoft.com/en-us/sharepoint/dev/sp-add-ins/working-with-lists-and-list-items-with-rest
//   Users, groups, roles: https://learn.microsoft.com/en-us/sharepoint/dev/sp-add-ins/users-groups-and-roles-rest-api-reference
import type { StoredList, StoredRoleDefinition } from '../../store';
import { isRecord, property } from '../resource-helpers';
import { listEntity, listNonDefaultProps, roleDefinitionEntity, webEntity } from './rest-entities';
import type { SpContext, SpResult } from './rest-context';
import { collection, entity, requireRight, requireScope } from './rest-context';
import { securableRoute } from './rest-security';
import {
  integerArg,
  selectProps,
  spArgumentError,
  spException,
  SpHttpError,
  spInvalidQuery,
  stringArg,
} from './rest-wire';
import type { SpEntity, SpSegment } from './rest-wire';
import { ensureRoute, siteGroupsRoute, siteUsersRoute } from './rest-principals';

export function spNotFound(what: string): SpHttpError {
  return new SpHttpError(
    404,
    '-1, Microsoft.SharePoint.Client.ResourceNotFoundException',
    `Cannot find resource for the request ${what}.`,
  );
}

function selected(ctx: SpContext, value: SpEntity, nonDefault: readonly string[] = []): SpEntity {
  const select = ctx.query.get('$select');
  const props =
    select === null
      ? Object.fromEntries(Object.entries(value.props).filter(([key]) => !nonDefault.includes(key)))
      : selectProps(value.props, select, value.type);
  return { ...value, props };
}

function findList(ctx: SpContext, segment: SpSegment): StoredList {
  const key = stringArg(segment.args);
  const lists = ctx.state.lists.filter((list) => list.siteId === ctx.site.id);
  if (segment.name === 'getbytitle') {
    const list = lists.find(
      (candidate) => candidate.displayName.toLowerCase() === key?.toLowerCase(),
    );
    if (!list)
      throw new SpHttpError(
        404,
        '-1, System.ArgumentException',
        `List '${key ?? ''}' does not exist at site with URL '${ctx.site.webUrl}'.`,
      );
    return list;
  }
  const list = lists.find((candidate) => candidate.id.toLowerCase() === key?.toLowerCase());
  if (!list) throw new SpHttpError(404, '-1, System.ArgumentException', 'List does not exist.');
  return list;
}

/** Properties a MERGE may set on a list, and the JSON type each takes. */
const listUpdatable: Readonly<Record<string, 'string' | 'boolean' | 'number'>> = {
  Title: 'string',
  Description: 'string',
  EnableVersioning: 'boolean',
  MajorVersionLimit: 'number',
};

function updateList(ctx: SpContext, list: StoredList): SpResult {
  requireScope(ctx, 'manage');
  requireRight(ctx, list, 'manageLists');
  if (!isRecord(ctx.body)) throw spInvalidQuery('The request body must be an SP.List object.');
  const changes: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(ctx.body)) {
    if (name === '__metadata') continue;
    const type = listUpdatable[name];
    if (type === undefined)
      throw spArgumentError(
        `The property '${name}' does not exist on type 'SP.List'. Make sure to only use property names that are defined by the type.`,
      );
    if (typeof value !== type)
      throw spInvalidQuery(`The value of property '${name}' must be of type ${type}.`);
    changes[name] = value;
  }
  const limit = changes.MajorVersionLimit;
  if (typeof limit === 'number' && (!Number.isInteger(limit) || limit < 1 || limit > 50000))
    throw spArgumentError('The major version limit must be a number from 1 to 50000.');
  if (typeof changes.Title === 'string') list.displayName = changes.Title;
  if (typeof changes.Description === 'string') list.description = changes.Description;
  if (typeof changes.EnableVersioning === 'boolean')
    list.enableVersioning = changes.EnableVersioning;
  if (typeof limit === 'number') list.majorVersionLimit = limit;
  list.lastModifiedDateTime = ctx.now().toISOString();
  ctx.markChanged();
  return { status: 204 };
}

function listRoute(ctx: SpContext, list: StoredList, rest: readonly SpSegment[]): SpResult | null {
  const uri = `${ctx.base}/_api/Web/Lists(guid'${list.id}')`;
  if (rest.length === 0) {
    if (ctx.method === 'MERGE') return updateList(ctx, list);
    if (ctx.method !== 'GET') return null;
    requireScope(ctx, 'read');
    requireRight(ctx, list, 'viewListItems');
    const items = ctx.state.items.filter((item) => item.listId === list.id).length;
    return entity(
      ctx,
      selected(ctx, listEntity(ctx.base, ctx.site, list, items), listNonDefaultProps),
    );
  }
  return securableRoute(ctx, { list, uri }, rest);
}

function roleDefinitionBy(ctx: SpContext, segment: SpSegment): StoredRoleDefinition {
  const definitions = ctx.site.security.roleDefinitions;
  let found: StoredRoleDefinition | undefined;
  if (segment.name === 'getbyname') {
    const name = stringArg(segment.args);
    found = definitions.find((definition) => definition.name.toLowerCase() === name?.toLowerCase());
  } else if (segment.name === 'getbytype') {
    const kind = integerArg(segment.args ?? undefined, 'roleType');
    found = definitions.find((definition) => definition.roleTypeKind === kind && kind !== 0);
  } else {
    const id = integerArg(segment.args ?? undefined, 'id');
    found = definitions.find((definition) => definition.id === id);
  }
  // SharePoint's answer for a level that is not there is not documented; an SPException names what was asked.
  if (!found)
    throw spException(
      `The permission level ${segment.name}(${segment.args ?? ''}) cannot be found.`,
    );
  return found;
}

function numberFrom(value: unknown, name: string): number {
  const number = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isInteger(number) || number < 0 || number > 0xffffffff)
    throw spInvalidQuery(`BasePermissions.${name} must be a 32-bit unsigned integer.`);
  return number;
}

function addRoleDefinition(ctx: SpContext): SpResult {
  requireScope(ctx, 'fullControl');
  requireRight(ctx, null, 'managePermissions');
  if (!isRecord(ctx.body)) throw spInvalidQuery('The request body must be an SP.RoleDefinition.');
  const name = property(ctx.body, 'Name');
  const base = property(ctx.body, 'BasePermissions');
  if (typeof name !== 'string' || name.trim() === '') throw spArgumentError('Name is required.');
  if (!isRecord(base)) throw spArgumentError('BasePermissions is required.');
  const security = ctx.site.security;
  if (
    security.roleDefinitions.some(
      (definition) => definition.name.toLowerCase() === name.toLowerCase(),
    )
  )
    throw spException(`A permission level with the name '${name}' already exists.`);
  const description = property(ctx.body, 'Description');
  const order = property(ctx.body, 'Order');
  const definition: StoredRoleDefinition = {
    id: security.nextRoleDefinitionId++,
    name,
    description: typeof description === 'string' ? description : '',
    roleTypeKind: 0,
    order: typeof order === 'number' ? order : 0,
    hidden: false,
    basePermissions: { high: numberFrom(base.High, 'High'), low: numberFrom(base.Low, 'Low') },
  };
  security.roleDefinitions.push(definition);
  ctx.markChanged();
  return entity(ctx, roleDefinitionEntity(ctx.base, definition), 201);
}

function roleDefinitionsRoute(ctx: SpContext, rest: readonly SpSegment[]): SpResult | null {
  if (rest.length === 0) {
    if (ctx.method === 'POST') return addRoleDefinition(ctx);
    if (ctx.method !== 'GET') return null;
    requireScope(ctx, 'read');
    return collection(
      ctx,
      ctx.site.security.roleDefinitions.map((definition) =>
        roleDefinitionEntity(ctx.base, definition),
      ),
      'SP.RoleDefinition',
    );
  }
  const [segment] = rest;
  if (rest.length !== 1 || segment === undefined || ctx.method !== 'GET') return null;
  requireScope(ctx, 'read');
  return entity(ctx, roleDefinitionEntity(ctx.base, roleDefinitionBy(ctx, segment)));
}

/** Routes `web/…`; null when the path names nothing the demo tenant serves. */
export function webRoute(ctx: SpContext, segments: readonly SpSegment[]): SpResult | null {
  const [web, first, ...rest] = segments;
  if (web?.name !== 'web' || web.args !== null) return null;
  if (first === undefined) {
    if (ctx.method !== 'GET') return null;
    requireScope(ctx, 'read');
    requireRight(ctx, null, 'open');
    return entity(ctx, selected(ctx, webEntity(ctx.base, ctx.site)));
  }
  if (first.name === 'lists') {
    requireRight(ctx, null, 'open');
    if (first.args !== null)
      return listRoute(ctx, findList(ctx, { name: 'id', args: first.args }), rest);
    const [by, ...below] = rest;
    if (by?.name === 'getbytitle' || by?.name === 'getbyid')
      return listRoute(ctx, findList(ctx, by), below);
    return null;
  }
  if (first.name === 'roledefinitions') {
    requireRight(ctx, null, 'open');
    return first.args === null
      ? roleDefinitionsRoute(ctx, rest)
      : roleDefinitionsRoute(ctx, [{ name: 'getbyid', args: first.args }, ...rest]);
  }
  return (
    ensureRoute(ctx, first, rest) ??
    siteUsersRoute(ctx, first, rest) ??
    siteGroupsRoute(ctx, first, rest) ??
    securableRoute(ctx, { list: null, uri: `${ctx.base}/_api/Web` }, [first, ...rest])
  );
}
