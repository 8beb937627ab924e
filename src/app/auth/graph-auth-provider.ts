import type { AuthenticationProvider } from '@microsoft/microsoft-graph-client';
import type { AuthSession } from './auth-session';
import { graphScopes } from './auth-session';

/** The one AuthenticationProvider the Graph client uses, backed by the signed-in session. */
export function graphAuthProviderFor(session: AuthSession): AuthenticationProvider {
  return { getAccessToken: () => session.getAccessToken([...graphScopes]) };
}
