// The root component: configuration → host → locale and theme → sign-in → the shell. Every outside
// dependency is injected so the whole start-up can be tested without a browser host or a tenant.
import { FluentProvider, Spinner, webLightTheme } from '@fluentui/react-components';
import type { Theme } from '@fluentui/react-components';
import { QueryClientProvider } from '@tanstack/react-query';
import { useGlobalStyles, useThemedRootStyles } from './theme/global-styles';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { parseAppConfig } from '../config/app-config';
import type { AppConfig, RawAppConfig } from '../config/app-config';
import { createGraphClient, createQueryClient, GraphClientProvider } from '../graph/client';
import {
  LocaleProvider,
  loadCatalog,
  readStoredLocale,
  resolveLocale,
  storeLocale,
  useI18n,
} from '../i18n';
import type { AuthSession } from './auth/auth-session';
import { createDemoSignIn } from './auth/demo-sign-in';
import { graphAuthProviderFor } from './auth/graph-auth-provider';
import { PersonaPicker } from './auth/persona-picker';
import { ServiceUnreachableError } from './auth/sign-in';
import type { SignIn } from './auth/sign-in';
import { createLazyTenantSignIn } from './auth/lazy-tenant-sign-in';
import { TenantSignInScreen } from './auth/tenant-sign-in-screen';
import { ConfigErrorScreen } from './errors/config-error-screen';
import { GraphUnreachableScreen } from './errors/graph-unreachable-screen';
import { SignInErrorScreen } from './errors/sign-in-error-screen';
import type { DetectedHost, HostContext, HostTheme } from './host/host-context';
import {
  appRoutes,
  landingRoute,
  preloadLandingRoute,
  rememberLandingPage,
  routesForRoles,
} from './routes';
import type { AppRoute } from './routes';
import { Shell } from './shell/shell';
import type { ShellLayout } from './shell/shell';
import { loadedFluentTheme, loadFluentTheme } from './theme/fluent-theme';
import {
  effectiveTheme,
  readThemePreference,
  storeThemePreference,
} from './theme/theme-preference';
import type { ThemePreference } from './theme/theme-preference';

export type AppDependencies = {
  rawConfig: RawAppConfig;
  detectHost: () => Promise<DetectedHost>;
  createSignIn: (config: AppConfig, host: HostContext) => SignIn;
  /** Persists language and theme choices (localStorage in the browser). */
  storage: Pick<Storage, 'getItem' | 'setItem'> | undefined;
  navigatorLanguage: string | undefined;
  /** `?persona=<upn>` from the URL: signs in directly in demo mode. */
  personaFromUrl: string | null;
  /** Removes `?persona=` from the address bar once used, so signing out returns to the picker. */
  forgetPersonaFromUrl: () => void;
  routes?: readonly AppRoute[];
  /** The shell's layout: 'compact' in the Outlook task pane; 'full' otherwise. */
  layout?: ShellLayout;
};

/** Builds the sign-in for the configured mode; demo talks to the emulator with the given fetch. */
export function defaultSignInFactory(options: {
  fetch: typeof fetch;
  sessionStorage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined;
  appOrigin: string;
}): AppDependencies['createSignIn'] {
  return (config, host) =>
    config.mode === 'demo'
      ? createDemoSignIn({
          emulatorUrl: config.emulatorUrl,
          roleGroupIds: config.roleGroupIds,
          fetch: options.fetch,
          storage: options.sessionStorage,
        })
      : createLazyTenantSignIn({
          config,
          hostKind: host.kind,
          loginHint: host.user?.upn,
          appOrigin: options.appOrigin,
        });
}

/** Props of {@link App}. */
export type AppProps = { dependencies: AppDependencies };

