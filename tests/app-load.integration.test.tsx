// @vitest-environment jsdom
// One app load against the demo tenant in-process: the agent screen and the navigation's callback count both need
// the people directory, and share one directory sync (issue 11: "the directory is fetched twice on every load").
import { render, screen, waitFor } from '@testing-library/react';
import { startDemoTenant } from '../scripts/demo-tenant/start-demo-tenant';
import type { RunningEmulator } from '../emulator/server';
import { App, defaultSignInFactory } from '../src/app/app';
import type { AppDependencies } from '../src/app/app';
import type { RawAppConfig } from '../src/config/app-config';

let emulator: RunningEmulator;

beforeAll(async () => {
  emulator = await startDemoTenant({ port: 0, quiet: true });
});
afterAll(async () => {
  await emulator.close();
});

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    key: (index) => [...items.keys()][index] ?? null,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

type Logged = { method: string; path: string; kind: 'top' | 'sub' };

async function requestsSince(count: number): Promise<Logged[]> {
  const log = (await (await fetch(`${emulator.url}/_emulator/requests`)).json()) as {
    requests: Logged[];
  };
  return log.requests.slice(count);
}

it('an app load makes one directory sync, shared by the agent screen and the navigation count', async () => {
  const rawConfig: RawAppConfig = {
    mode: undefined,
    clientId: undefined,
    tenantId: undefined,
    sharePointSite: undefined,
    graphBaseUrl: undefined,
    emulatorUrl: emulator.url,
    roleGroupAgent: undefined,
    roleGroupTeamLeader: undefined,
    roleGroupCoordinator: undefined,
    appBaseUrl: undefined,
  };
  const dependencies: AppDependencies = {
    rawConfig,
    detectHost: () =>
      Promise.resolve({
        context: { kind: 'browser', theme: 'light', locale: null, user: null },
        subscribeToTheme: () => () => undefined,
      }),
    createSignIn: defaultSignInFactory({
      fetch: (...args) => fetch(...args),
      sessionStorage: memoryStorage(),
      appOrigin: 'http://localhost:3000',
    }),
    storage: memoryStorage(),
    navigatorLanguage: 'nl-NL',
    personaFromUrl: 'sanne.devries@lindeburg.example',
    forgetPersonaFromUrl: () => undefined,
  };
  const before = (await requestsSince(0)).length;
  render(<App dependencies={dependencies} />);

  // The navigation count needs the directory (the agent's team) and the agent screen searches it.
  expect(
    await screen.findByRole('link', { name: /^Mijn terugbelverzoeken ?\(\d+/ }),
  ).toBeInTheDocument();
  await waitFor(() =>
    expect(
      screen.getByRole('combobox', { name: 'Zoek een collega, team of onderwerp' }),
    ).toBeEnabled(),
  );

  const directory = (await requestsSince(before)).filter(
    (request) => request.kind === 'top' && /\/users(\/delta)?\?/.test(request.path),
  );
  // One first load: the delta started from now, then the users in pages of 999 (one for this directory).
  const deltas = directory.filter((request) => request.path.includes('/users/delta'));
  expect(deltas).toHaveLength(1);
  expect(decodeURIComponent(deltas[0]!.path)).toContain('$deltatoken=latest');
  const pages = directory.filter((request) => !request.path.includes('/users/delta'));
  expect(pages).toHaveLength(1);
  expect(decodeURIComponent(pages[0]!.path)).toContain('$top=999');
});
