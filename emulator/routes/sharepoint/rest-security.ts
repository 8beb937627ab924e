// SharePoint REST on a securable object (the web or a list): role assignments, breaking and resetting inheritance,
// effective permissions. Changing permissions takes Manage Permissions on the object; reading them Enumerate
// Permissions (SecurableObject.BreakRoleInheritance: "The current user does not have the 'Manage Permissions'
// permission on this securable object" → UnauthorizedAccessException).
//   https://learn.microsoft.com/en-us/sharepoint/dev/sp-add-ins/set-custom-permissions-on-a-list-by-using-the-rest-interface
import type { StoredList, StoredRoleAssignment } from '../../store';
import { builtInRoleIds } from './base-permissions';
import { basePermissionsEntity, roleAssignmentEntity } from './rest-entities';
import type { SpContext, SpResult } from './rest-context';
import { collection, entity, noResult, requireRight, requireScope } from './rest-context';
import {
  booleanArg,
  integerArg,
  namedArgs,
  spArgumentError,
  spException,
  stringArg,
} from './rest-wire';
import type { SpSegment } from './rest-wire';
import {
  addRoleAssignment,
  breakInheritance,
  effectivePermissions,
  principalById,
  removeRoleAssignment,
  userClaimPrefix,
} from './security';

export type Securable = { list: StoredList | null; uri: string };

function assignmentsFor(ctx: SpContext, target: Securable): StoredRoleAssignment[] {
  return target.list?.roleAssignments ?? ctx.site.security.roleAssignments;
}

/** The assignments a write may change: a list that inherits has none of its own to change. */
function ownAssignments(ctx: SpContext, target: Securable): StoredRoleAssignment[] {
  if (target.list === null) return ctx.site.security.roleAssignments;
  if (target.list.roleAssignments === undefined)
    throw spException('This operation is not allowed on an object that inherits permissions.');
  return target.list.roleAssignments;
}

function expandOf(ctx: SpContext): Set<string> {
  return new Set(
    (ctx.query.get('$expand') ?? '')
      .split(',')
      .map((name) => name.trim().toLowerCase())
      .filter((name) => name !== ''),
  );
}

function principalAndRole(
  ctx: SpContext,
  args: string | null,
): { principalId: number; roleId: number } {
  const named = namedArgs(args);
  const principalId = integerArg(named.principalid, 'principalid');
  const roleId = integerArg(named.roledefid, 'roledefid');
  if (!principalById(ctx.site, principalId))
    throw spArgumentError(`Can not find the principal with id: ${principalId}.`);
  if (!ctx.site.security.roleDefinitions.some((definition) => definition.id === roleId))
    throw spArgumentError(`Can not find the role definition with id: ${roleId}.`);
  return { principalId, roleId };
}

