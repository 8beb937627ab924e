// checkMemberGroups: which of the given groups a user is a member of.
import { GraphHttpError } from '../../http';
import type { RouteContext, RouteResult } from '../../http';
import { odataContext } from '../../odata';
import { requireObjectBody } from './writes';
import { requireUser } from './user-resource';

// https://learn.microsoft.com/en-us/graph/api/directoryobject-checkmembergroups: POST /me/checkMemberGroups and
// /users/{id}/checkMemberGroups with `{ "groupIds": [...] }` (at most 20) answer 200 with the ids, out of those
// asked, of the groups the user is a member of (transitive; the demo tenant's groups are not nested), as a
// Collection(Edm.String). Delegated: User.ReadBasic.All or User.Read.All together with GroupMember.Read.All or
// Group.Read.All, or Directory.Read.All.

const checkMemberGroupsMax = 20;

export function checkMemberGroups(ctx: RouteContext): RouteResult {
  // The same names as application permissions (the token's roles) for an app-only caller.
  const scopes =
    ctx.caller.authentication === 'application' ? new Set(ctx.caller.roles) : ctx.caller.scopes;
  const userScope = ['User.ReadBasic.All', 'User.Read.All'].some((scope) => scopes.has(scope));
  const groupScope = ['GroupMember.Read.All', 'Group.Read.All'].some((scope) => scopes.has(scope));
  if (!scopes.has('Directory.Read.All') && !(userScope && groupScope))
    throw new GraphHttpError(
      403,
      'Authorization_RequestDenied',
      'Insufficient privileges to complete the operation.',
    );
  const user = requireUser(ctx);
  const body = requireObjectBody(ctx.body);
  const groupIds = body.groupIds;
  if (
    !Array.isArray(groupIds) ||
    groupIds.length === 0 ||
    !groupIds.every((id) => typeof id === 'string')
  )
    throw new GraphHttpError(
      400,
      'Request_BadRequest',
      "Invalid value specified for property 'groupIds' of resource 'checkMemberGroups'.",
    );
  if (groupIds.length > checkMemberGroupsMax)
    throw new GraphHttpError(
      400,
      'Request_BadRequest',
      `At most ${checkMemberGroupsMax} groups can be checked in one request.`,
    );
  const memberOf = new Set(
    ctx.state.groups
      .filter((group) => group.memberIds.includes(user.id))
      .map((group) => group.id.toLowerCase()),
  );
  return {
    status: 200,
    body: {
      '@odata.context': odataContext(ctx.graphBaseUrl, 'Collection(Edm.String)'),
      value: groupIds.filter((id) => memberOf.has(id.toLowerCase())),
    },
  };
}
