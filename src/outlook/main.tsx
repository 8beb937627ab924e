// Entry of the Outlook add-in (outlook.html, which loads Office.js from Microsoft's CDN first). Waits for
// Office.onReady, reads which item the pane was opened on (read or compose), and renders the app itself
// (configuration, host theme and locale, sign-in: NAA in a tenant, the persona picker in demo mode, and
// the Graph client) with the pane as its only route.
import { FluentProvider, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import {
  App,
  defaultSignInFactory,
  browserHostEnvironment,
  detectHost,
  loadFluentTheme,
} from '../app';
import type { AppDependencies } from '../app';
import {
  LocaleProvider,
  loadCatalog,
  loadMessages,
  readStoredLocale,
  resolveLocale,
  useI18n,
} from '../i18n';
import { outlookItemOf } from './mail-item';
import type { OfficeApi } from './mail-item';
import { outlookRoutes } from './outlook-routes';
import type { OutlookPane } from './outlook-routes';
import { Notice } from '../ui';

function safeStorage(get: () => Storage): Storage | undefined {
  try {
    return get(); // throws in some sandboxed iframes
  } catch {
    return undefined;
  }
}

/** `Office` as loaded from the CDN: `onReady()` resolves once Office.js and the host are ready. */
type LoadedOffice = OfficeApi & {
  onReady: () => Promise<{ host: unknown }>;
  HostType: { Outlook: unknown };
};

async function paneForThisPage(office: LoadedOffice | undefined): Promise<OutlookPane> {
  // No Office.js (the CDN blocked, or the page opened directly): the add-in has nothing to work on.
  if (office === undefined) return { kind: 'noOffice' };
  const info = await office.onReady();
  if (info.host !== office.HostType.Outlook) return { kind: 'noOffice' };
  return outlookItemOf(office);
}

const useNeedsOutlookStyles = makeStyles({
  page: { padding: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground1 },
});

/** Outside Outlook there is nothing to work on: say so at once, before any sign-in. */
function NeedsOutlook() {
  const { t } = useI18n();
  const styles = useNeedsOutlookStyles();
  return (
    <main className={styles.page}>
      <h1>{t('app.name')}</h1>
      <Notice intent="info">{t('outlook.none.noOffice')}</Notice>
    </main>
  );
}

async function start(): Promise<void> {
  const office = (window as Window & { Office?: LoadedOffice }).Office;
  const pane = await paneForThisPage(office);
  const container = document.getElementById('root');
  if (container === null) throw new Error('outlook.html has no #root element');
  const locale = resolveLocale({
    hostLocale: null,
    storedChoice: readStoredLocale(safeStorage(() => window.localStorage)),
    navigatorLanguage: navigator.language,
  });
  document.documentElement.lang = locale;
  // English messages are a chunk of their own (see src/app/main.tsx); offline, the pane starts in Dutch.
  // The add-in's own messages and the callback form's are chunks of their own (the agent screen does not carry them).
  const offline = () => undefined;
  await Promise.all([
    loadCatalog(locale).catch(offline),
    loadMessages(['outlook', 'callbacks']).catch(offline),
  ]);
  if (pane.kind === 'noOffice') {
    const dark = window.matchMedia('(prefers-color-scheme: dark)').matches;
    // Offline the dark theme's chunk may not come: the page then says what it has to say in the light one.
    const theme = await loadFluentTheme('browser', dark ? 'dark' : 'light').catch(
      () => webLightTheme,
    );
    createRoot(container).render(
      <FluentProvider theme={theme}>
        <LocaleProvider initialLocale={locale}>
          <NeedsOutlook />
        </LocaleProvider>
      </FluentProvider>,
    );
    return;
  }
  const url = new URL(window.location.href);
  const dependencies: AppDependencies = {
    rawConfig: __BRK_CONFIG__,
    detectHost: () => detectHost(browserHostEnvironment()),
    createSignIn: defaultSignInFactory({
      fetch: window.fetch.bind(window),
      sessionStorage: safeStorage(() => window.sessionStorage),
      appOrigin: window.location.origin,
    }),
    storage: safeStorage(() => window.localStorage),
    navigatorLanguage: navigator.language,
    personaFromUrl: url.searchParams.get('persona'),
    forgetPersonaFromUrl: () => {
      const next = new URL(window.location.href);
      next.searchParams.delete('persona');
      window.history.replaceState(window.history.state, '', next);
    },
    routes: outlookRoutes(pane),
    // A task pane is narrow: no navigation column (there is one pane), a slim banner.
    layout: 'compact',
  };
  createRoot(container).render(<App dependencies={dependencies} />);
}

void start();
