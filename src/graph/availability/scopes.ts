// The delegated scopes the availability signals need (composed into the sign-in list by src/config/graph-scopes.ts).
import type { GraphScopeDeclaration } from '../../config/graph-scope-declaration';

export const availabilityScopes: GraphScopeDeclaration = {
  // getSchedule (free/busy, subjects where shared, working hours); presence; getMailTips, for which Graph requires
  // Mail.Read (no messages are read).
  always: ['Calendars.Read', 'Presence.Read.All', 'Mail.Read'],
  // The registered absences list.
  configured: ({ sitesScope }) => [sitesScope],
};