export function App({ dependencies }: AppProps) {
  const parsed = useMemo(() => parseAppConfig(dependencies.rawConfig), [dependencies.rawConfig]);
  const [host, setHost] = useState<DetectedHost | null>(null);
  const { detectHost, storage, navigatorLanguage } = dependencies;

  useEffect(() => {
    let current = true;
    void detectHost().then(async (detected) => {
      // The host's theme (a chunk unless the browser is light) and language are fetched before the first screen
      // after the spinner, so it shows in neither the wrong colours nor Dutch for a moment; offline, it starts as is.
      const { kind, theme, locale } = detected.context;
      const preference = kind === 'browser' ? readThemePreference(storage) : 'system';
      const hostLocale = resolveLocale({
        hostLocale: locale,
        storedChoice: readStoredLocale(storage),
        navigatorLanguage,
      });
      await Promise.all([
        loadFluentTheme(kind, effectiveTheme(preference, theme)),
        loadCatalog(hostLocale),
      ]).catch(() => undefined);
      if (current) setHost(detected);
    });
    return () => {
      current = false;
    };
  }, [detectHost, storage, navigatorLanguage]);

  const initialLocale = resolveLocale({
    hostLocale: host?.context.locale ?? null,
    storedChoice: readStoredLocale(storage),
    navigatorLanguage,
  });
  const onLocaleChange = useCallback(
    (locale: 'nl' | 'en') => storeLocale(storage, locale),
    [storage],
  );

  if (host === null) {
    return (
      <Themed hostKind="browser" theme="light">
        <LocaleProvider initialLocale={initialLocale}>
          <Loading />
        </LocaleProvider>
      </Themed>
    );
  }
  return (
    <LocaleProvider key="ready" initialLocale={initialLocale} onLocaleChange={onLocaleChange}>
      <HostThemed host={host} storage={storage}>
        {(themeControls) =>
          parsed.kind === 'invalid' ? (
            <ConfigErrorScreen problems={parsed.problems} />
          ) : (
            <SignedInApp
              config={parsed.config}
              host={host.context}
              dependencies={dependencies}
              {...themeControls}
            />
          )
        }
      </HostThemed>
    </LocaleProvider>
  );
}

function Loading() {
  const { t } = useI18n();
  return (
    <main>
      <Spinner label={t('app.loading')} />
    </main>
  );
}

function Themed({
  hostKind,
  theme,
  children,
}: {
  hostKind: HostContext['kind'];
  theme: HostTheme;
  children: ReactNode;
}) {
  useGlobalStyles();
  const styles = useThemedRootStyles();
  const fluentTheme = useFluentTheme(hostKind, theme);
  return (
    // The page styles go on a box inside the provider: Fluent copies the provider's className onto every
    // portal (menus, popovers, listboxes), which would turn each of them into a full-page box.
    <FluentProvider theme={fluentTheme}>
      <div className={styles.root}>{children}</div>
    </FluentProvider>
  );
}

/** The theme asked for; while its chunk is on its way (a switch), the one shown before stays. */
function useFluentTheme(hostKind: HostContext['kind'], theme: HostTheme): Theme {
  const wanted = loadedFluentTheme(hostKind, theme);
  const [shown, setShown] = useState<Theme>(() => wanted ?? webLightTheme);
  useEffect(() => {
    if (wanted !== undefined) return;
    let current = true;
    loadFluentTheme(hostKind, theme).then(
      (arrived) => {
        if (current) setShown(arrived);
      },
      () => undefined, // offline: the theme shown stays
    );
    return () => {
      current = false;
    };
  }, [hostKind, theme, wanted]);
  return wanted ?? shown;
}

type ThemeControls = {
  themePreference: ThemePreference;
  onThemePreferenceChange: (preference: ThemePreference) => void;
};

/** Follows the host's theme live; in a browser the user's switch can override the system theme. */
function HostThemed({
  host,
  storage,
  children,
}: {
  host: DetectedHost;
  storage: AppDependencies['storage'];
  children: (controls: ThemeControls) => ReactNode;
}) {
  const [hostTheme, setHostTheme] = useState<HostTheme>(host.context.theme);
  const [preference, setPreference] = useState<ThemePreference>(() =>
    host.context.kind === 'browser' ? readThemePreference(storage) : 'system',
  );
  useEffect(() => host.subscribeToTheme(setHostTheme), [host]);
  const onThemePreferenceChange = useCallback(
    (next: ThemePreference) => {
      setPreference(next);
      storeThemePreference(storage, next);
    },
    [storage],
  );
  return (
    <Themed hostKind={host.context.kind} theme={effectiveTheme(preference, hostTheme)}>
      {children({ themePreference: preference, onThemePreferenceChange })}
    </Themed>
  );
}

type AuthState =
  | { kind: 'starting' }
  | { kind: 'choosing'; signedOut?: 'stillSignedInToHost' }
  | { kind: 'signedIn'; session: AuthSession }
  | { kind: 'unreachable'; url: string; message: string }
  | { kind: 'failed'; message: string };

