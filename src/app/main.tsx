// Browser entry: wires the real browser, host and environment into <App>.
import { createRoot } from 'react-dom/client';
import { App, defaultSignInFactory } from './app';
import type { AppDependencies } from './app';
import { browserHostEnvironment, detectHost } from './host/detect-host';
import { loadCatalog, readStoredLocale, resolveLocale } from '../i18n';
import { preloadLandingPage } from './routes';
import { parseAppConfig } from '../config/app-config';
import { prefetchDirectory } from '../graph/people';

function safeStorage(get: () => Storage): Storage | undefined {
  try {
    return get(); // throws in some sandboxed iframes
  } catch {
    return undefined;
  }
}

const url = new URL(window.location.href);
const storage = safeStorage(() => window.localStorage);
preloadLandingPage(storage);
// The device's copy of the directory and its search index, while signing in (App parses the config again and shows
// its problems; an invalid one reads nothing here).
const startConfig = parseAppConfig(__BRK_CONFIG__);
if (startConfig.kind === 'valid') void prefetchDirectory(startConfig.config);
// Before React renders: index.html says nl, but a user who chose English (or whose browser is English) gets
// `<html lang="en">` from the first paint; the LocaleProvider keeps it in step from then on.
const locale = resolveLocale({
  hostLocale: null,
  storedChoice: readStoredLocale(storage),
  navigatorLanguage: navigator.language,
});
document.documentElement.lang = locale;
const dependencies: AppDependencies = {
  rawConfig: __BRK_CONFIG__,
  detectHost: () => detectHost(browserHostEnvironment()),
  createSignIn: defaultSignInFactory({
    fetch: window.fetch.bind(window),
    sessionStorage: safeStorage(() => window.sessionStorage),
    appOrigin: window.location.origin,
  }),
  storage,
  navigatorLanguage: navigator.language,
  personaFromUrl: url.searchParams.get('persona'),
  forgetPersonaFromUrl: () => {
    const next = new URL(window.location.href);
    next.searchParams.delete('persona');
    window.history.replaceState(window.history.state, '', next);
  },
};

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element');
// English messages are a chunk of their own: fetched before the first render for someone who reads English, so the
// first screen is not Dutch for a moment (Dutch is at hand at once). Offline, the app starts in Dutch.
void loadCatalog(locale)
  .catch(() => undefined)
  .then(() => createRoot(container).render(<App dependencies={dependencies} />));
