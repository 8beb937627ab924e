// Which groups the signed-in user is a member of, out of a given few: POST /me/checkMemberGroups. Used for roles
// by group when the token's groups claim is left out (overage).
// https://learn.microsoft.com/en-us/graph/api/directoryobject-checkmembergroups
import type { Client } from '@microsoft/microsoft-graph-client';

/** Delegated scopes checkMemberGroups needs: a user read permission together with a group member read permission. */
export const memberGroupScopes: readonly string[] = ['User.Read.All', 'GroupMember.Read.All'];

/** Graph checks at most 20 groups per request. */
const groupsPerRequest = 20;

/**
 * The ids among `groupIds` of the groups the signed-in user is a member of (transitively), in the order asked.
 * @example await checkMyMemberGroups(client, [teamLeadersGroupId]) // → [teamLeadersGroupId] for a team leader
 */
export async function checkMyMemberGroups(
  client: Client,
  groupIds: readonly string[],
): Promise<string[]> {
  const memberOf = new Set<string>();
  for (let start = 0; start < groupIds.length; start += groupsPerRequest) {
    const chunk = groupIds.slice(start, start + groupsPerRequest);
    const answer = (await client.api('/me/checkMemberGroups').post({ groupIds: chunk })) as {
      value?: unknown;
    };
    const ids = Array.isArray(answer.value) ? answer.value : [];
    for (const id of ids) if (typeof id === 'string') memberOf.add(id.toLowerCase());
  }
  return groupIds.filter((id) => memberOf.has(id.toLowerCase()));
}