function SignedInApp({
  config,
  host,
  dependencies,
  themePreference,
  onThemePreferenceChange,
}: { config: AppConfig; host: HostContext; dependencies: AppDependencies } & ThemeControls) {
  const {
    createSignIn,
    personaFromUrl,
    forgetPersonaFromUrl,
    routes = appRoutes,
    layout = 'full',
  } = dependencies;
  const signIn = useMemo(() => createSignIn(config, host), [createSignIn, config, host]);
  const [state, setState] = useState<AuthState>({ kind: 'starting' });
  const [attempt, setAttempt] = useState(0);

  const onError = useCallback((error: unknown) => {
    if (error instanceof ServiceUnreachableError)
      setState({ kind: 'unreachable', url: error.url, message: error.message });
    else
      setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  }, []);
  const onSignedIn = useCallback(
    (session: AuthSession) =>
      void preloadLandingRoute(routes, session.roles).then(() =>
        setState({ kind: 'signedIn', session }),
      ),
    [routes],
  );

  useEffect(() => {
    let current = true;
    const start = async (): Promise<AuthSession | null> => {
      if (signIn.kind === 'tenant') return signIn.signInSilently();
      if (personaFromUrl !== null) {
        const session = await signIn.signInAs(personaFromUrl);
        forgetPersonaFromUrl();
        return session;
      }
      return signIn.restoreSession();
    };
    start()
      .then(async (session) => {
        if (session !== null) await preloadLandingRoute(routes, session.roles);
        return session;
      })
      .then(
        (session) => {
          if (current)
            setState(session === null ? { kind: 'choosing' } : { kind: 'signedIn', session });
        },
        (error: unknown) => {
          if (current) onError(error);
        },
      );
    return () => {
      current = false;
    };
  }, [signIn, personaFromUrl, forgetPersonaFromUrl, onError, attempt, routes]);

  const retry = useCallback(() => {
    setState({ kind: 'starting' });
    setAttempt((count) => count + 1);
  }, []);
  const graphClient = useMemo(
    () =>
      state.kind === 'signedIn'
        ? createGraphClient({
            authProvider: graphAuthProviderFor(state.session, config.graphScopes),
            graphBaseUrl: config.graphBaseUrl,
          })
        : null,
    [state, config.graphBaseUrl, config.graphScopes],
  );
  // One read cache per signed-in session: signing out and in as someone else starts from nothing.
  const signedInSession = state.kind === 'signedIn' ? state.session : null;
  const queryClient = useMemo(() => {
    void signedInSession; // a new session gets a new cache
    return createQueryClient();
  }, [signedInSession]);
  useEffect(() => () => queryClient.clear(), [queryClient]);
  const landingPath =
    signedInSession === null
      ? undefined
      : landingRoute(routesForRoles(routes, signedInSession.roles), signedInSession.roles)?.path;
  useEffect(
    () => rememberLandingPage(dependencies.storage, landingPath),
    [dependencies.storage, landingPath],
  );

  switch (state.kind) {
    case 'starting':
      return <Loading />;
    case 'unreachable':
      return (
        <GraphUnreachableScreen
          url={state.url}
          mode={config.mode}
          message={state.message}
          onRetry={retry}
        />
      );
    case 'failed':
      return <SignInErrorScreen message={state.message} onRetry={retry} />;
    case 'choosing':
      return signIn.kind === 'demo' ? (
        <PersonaPicker signIn={signIn} onSignedIn={onSignedIn} onError={onError} />
      ) : (
        <TenantSignInScreen
          signIn={signIn}
          onSignedIn={onSignedIn}
          onError={onError}
          notice={state.signedOut}
        />
      );
    case 'signedIn': {
      const signOut = () => {
        const reach = state.session.signOutReach ?? 'account';
        state.session
          .signOut()
          .then(
            () =>
              setState(
                reach === 'app'
                  ? { kind: 'choosing', signedOut: 'stillSignedInToHost' }
                  : { kind: 'choosing' },
              ),
            onError,
          );
      };
      return (
        <QueryClientProvider client={queryClient}>
          <GraphClientProvider value={graphClient}>
            <Shell
              layout={layout}
              session={state.session}
              host={host}
              config={config}
              routes={routes}
              themePreference={themePreference}
              onThemePreferenceChange={onThemePreferenceChange}
              onSignOut={signOut}
            />
          </GraphClientProvider>
        </QueryClientProvider>
      );
    }
  }
}
