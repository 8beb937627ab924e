import type { AuthenticationProvider } from '@microsoft/microsoft-graph-client';
import type { AuthSession } from './auth-session';

/**
 * The one AuthenticationProvider the Graph client uses, backed by the signed-in session; `graphScopes` are the
 * configured ones (AppConfig.graphScopes), the same that sign-in asked for.
 */
export function graphAuthProviderFor(
  session: AuthSession,
  graphScopes: readonly string[],
): AuthenticationProvider {
  return { getAccessToken: () => session.getAccessToken([...graphScopes]) };
}
