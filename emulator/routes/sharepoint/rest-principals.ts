// SharePoint REST for principals: web/ensureuser, web/siteusers, web/getuserbyid(n), web/currentuser and
// web/sitegroups (with a group's users). A principal is a directory user (`i:0#.f|membership|<upn>`, or the plain
// UPN or mail address), an Entra security group (`c:0t.c|tenant|<object id>`) or a Microsoft 365 group's members
// (`c:0o.c|federateddirectoryclaimprovider|<object id>`). SharePoint answers a logon name it cannot resolve with an
// SPException "The specified user … could not be found."
//   https://learn.microsoft.com/en-us/previous-versions/office/developer/sharepoint-rest-reference/dn531432(v=office.15)
import type { StoredSitePrincipal } from '../../store';
import { isRecord, property } from '../resource-helpers';
import { principalEntity } from './rest-entities';
import type { SpContext, SpResult } from './rest-context';
import { collection, entity, noResult, requireRight, requireScope } from './rest-context';
import { integerArg, spArgumentError, spException, spInvalidQuery, stringArg } from './rest-wire';
import type { SpSegment } from './rest-wire';
import {
  ensureGroupPrincipal,
  ensureUserPrincipal,
  m365GroupClaimPrefix,
  principalById,
  securityGroupClaimPrefix,
  userClaimPrefix,
} from './security';

function notFoundUser(logonName: string) {
  return spException(`The specified user ${logonName} could not be found.`);
}

/** The site principal for a logon name, added to the site when the directory knows it. */
export function resolveLogonName(ctx: SpContext, logonName: string): StoredSitePrincipal {
  const lower = logonName.trim().toLowerCase();
  for (const [prefix, unified] of [
    [securityGroupClaimPrefix, false],
    [m365GroupClaimPrefix, true],
  ] as const) {
    if (!lower.startsWith(prefix)) continue;
    const id = lower.slice(prefix.length);
    const group = ctx.state.groups.find((candidate) => candidate.id.toLowerCase() === id);
    // A Microsoft 365 group is known by the federated directory claim, a security group by the tenant claim.
    if (!group || (group.groupTypes ?? []).includes('Unified') !== unified)
      throw notFoundUser(logonName);
    return ensureGroupPrincipal(ctx.site, group.id, `${prefix}${group.id}`);
  }
  const address = lower.startsWith(userClaimPrefix) ? lower.slice(userClaimPrefix.length) : lower;
  const user = ctx.state.users.find(
    (candidate) =>
      candidate.deletedSeq === undefined &&
      (candidate.userPrincipalName.toLowerCase() === address ||
        candidate.mail.toLowerCase() === address),
  );
  if (!user) throw notFoundUser(logonName);
  return ensureUserPrincipal(ctx.site, user.id, user.userPrincipalName);
}

/** POST web/ensureuser { logonName }: the site user for it, added to the site when missing. */
export function ensureRoute(
  ctx: SpContext,
  first: SpSegment,
  rest: readonly SpSegment[],
): SpResult | null {
  if (first.name !== 'ensureuser' || rest.length > 0 || ctx.method !== 'POST') return null;
  requireScope(ctx, 'write');
  requireRight(ctx, null, 'browseUserInfo');
  const logonName = isRecord(ctx.body) ? property(ctx.body, 'logonName') : undefined;
  if (typeof logonName !== 'string' || logonName.trim() === '')
    throw spArgumentError("The parameter 'logonName' is required.");
  const before = ctx.site.security.principals.length;
  const principal = resolveLogonName(ctx, logonName);
  if (ctx.site.security.principals.length !== before) ctx.markChanged();
  return entity(ctx, principalEntity(ctx.base, ctx.state, ctx.site, principal));
}

function userPrincipals(ctx: SpContext): StoredSitePrincipal[] {
  return ctx.site.security.principals.filter((principal) => principal.kind !== 'siteGroup');
}