/** Routes `…/roleassignments…`, `…/breakroleinheritance(…)`, `…/resetroleinheritance`, effective permissions. */
export function securableRoute(
  ctx: SpContext,
  target: Securable,
  rest: readonly SpSegment[],
): SpResult | null {
  const [first, second, ...more] = rest;
  if (first === undefined || more.length > 0) return null;
  if (first.name === 'roleassignments' && second === undefined && first.args === null) {
    if (ctx.method !== 'GET') return null;
    requireScope(ctx, 'read');
    requireRight(ctx, target.list, 'enumeratePermissions');
    const expand = expandOf(ctx);
    return collection(
      ctx,
      assignmentsFor(ctx, target).map((assignment) =>
        roleAssignmentEntity(ctx.base, target.uri, ctx.state, ctx.site, assignment, expand),
      ),
      'SP.RoleAssignment',
    );
  }
  // One principal's assignment: roleassignments/getbyprincipalid(n) or roleassignments(n); GET, or DELETE to remove
  // it ("sending a DELETE request to the role assignment endpoint", the REST permissions article).
  const byPrincipal =
    first.name === 'roleassignments' && first.args !== null && second === undefined
      ? first.args
      : first.name === 'roleassignments' && second?.name === 'getbyprincipalid'
        ? second.args
        : null;
  if (byPrincipal !== null) {
    const principalId = integerArg(byPrincipal, 'principalId');
    const assignment = assignmentsFor(ctx, target).find((a) => a.principalId === principalId);
    if (ctx.method === 'GET') {
      requireScope(ctx, 'read');
      requireRight(ctx, target.list, 'enumeratePermissions');
      if (!assignment) throw spArgumentError(`Can not find the principal with id: ${principalId}.`);
      return entity(
        ctx,
        roleAssignmentEntity(ctx.base, target.uri, ctx.state, ctx.site, assignment, expandOf(ctx)),
      );
    }
    if (ctx.method !== 'DELETE') return null;
    requireScope(ctx, 'fullControl');
    requireRight(ctx, target.list, 'managePermissions');
    const assignments = ownAssignments(ctx, target);
    const index = assignments.findIndex((a) => a.principalId === principalId);
    if (index >= 0) assignments.splice(index, 1);
    ctx.markChanged();
    return { status: 200 };
  }
  if (first.name === 'roleassignments' && second !== undefined) {
    if (first.args !== null) return null;
    if (ctx.method !== 'POST') return null;
    if (second.name !== 'addroleassignment' && second.name !== 'removeroleassignment') return null;
    requireScope(ctx, 'fullControl');
    requireRight(ctx, target.list, 'managePermissions');
    const { principalId, roleId } = principalAndRole(ctx, second.args);
    const assignments = ownAssignments(ctx, target);
    if (second.name === 'addroleassignment') addRoleAssignment(assignments, principalId, roleId);
    else removeRoleAssignment(assignments, principalId, roleId);
    ctx.markChanged();
    return noResult(
      ctx,
      second.name === 'addroleassignment' ? 'AddRoleAssignment' : 'RemoveRoleAssignment',
    );
  }
  if (second !== undefined) return null;
  if (first.name === 'breakroleinheritance' && ctx.method === 'POST') {
    requireScope(ctx, 'fullControl');
    const named = namedArgs(first.args);
    const copy = booleanArg(named.copyroleassignments, 'copyroleassignments');
    booleanArg(named.clearsubscopes ?? 'false', 'clearsubscopes');
    if (target.list === null)
      throw spException('This operation is not allowed on the root web of a site collection.');
    requireRight(ctx, target.list, 'managePermissions');
    breakInheritance(ctx.site, target.list, copy, ctx.caller, builtInRoleIds.fullControl);
    ctx.markChanged();
    return noResult(ctx, 'BreakRoleInheritance');
  }
  if (first.name === 'resetroleinheritance' && ctx.method === 'POST') {
    requireScope(ctx, 'fullControl');
    if (target.list === null)
      throw spException('This operation is not allowed on the root web of a site collection.');
    requireRight(ctx, target.list, 'managePermissions');
    delete target.list.roleAssignments;
    ctx.markChanged();
    return noResult(ctx, 'ResetRoleInheritance');
  }
  if (first.name === 'effectivebasepermissions' && ctx.method === 'GET') {
    requireScope(ctx, 'read');
    const mask = effectivePermissions(ctx.state, ctx.site, target.list, ctx.caller.userId);
    return entity(ctx, basePermissionsEntity(ctx.base, mask));
  }
  if (first.name === 'getusereffectivepermissions' && ctx.method === 'GET') {
    requireScope(ctx, 'read');
    requireRight(ctx, target.list, 'enumeratePermissions');
    const raw = first.args?.startsWith('@') ? ctx.query.get(first.args) : first.args;
    const loginName = stringArg(raw ?? null);
    if (loginName === null) throw spArgumentError('The user is missing.');
    const upn = loginName.toLowerCase().startsWith(userClaimPrefix)
      ? loginName.slice(userClaimPrefix.length)
      : loginName;
    const user = ctx.state.users.find(
      (candidate) =>
        candidate.deletedSeq === undefined &&
        candidate.userPrincipalName.toLowerCase() === upn.toLowerCase(),
    );
    if (!user) throw spException(`The user '${loginName}' does not exist.`);
    return entity(
      ctx,
      basePermissionsEntity(
        ctx.base,
        effectivePermissions(ctx.state, ctx.site, target.list, user.id),
      ),
    );
  }
  return null;
}
