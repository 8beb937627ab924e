// The demo tenant's app role assignments. In Entra ID an administrator assigns the app registration's roles to
// groups (Enterprise applications > Users and groups); every member of an assigned group then carries the role in
// the token's `roles` claim. So every team leader, agent and coordinator gets their role from the same source —
// membership of the group the role is assigned to — and not a hand-picked persona list.
// https://learn.microsoft.com/en-us/entra/identity-platform/howto-add-app-roles-in-apps#assign-users-and-groups-to-microsoft-entra-roles
import { seededGroupIds } from './seed';
import type { EmulatorState } from './store';

/** App role value (as defined in the app registration) → the group it is assigned to. */
export const appRoleAssignments: ReadonlyArray<{ value: string; groupId: string }> = [
  { value: 'Bereikbaar.Agent', groupId: seededGroupIds.kcp },
  { value: 'Bereikbaar.TeamLeader', groupId: seededGroupIds.teamLeaders },
  { value: 'Bereikbaar.Coordinator', groupId: seededGroupIds.coordinators },
];

/** The `roles` claim of a user's token: the app roles assigned to the groups they are a member of. */
export function appRolesOf(state: EmulatorState, userId: string): string[] {
  return appRoleAssignments
    .filter((assignment) =>
      state.groups.some(
        (group) => group.id === assignment.groupId && group.memberIds.includes(userId),
      ),
    )
    .map((assignment) => assignment.value);
}
