// Which of the app's roles a user has, from the claims in their token.
import type { RoleGroupIds } from '../../config/app-config';

export type Role = 'agent' | 'teamLeader' | 'employee' | 'coordinator';

/** Display order: the most specific job first. */
export const allRoles: readonly Role[] = ['agent', 'teamLeader', 'coordinator', 'employee'];

/** App role values defined in the Entra app registration (the token's `roles` claim). */
export const appRoleValues: Readonly<Record<Exclude<Role, 'employee'>, string>> = {
  agent: 'Bereikbaar.Agent',
  teamLeader: 'Bereikbaar.TeamLeader',
  coordinator: 'Bereikbaar.Coordinator',
};

export type RoleClaims = {
  roles?: unknown;
  groups?: unknown;
  /** With a groups overage: `{ groups: 'src1' }` instead of the groups claim. */
  _claim_names?: unknown;
  /** The implicit flow's overage indication. */
  hasgroups?: unknown;
};

function stringsOf(claim: unknown): string[] {
  return Array.isArray(claim)
    ? claim.filter((value): value is string => typeof value === 'string')
    : [];
}

/**
 * Roles granted by app roles or by membership of a configured group; every signed-in user is an employee.
 * @example rolesFromClaims({ roles: ['Bereikbaar.Agent'] }, noGroups) // → ['agent', 'employee']
 */
export function rolesFromClaims(claims: RoleClaims, roleGroupIds: RoleGroupIds): Role[] {
  const appRoles = new Set(stringsOf(claims.roles).map((value) => value.toLowerCase()));
  const groups = new Set(stringsOf(claims.groups).map((value) => value.toLowerCase()));
  const granted = new Set<Role>(['employee']);
  for (const role of ['agent', 'teamLeader', 'coordinator'] as const) {
    const groupId = roleGroupIds[role];
    if (
      appRoles.has(appRoleValues[role].toLowerCase()) ||
      (groupId !== undefined && groups.has(groupId.toLowerCase()))
    ) {
      granted.add(role);
    }
  }
  return allRoles.filter((role) => granted.has(role));
}

/**
 * Entra ID leaves the groups claim out when a user is in more groups than fit in a token (over 200 in a JWT) and
 * says so with `_claim_names.groups` (or `hasgroups` in the implicit flow): membership must then be asked of Graph.
 * https://learn.microsoft.com/en-us/entra/identity-platform/access-token-claims-reference#groups-overage-claim
 * @example hasGroupsOverage({ _claim_names: { groups: 'src1' } }) // → true
 */
export function hasGroupsOverage(claims: RoleClaims): boolean {
  if (Array.isArray(claims.groups)) return false;
  const names = claims._claim_names;
  const named = typeof names === 'object' && names !== null && 'groups' in names;
  return named || claims.hasgroups === true || claims.hasgroups === 'true';
}

/**
 * The configured role groups the token cannot answer for: only with a groups overage, and only for roles that no
 * app role granted already (app roles are preferred: they are always in the token).
 * @example roleGroupsToCheck({ _claim_names: { groups: 'src1' } }, { teamLeader: 'g-2' }) // → ['g-2']
 */
export function roleGroupsToCheck(claims: RoleClaims, roleGroupIds: RoleGroupIds): string[] {
  if (!hasGroupsOverage(claims)) return [];
  const granted = rolesFromClaims(claims, roleGroupIds);
  return (['agent', 'teamLeader', 'coordinator'] as const)
    .filter((role) => !granted.includes(role))
    .map((role) => roleGroupIds[role])
    .filter((groupId): groupId is string => groupId !== undefined);
}

/**
 * The user's roles: from the token's app roles and groups claim; when the groups claim was left out (overage),
 * membership of the configured role groups is asked with `checkMemberGroups` (Graph's POST /me/checkMemberGroups),
 * so that a leader in many groups does not silently become an employee. A failing check fails the sign-in.
 * @example await resolveRoles(claims, roleGroupIds, (ids) => checkMyMemberGroups(client, ids))
 */
export async function resolveRoles(
  claims: RoleClaims,
  roleGroupIds: RoleGroupIds,
  checkMemberGroups: (groupIds: string[]) => Promise<string[]>,
): Promise<Role[]> {
  const toCheck = roleGroupsToCheck(claims, roleGroupIds);
  if (toCheck.length === 0) return rolesFromClaims(claims, roleGroupIds);
  const memberOf = await checkMemberGroups(toCheck);
  return rolesFromClaims({ ...claims, groups: memberOf }, roleGroupIds);
}
