// The delegated scopes callback requests need (composed into the sign-in list by src/config/graph-scopes.ts).
import type { GraphScopeDeclaration } from '../../config/graph-scope-declaration';

export const callbacksScopes: GraphScopeDeclaration = {
  always: [],
  configured: ({ sitesScope, notifications, teamsCatalogAppId }) => [
    // The callbacks list (callback-store.ts: read and write).
    sitesScope,
    // The Teams activity feed, only when the organisation chose it (callback-notifications.ts); the app's catalog id
    // for its deep link is looked up (appCatalogs) unless configured.
    ...(notifications === 'teamsActivity' ? ['TeamsActivity.Send'] : []),
    ...(notifications === 'teamsActivity' && teamsCatalogAppId === 'lookedUp'
      ? ['AppCatalog.Read.All']
      : []),
  ],
};
