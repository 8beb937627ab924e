// The delegated scopes the monitoring reads need (composed into the sign-in list by src/config/graph-scopes.ts).
import type { GraphScopeDeclaration } from '../../config/graph-scope-declaration';

export const monitoringScopes: GraphScopeDeclaration = {
  always: [],
  // A period of the callbacks list; open absences; the reminders and sharing measurements (read and write). Who may
  // read which items is the list's permissions.
  configured: ({ sitesScope }) => [sitesScope],
};
