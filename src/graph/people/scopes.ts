// The delegated scopes the people module's calls need (composed into the sign-in list by src/config/graph-scopes.ts).
// checkMyMemberGroups asks its own scopes only when needed (memberGroupScopes, member-groups.ts: incremental consent).
import type { GraphScopeDeclaration } from '../../config/graph-scope-declaration';

export const peopleScopes: GraphScopeDeclaration = {
  // GET /me (signed-in-user.ts); /users/delta with accountEnabled and the manager (people-directory.ts).
  always: ['User.Read', 'User.Read.All'],
  // The team settings list (people-directory.ts).
  configured: ({ sitesScope }) => [sitesScope],
};
