// The delegated scopes the absence registration needs (composed into the sign-in list by src/config/graph-scopes.ts).
import type { GraphScopeDeclaration } from '../../config/graph-scope-declaration';

export const absencesScopes: GraphScopeDeclaration = {
  // /me/directReports: a team leader's team.
  always: ['User.Read'],
  // The absences and absence reasons lists (read and write).
  configured: ({ sitesScope }) => [sitesScope],
};
