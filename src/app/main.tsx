// Browser entry: wires the real browser, host and environment into <App>.
import { createRoot } from 'react-dom/client';
import { App, defaultSignInFactory } from './app';
import type { AppDependencies } from './app';
import { browserHostEnvironment, detectHost } from './host/detect-host';

function safeStorage(get: () => Storage): Storage | undefined {
  try {
    return get(); // throws in some sandboxed iframes
  } catch {
    return undefined;
  }
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
};

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element');
createRoot(container).render(<App dependencies={dependencies} />);
