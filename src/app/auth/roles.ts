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
