// SharePoint's permission model over the emulator's state: who a principal is, which role assignments apply to a
// user on a web or list, and the effective base permissions that follow (the union of the permission levels of every
// assignment to the user, an Entra group they are in — nested groups count — or a site group they are a member of).
// Site collection administrators hold every right everywhere, as SharePoint gives them
// (https://learn.microsoft.com/en-us/sharepoint/site-permissions: "site collection administrators have full control").
import type {
  EmulatorState,
  SpBasePermissions,
  StoredList,
  StoredRoleAssignment,
  StoredSite,
  StoredSitePrincipal,
} from '../../store';
import { emptyMask, fullMask, hasRight, unionOf } from './base-permissions';
import type { SpRight } from './base-permissions';

/** SharePoint's claim for a member user: `i:0#.f|membership|<upn>`. */
export const userClaimPrefix = 'i:0#.f|membership|';
/** An Entra security group: `c:0t.c|tenant|<object id>`. */
export const securityGroupClaimPrefix = 'c:0t.c|tenant|';
/** A Microsoft 365 group's members: `c:0o.c|federateddirectoryclaimprovider|<object id>`. */
export const m365GroupClaimPrefix = 'c:0o.c|federateddirectoryclaimprovider|';

export function userLoginName(upn: string): string {
  return `${userClaimPrefix}${upn.toLowerCase()}`;
}

/** The Entra groups `userId` is a member of, directly or through nested groups. */
export function transitiveGroupIds(state: EmulatorState, userId: string): Set<string> {
  const found = new Set<string>();
  let frontier = new Set<string>([userId]);
  while (frontier.size > 0) {
    const next = new Set<string>();
    for (const group of state.groups) {
      if (found.has(group.id)) continue;
      if (group.memberIds.some((member) => frontier.has(member))) {
        found.add(group.id);
        next.add(group.id);
      }
    }
    frontier = next;
  }
  return found;
}

/** The principal ids that stand for `userId` on `site`: the user, their Entra groups, and site groups holding either. */
export function principalIdsOf(
  state: EmulatorState,
  site: StoredSite,
  userId: string,
): Set<number> {
  const groups = transitiveGroupIds(state, userId);
  const direct = new Set<number>();
  for (const principal of site.security.principals) {
    if (principal.kind === 'user' && principal.userId === userId) direct.add(principal.id);
    if (principal.kind === 'entraGroup' && groups.has(principal.groupId)) direct.add(principal.id);
  }
  const all = new Set(direct);
  for (const principal of site.security.principals) {
    if (principal.kind === 'siteGroup' && principal.memberIds.some((id) => direct.has(id)))
      all.add(principal.id);
  }
  return all;
}

/** The role assignments in force on a list: its own once it stopped inheriting, otherwise the web's. */
export function assignmentsOf(site: StoredSite, list: StoredList | null): StoredRoleAssignment[] {
  return list?.roleAssignments ?? site.security.roleAssignments;
}

export function isSiteCollectionAdmin(
  state: EmulatorState,
  site: StoredSite,
  userId: string,
): boolean {
  return site.security.siteCollectionAdminIds.some((id) => {
    const principal = principalById(site, id);
    return principal?.kind === 'user' && principal.userId === userId;
  });
}

/** A user's effective base permissions on the web (`list` null) or on a list. */
export function effectivePermissions(
  state: EmulatorState,
  site: StoredSite,
  list: StoredList | null,
  userId: string,
): SpBasePermissions {
  if (isSiteCollectionAdmin(state, site, userId)) return { ...fullMask };
  const mine = principalIdsOf(state, site, userId);
  const masks = assignmentsOf(site, list)
    .filter((assignment) => mine.has(assignment.principalId))
    .flatMap((assignment) => assignment.roleDefinitionIds)
    .map(
      (id) =>
        site.security.roleDefinitions.find((definition) => definition.id === id)?.basePermissions ??
        emptyMask,
    );
  return unionOf(masks);
}

