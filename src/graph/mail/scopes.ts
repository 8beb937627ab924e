// The delegated scopes sending mail needs (composed into the sign-in list by src/config/graph-scopes.ts).
import type { GraphScopeDeclaration } from '../../config/graph-scope-declaration';

export const mailScopes: GraphScopeDeclaration = {
  // POST /me/sendMail: callback notifications and the front-office notice of an absence.
  always: ['Mail.Send'],
};
