import { Button, mergeClasses, Spinner } from '@fluentui/react-components';
import { SignOutRegular } from '@fluentui/react-icons';
import { Suspense, useId } from 'react';
import type { AppConfig } from '../../config/app-config';
import { useI18n } from '../../i18n';
import type { Locale } from '../../i18n';
import type { AuthSession } from '../auth/auth-session';
import type { HostContext } from '../host/host-context';
// eslint-disable-next-line bereikbaar/public-index -- the outbox's count loads after the first paint; the index would pull the lazily loaded callback pages into the first chunk
import { outboxWaitingCountsSoon } from '../../features/callbacks/deferred-shell-parts';
import { landingRoute, routesForRoles } from '../routes';
import type { AppRoute } from '../routes';
import type { ThemePreference } from '../theme/theme-preference';
import { hrefFor, useHashRoute } from '../use-hash-route';
import { PageErrorBoundary } from './page-error-boundary';
import { useShellStyles } from './shell.styles';

/**
 * How much of the shell to show: 'full' in the app (banner with language, theme and roles, navigation column);
 * 'compact' in a narrow Outlook task pane (a slim banner with the app, the user and sign-out; no navigation; the
 * page at full width).
 */
export type ShellLayout = 'full' | 'compact';

/** Props of {@link Shell}. */
export type ShellProps = {
  /** 'full' unless given; see {@link ShellLayout}. */
  layout?: ShellLayout;
  session: AuthSession;
  host: HostContext;
  config: AppConfig;
  /** The full route table; the shell shows only what the session's roles allow. */
  routes: readonly AppRoute[];
  themePreference: ThemePreference;
  onThemePreferenceChange: (preference: ThemePreference) => void;
  onSignOut: () => void;
};

const locales: readonly Locale[] = ['nl', 'en'];
const themePreferences: readonly ThemePreference[] = ['system', 'light', 'dark'];

/** The signed-in layout: banner (app, user, language, theme, sign-out), role-based navigation, and the page. */
export function Shell({
  layout = 'full',
  session,
  host,
  config,
  routes,
  themePreference,
  onThemePreferenceChange,
  onSignOut,
}: ShellProps) {
  const styles = useShellStyles();
  const { t, locale, setLocale } = useI18n();
  const languageId = useId();
  const themeId = useId();
  const allowed = routesForRoles(routes, session.roles);
  const current = useHashRoute(allowed, landingRoute(allowed, session.roles));
  const Page = current?.component;
  // Callback requests and call outcomes still in the outbox are sent only while the app is open and signed in:
  // ask first. The count comes with the outbox's chunk (loaded after the first paint, so here by then); when that
  // cannot be fetched, the question is asked without a count rather than not at all.
  const signOut = () => {
    void outboxWaitingCountsSoon(session.account.userId).then(
      (waiting) => {
        if (
          (waiting.callbacks === 0 && waiting.contacts === 0) ||
          window.confirm(t('callbacks.signOut.outboxWaiting', waiting))
        )
          onSignOut();
      },
      () => {
        if (window.confirm(t('callbacks.signOut.outboxUnknown'))) onSignOut();
      },
    );
  };
  const page =
    Page === undefined ? null : (
      // Keyed by page: opening another page gives it a fresh start after one failed.
      <PageErrorBoundary key={current?.path}>
        <Suspense fallback={<Spinner label={t('shell.pageLoading')} />}>
          <Page session={session} host={host} config={config} />
        </Suspense>
      </PageErrorBoundary>
    );

  if (layout === 'compact')
    return (
      <div className={mergeClasses(styles.root, styles.rootCompact)}>
        <header className={mergeClasses(styles.banner, styles.bannerCompact)}>
          <span className={mergeClasses(styles.appName, styles.appNameCompact)}>
            {t('app.name')}
          </span>
          <span className={mergeClasses(styles.userName, styles.userNameCompact)}>
            {session.account.displayName}
          </span>
          <Button size="small" appearance="subtle" icon={<SignOutRegular />} onClick={signOut}>
            {t('shell.signOut')}
          </Button>
        </header>
        <main id="main" tabIndex={-1} className={mergeClasses(styles.main, styles.mainCompact)}>
          {page}
        </main>
      </div>
    );

  return (
    <div className={styles.root}>
      <a
        className={styles.skipLink}
        href="#main"
        onClick={(event) => {
          // Hash links drive the router, so move focus by hand instead.
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('shell.skipToContent')}
      </a>
      <header className={styles.banner}>
        <span className={styles.appName}>{t('app.name')}</span>
        <div className={styles.user}>
          <span className={styles.userName}>{session.account.displayName}</span>
          <span className={styles.userRoles}>
            {t('shell.userRoles', {
              roles: session.roles.map((role) => t(`role.${role}`)).join(', '),
            })}
          </span>
        </div>
        <div className={styles.control}>
          <label htmlFor={languageId}>{t('shell.language')}</label>
          <select
            id={languageId}
            className={styles.select}
            value={locale}
            onChange={(event) => setLocale(event.target.value === 'en' ? 'en' : 'nl')}
          >
            {locales.map((option) => (
              <option key={option} value={option} lang={option}>
                {t(`shell.language.${option}`)}
              </option>
            ))}
          </select>
        </div>
        {host.kind === 'browser' ? (
          <div className={styles.control}>
            <label htmlFor={themeId}>{t('shell.theme')}</label>
            <select
              id={themeId}
              className={styles.select}
              value={themePreference}
              onChange={(event) =>
                onThemePreferenceChange(
                  themePreferences.find((option) => option === event.target.value) ?? 'system',
                )
              }
            >
              {themePreferences.map((option) => (
                <option key={option} value={option}>
                  {t(`shell.theme.${option}`)}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <Button icon={<SignOutRegular />} onClick={signOut}>
          {t('shell.signOut')}
        </Button>
      </header>
      <nav className={styles.nav} aria-label={t('shell.navigation')}>
        <ul className={styles.navList}>
          {allowed
            .filter((route) => route.navigation !== 'hidden')
            .map((route) => (
              <li key={route.path}>
                <a
                  href={hrefFor(route)}
                  className={mergeClasses(
                    styles.navLink,
                    route === current && styles.navLinkCurrent,
                  )}
                  aria-current={route === current ? 'page' : undefined}
                >
                  {t(route.labelKey)}
                  {route.navBadge === undefined ? null : (
                    <route.navBadge session={session} host={host} config={config} />
                  )}
                </a>
              </li>
            ))}
        </ul>
      </nav>
      <main id="main" tabIndex={-1} className={styles.main}>
        {page}
      </main>
    </div>
  );
}
