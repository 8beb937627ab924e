// The delegated scopes Bereikbaar's SharePoint lists need (composed into the sign-in list by
// src/config/graph-scopes.ts): every site the user can reach, or only the sites the app was granted.
import type { GraphScopeDeclaration } from '../../config/graph-scope-declaration';

export const listsScopes: GraphScopeDeclaration = {
  always: [],
  // The site id (site-locator.ts), list ids and items (list-query.ts).
  configured: ({ sitesScope }) => [sitesScope],
};