export function userHasRight(
  state: EmulatorState,
  site: StoredSite,
  list: StoredList | null,
  userId: string,
  right: SpRight,
): boolean {
  return hasRight(effectivePermissions(state, site, list, userId), right);
}

export function principalById(site: StoredSite, id: number): StoredSitePrincipal | undefined {
  return site.security.principals.find((principal) => principal.id === id);
}

/** The site's user principal for a directory user, added (as web/ensureuser does) when missing. */
export function ensureUserPrincipal(
  site: StoredSite,
  userId: string,
  upn: string,
): StoredSitePrincipal {
  const existing = site.security.principals.find(
    (principal) => principal.kind === 'user' && principal.userId === userId,
  );
  if (existing) return existing;
  const principal: StoredSitePrincipal = {
    id: site.security.nextPrincipalId++,
    kind: 'user',
    loginName: userLoginName(upn),
    userId,
  };
  site.security.principals.push(principal);
  return principal;
}

/** The site's principal for an Entra group, added when missing. */
export function ensureGroupPrincipal(
  site: StoredSite,
  groupId: string,
  loginName: string,
): StoredSitePrincipal {
  const existing = site.security.principals.find(
    (principal) => principal.kind === 'entraGroup' && principal.groupId === groupId,
  );
  if (existing) return existing;
  const principal: StoredSitePrincipal = {
    id: site.security.nextPrincipalId++,
    kind: 'entraGroup',
    loginName,
    groupId,
  };
  site.security.principals.push(principal);
  return principal;
}

/**
 * "Stop inheriting": the list gets role assignments of its own. With `copy`, the web's are copied; without, only the
 * caller keeps access, with Full Control ("If the value is false, the collection of role assignments must contain
 * only 1 role assignment containing the current user after the operation", SecurableObject.BreakRoleInheritance).
 * A list that already has unique assignments keeps them (SharePoint does nothing then).
 */
export function breakInheritance(
  site: StoredSite,
  list: StoredList,
  copy: boolean,
  caller: { userId: string; upn: string },
  fullControlId: number,
): void {
  if (list.roleAssignments !== undefined) return;
  if (copy) {
    list.roleAssignments = site.security.roleAssignments.map((assignment) => ({
      principalId: assignment.principalId,
      roleDefinitionIds: [...assignment.roleDefinitionIds],
    }));
    return;
  }
  const me = ensureUserPrincipal(site, caller.userId, caller.upn);
  list.roleAssignments = [{ principalId: me.id, roleDefinitionIds: [fullControlId] }];
}

/** Adds a permission level to a principal's role assignment on the object (creating the assignment). */
export function addRoleAssignment(
  assignments: StoredRoleAssignment[],
  principalId: number,
  roleDefinitionId: number,
): void {
  const existing = assignments.find((assignment) => assignment.principalId === principalId);
  if (!existing) {
    assignments.push({ principalId, roleDefinitionIds: [roleDefinitionId] });
    return;
  }
  if (!existing.roleDefinitionIds.includes(roleDefinitionId))
    existing.roleDefinitionIds.push(roleDefinitionId);
}

/** Removes one permission level from a principal; the assignment goes when it holds no level any more. */
export function removeRoleAssignment(
  assignments: StoredRoleAssignment[],
  principalId: number,
  roleDefinitionId: number,
): void {
  const index = assignments.findIndex((assignment) => assignment.principalId === principalId);
  const existing = assignments[index];
  if (!existing) return;
  existing.roleDefinitionIds = existing.roleDefinitionIds.filter((id) => id !== roleDefinitionId);
  if (existing.roleDefinitionIds.length === 0) assignments.splice(index, 1);
}

/** The site whose web URL path is `/sites/<name>` (case-insensitive). */
export function siteByName(state: EmulatorState, name: string): StoredSite | undefined {
  const wanted = name.toLowerCase();
  return state.sites.find(
    (site) =>
      new URL(site.webUrl).pathname.replace(/\/+$/, '').toLowerCase() === `/sites/${wanted}`,
  );
}
