// SharePoint's own permission model (role definitions, principals, role assignments, effective permissions) and its
// REST API at `<site>/_api/`, which provisioning drives through PnPjs.
export { answerSharePoint, sharePointAudience } from './rest';
export type { SpAnswer, SpRawRequest } from './rest';
export { builtInRoleIds, hasRight, maskOf, roleTypeKind } from './base-permissions';
export type { SpRight } from './base-permissions';
export {
  addRoleAssignment,
  breakInheritance,
  effectivePermissions,
  ensureGroupPrincipal,
  ensureUserPrincipal,
  removeRoleAssignment,
  securityGroupClaimPrefix,
  m365GroupClaimPrefix,
  userClaimPrefix,
  userHasRight,
} from './security';
export { seededPrincipalIds } from './seed-security';