/** web/siteusers, web/siteusers/getbyid(n), web/getuserbyid(n), web/currentuser. */
export function siteUsersRoute(
  ctx: SpContext,
  first: SpSegment,
  rest: readonly SpSegment[],
): SpResult | null {
  if (ctx.method !== 'GET') return null;
  const one = (principal: StoredSitePrincipal | undefined, what: string): SpResult => {
    if (principal === undefined || principal.kind === 'siteGroup')
      throw spArgumentError(`User cannot be found. (${what})`);
    return entity(ctx, principalEntity(ctx.base, ctx.state, ctx.site, principal));
  };
  if (first.name === 'currentuser' && rest.length === 0) {
    requireScope(ctx, 'read');
    requireRight(ctx, null, 'open');
    const user = ctx.state.users.find((candidate) => candidate.id === ctx.caller.userId);
    if (!user) throw spArgumentError('User cannot be found.');
    const before = ctx.site.security.principals.length;
    // SharePoint adds a signed-in user to the site's user list on their first visit.
    const principal = ensureUserPrincipal(ctx.site, user.id, user.userPrincipalName);
    if (ctx.site.security.principals.length !== before) ctx.markChanged();
    return one(principal, 'current user');
  }
  if (first.name === 'getuserbyid' && rest.length === 0) {
    requireScope(ctx, 'read');
    requireRight(ctx, null, 'browseUserInfo');
    const id = integerArg(first.args ?? undefined, 'id');
    return one(principalById(ctx.site, id), String(id));
  }
  if (first.name !== 'siteusers') return null;
  requireScope(ctx, 'read');
  requireRight(ctx, null, 'browseUserInfo');
  const [by] = rest;
  if (rest.length === 0 && first.args === null)
    return collection(
      ctx,
      userPrincipals(ctx).map((principal) =>
        principalEntity(ctx.base, ctx.state, ctx.site, principal),
      ),
      'SP.User',
    );
  if (first.args !== null && rest.length === 0) {
    const id = integerArg(first.args, 'id');
    return one(principalById(ctx.site, id), String(id));
  }
  if (by?.name === 'getbyid' && rest.length === 1) {
    const id = integerArg(by.args ?? undefined, 'id');
    return one(principalById(ctx.site, id), String(id));
  }
  if (by?.name === 'getbyloginname' && rest.length === 1) {
    const login = (stringArg(by.args) ?? '').toLowerCase();
    return one(
      userPrincipals(ctx).find(
        (principal) =>
          principal.kind !== 'siteGroup' && principal.loginName.toLowerCase() === login,
      ),
      login,
    );
  }
  return null;
}

function siteGroup(ctx: SpContext, segment: SpSegment | undefined, args: string | null) {
  const groups = ctx.site.security.principals.filter((principal) => principal.kind === 'siteGroup');
  const found =
    segment?.name === 'getbyname'
      ? groups.find(
          (group) =>
            group.kind === 'siteGroup' &&
            group.title.toLowerCase() === (stringArg(segment.args) ?? '').toLowerCase(),
        )
      : groups.find((group) => group.id === integerArg(segment?.args ?? args ?? undefined, 'id'));
  if (!found || found.kind !== 'siteGroup') throw spArgumentError('Group cannot be found.');
  return found;
}

/** web/sitegroups, …/getbyid(n) or (n), …/getbyname('…'), a group's users (GET, POST { LoginName }, removeById). */
export function siteGroupsRoute(
  ctx: SpContext,
  first: SpSegment,
  rest: readonly SpSegment[],
): SpResult | null {
  if (first.name !== 'sitegroups') return null;
  requireScope(ctx, 'read');
  requireRight(ctx, null, 'browseUserInfo');
  if (first.args === null && rest.length === 0) {
    if (ctx.method !== 'GET') return null;
    return collection(
      ctx,
      ctx.site.security.principals
        .filter((principal) => principal.kind === 'siteGroup')
        .map((principal) => principalEntity(ctx.base, ctx.state, ctx.site, principal)),
      'SP.Group',
    );
  }
  const byFunction = first.args === null ? rest[0] : undefined;
  const below = first.args === null ? rest.slice(1) : rest;
  const group = siteGroup(ctx, byFunction, first.args);
  if (below.length === 0 && ctx.method === 'GET')
    return entity(ctx, principalEntity(ctx.base, ctx.state, ctx.site, group));
  const [users, action] = below;
  if (users?.name !== 'users' || users.args !== null) return null;
  if (action === undefined && ctx.method === 'GET')
    return collection(
      ctx,
      group.memberIds.flatMap((id) => {
        const member = principalById(ctx.site, id);
        return member ? [principalEntity(ctx.base, ctx.state, ctx.site, member)] : [];
      }),
      'SP.User',
    );
  if (ctx.method !== 'POST') return null;
  requireScope(ctx, 'fullControl');
  requireRight(ctx, null, 'managePermissions');
  if (action === undefined) {
    const loginName = isRecord(ctx.body) ? property(ctx.body, 'LoginName') : undefined;
    if (typeof loginName !== 'string')
      throw spInvalidQuery("The parameter 'LoginName' is required.");
    const member = resolveLogonName(ctx, loginName);
    if (!group.memberIds.includes(member.id)) group.memberIds.push(member.id);
    ctx.markChanged();
    return entity(ctx, principalEntity(ctx.base, ctx.state, ctx.site, member));
  }
  if (action.name === 'removebyid' && below.length === 2) {
    const id = integerArg(action.args ?? undefined, 'id');
    group.memberIds = group.memberIds.filter((member) => member !== id);
    ctx.markChanged();
    return noResult(ctx, 'RemoveById');
  }
  return null;
}
