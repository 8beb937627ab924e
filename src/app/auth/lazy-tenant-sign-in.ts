// The tenant sign-in, loaded on first use: MSAL (about 80 KB gzipped) is only fetched when the app is configured
// for a real tenant, never on the demo tenant. The first call (signInSilently, at start-up) loads it.
import type { TenantSignIn } from './sign-in';
import type { TenantSignInOptions } from './tenant-sign-in';

/**
 * A {@link TenantSignIn} whose MSAL code arrives with its first call.
 * @example createLazyTenantSignIn({ config, hostKind: 'teams', loginHint: undefined, appOrigin }).signInSilently()
 */
export function createLazyTenantSignIn(options: TenantSignInOptions): TenantSignIn {
  let loaded: Promise<TenantSignIn> | undefined;
  const signIn = () =>
    (loaded ??= import(/* webpackChunkName: "msal" */ './tenant-sign-in').then((module) =>
      module.createTenantSignIn(options),
    ));
  return {
    kind: 'tenant',
    signInSilently: async () => (await signIn()).signInSilently(),
    signInInteractively: async () => (await signIn()).signInInteractively(),
  };
}
