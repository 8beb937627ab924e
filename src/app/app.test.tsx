// @vitest-environment jsdom
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { RawAppConfig } from '../config/app-config';
import { App, defaultSignInFactory } from './app';
import type { AppDependencies } from './app';
import type { DetectedHost, HostContext } from './host/host-context';

const rawDemo: RawAppConfig = {
  mode: undefined,
  clientId: undefined,
  tenantId: undefined,
  sharePointSite: undefined,
  graphBaseUrl: undefined,
  emulatorUrl: undefined,
  roleGroupAgent: undefined,
  roleGroupTeamLeader: undefined,
  roleGroupCoordinator: undefined,
  appBaseUrl: undefined,
};

function jwt(claims: Record<string, unknown>): string {
  const encode = (value: unknown) =>
    btoa(JSON.stringify(value)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  return `${encode({ alg: 'HS256' })}.${encode(claims)}.sig`;
}

const people = {
  'sanne.devries@lindeburg.example': {
    oid: 'u-1',
    name: 'Sanne de Vries',
    roles: ['Bereikbaar.Agent'],
    jobTitle: 'KCP-medewerker',
    department: 'Klantcontactcentrum',
  },
  'pieter.vanderberg@lindeburg.example': {
    oid: 'u-3',
    name: 'Pieter van der Berg',
    roles: [],
    jobTitle: 'Beleidsmedewerker',
    department: 'Ruimte',
  },
} as const;
type Upn = keyof typeof people;

/** The emulator's control and Graph endpoints as a fake fetch; the Graph client uses the global one. */
function fakeEmulatorFetch() {
  return vi.fn((input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(
      typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
    );
    if (url.pathname === '/_emulator/personas') {
      return Promise.resolve(
        Response.json(
          Object.entries(people).map(([upn, person]) => ({
            id: person.oid,
            upn,
            displayName: person.name,
            role: person.roles.length === 0 ? 'employee' : 'agent',
            jobTitle: person.jobTitle,
            department: person.department,
          })),
        ),
      );
    }
    if (url.pathname === '/_emulator/token') {
      const upn = url.searchParams.get('persona') as Upn;
      const person = people[upn];
      return Promise.resolve(
        Response.json({
          access_token: jwt({
            oid: person.oid,
            upn,
            name: person.name,
            roles: person.roles,
            groups: [],
          }),
          expires_in: 3600,
        }),
      );
    }
    if (url.pathname === '/v1.0/me') {
      const auth = new Headers(init?.headers).get('Authorization') ?? '';
      const claims = JSON.parse(
        atob((auth.split('.')[1] ?? '').replace(/-/g, '+').replace(/_/g, '/')),
      ) as { upn: Upn };
      const person = people[claims.upn];
      return Promise.resolve(
        Response.json({
          displayName: person.name,
          jobTitle: person.jobTitle,
          department: person.department,
        }),
      );
    }
    return Promise.resolve(new Response('not found', { status: 404 }));
  });
}

function browserHost(context: Partial<HostContext> = {}): () => Promise<DetectedHost> {
  return () =>
    Promise.resolve({
      context: { kind: 'browser', theme: 'light', locale: null, user: null, ...context },
      subscribeToTheme: () => () => undefined,
    });
}

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

function dependencies(
  overrides: Partial<AppDependencies> & { fetch?: typeof fetch } = {},
): AppDependencies {
  const fetchFn = overrides.fetch ?? fakeEmulatorFetch();
  vi.stubGlobal('fetch', fetchFn);
  return {
    rawConfig: rawDemo,
    detectHost: browserHost(),
    createSignIn: defaultSignInFactory({
      fetch: fetchFn,
      sessionStorage: memoryStorage(),
      appOrigin: 'http://localhost:3000',
    }),
    storage: memoryStorage(),
    navigatorLanguage: 'nl-NL',
    personaFromUrl: null,
    forgetPersonaFromUrl: vi.fn(),
    ...overrides,
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
  window.location.hash = '';
});

describe('App in demo mode', () => {
  it('lists the demo personas and signs in as the chosen one, showing the shell and Graph data', async () => {
    const user = userEvent.setup();
    render(<App dependencies={dependencies()} />);

    await user.click(await screen.findByRole('button', { name: /^Sanne de Vries/ }));

    // An agent lands on the agent screen, with the cursor in the search box.
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Collega zoeken' }),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(
        screen.getByRole('combobox', { name: 'Zoek een collega, team of onderwerp' }),
      ).toHaveFocus(),
    );
    await user.click(screen.getByRole('link', { name: 'Start' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welkom, Sanne de Vries' }),
    ).toBeInTheDocument();
    const banner = screen.getByRole('banner');
    expect(within(banner).getByText('Sanne de Vries')).toBeInTheDocument();
    expect(within(banner).getByText('Rollen: KCP-medewerker, Medewerker')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: /^Over Bereikbaar/ }));
    // /me through the Graph client proves token and client work end to end.
    expect(await screen.findByText('Klantcontactcentrum')).toBeInTheDocument();
    expect(
      screen.getByText('Demotenant (gemeente Lindeburg) op http://localhost:4000'),
    ).toBeInTheDocument();
  });

  it('shows each persona with translated role and job', async () => {
    render(<App dependencies={dependencies()} />);
    const pieter = await screen.findByRole('button', { name: /^Pieter van der Berg/ });
    expect(pieter).toHaveAccessibleName(
      'Pieter van der Berg Medewerker Beleidsmedewerker · Ruimte',
    );
  });

  it('signs in directly with ?persona= and then forgets it', async () => {
    const deps = dependencies({ personaFromUrl: 'pieter.vanderberg@lindeburg.example' });
    render(<App dependencies={deps} />);
    // An employee lands on how the front office sees them.
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Mijn bereikbaarheid' }),
    ).toBeInTheDocument();
    expect(deps.forgetPersonaFromUrl).toHaveBeenCalled();
  });

  it('returns to the persona picker on sign-out', async () => {
    const user = userEvent.setup();
    render(
      <App dependencies={dependencies({ personaFromUrl: 'sanne.devries@lindeburg.example' })} />,
    );
    await user.click(await screen.findByRole('button', { name: 'Afmelden' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Aanmelden bij de demo' }),
    ).toBeInTheDocument();
  });

  it('shows the Graph-unreachable screen with what to do when the emulator is down, and retries', async () => {
    const user = userEvent.setup();
    let down = true;
    const working = fakeEmulatorFetch();
    const fetchFn = vi.fn((input: RequestInfo | URL, init?: RequestInit) =>
      down ? Promise.reject(new TypeError('Failed to fetch')) : working(input, init),
    );
    render(<App dependencies={dependencies({ fetch: fetchFn as unknown as typeof fetch })} />);

    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    const heading = within(alert).getByRole('heading', {
      level: 1,
      name: 'Microsoft Graph is niet bereikbaar',
    });
    // Focus moves in an effect after the screen renders.
    await waitFor(() => expect(heading).toHaveFocus());
    expect(alert).toHaveTextContent('De app kon http://localhost:4000 niet bereiken.');
    expect(alert).toHaveTextContent('npm start');
    expect(alert).toHaveTextContent('npm run emulator');

    down = false;
    await user.click(within(alert).getByRole('button', { name: 'Opnieuw proberen' }));
    // Generous timeout: the shared 2-core machine can be slow when suites run in parallel.
    expect(
      await screen.findByRole('button', { name: /^Sanne de Vries/ }, { timeout: 5000 }),
    ).toBeInTheDocument();
  });

  it('shows the sign-in error screen when the persona cannot be signed in', async () => {
    const fetchFn = vi.fn(() =>
      Promise.resolve(
        new Response('{"error":{"code":"NotFound"}}', { status: 404, statusText: 'Not Found' }),
      ),
    );
    render(
      <App
        dependencies={dependencies({
          fetch: fetchFn as unknown as typeof fetch,
          personaFromUrl: 'nobody@lindeburg.example',
        })}
      />,
    );
    const alert = await screen.findByRole('alert');
    await waitFor(() =>
      expect(within(alert).getByRole('heading', { name: 'Aanmelden is mislukt' })).toHaveFocus(),
    );
    expect(alert).toHaveTextContent('404 Not Found');
    expect(within(alert).getByRole('button', { name: 'Opnieuw proberen' })).toBeInTheDocument();
  });

  it('uses the host locale: English inside an English Teams', async () => {
    render(
      <App
        dependencies={dependencies({ detectHost: browserHost({ kind: 'teams', locale: 'en-US' }) })}
      />,
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sign in to the demo' }),
    ).toBeInTheDocument();
  });
});

describe('<html lang> (WCAG 3.1.1)', () => {
  beforeEach(() => {
    document.documentElement.lang = 'nl'; // as index.html ships it
  });

  it('is English from the first render when the app starts in English', async () => {
    let detected: (host: DetectedHost) => void = () => undefined;
    render(
      <App
        dependencies={dependencies({
          navigatorLanguage: 'en-GB',
          // Host detection still pending: the loading screen is the first paint.
          detectHost: () => new Promise((resolve) => (detected = resolve)),
        })}
      />,
    );
    expect(screen.getByText('Loading Bereikbaar…')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    detected({
      context: { kind: 'browser', theme: 'light', locale: null, user: null },
      subscribeToTheme: () => () => undefined,
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sign in to the demo' }),
    ).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
  });

  it('follows the host language once the host is known', async () => {
    render(
      <App
        dependencies={dependencies({ detectHost: browserHost({ kind: 'teams', locale: 'en-US' }) })}
      />,
    );
    await screen.findByRole('heading', { level: 1, name: 'Sign in to the demo' });
    expect(document.documentElement.lang).toBe('en');
  });
});

describe('App with a bad configuration', () => {
  it('lists every problem with the variable, what is wrong and an example', async () => {
    render(
      <App
        dependencies={dependencies({
          rawConfig: { ...rawDemo, clientId: 'not-a-guid', tenantId: 'contoso.onmicrosoft.com' },
        })}
      />,
    );
    const alert = await screen.findByRole('alert');
    await waitFor(() =>
      expect(
        within(alert).getByRole('heading', { level: 1, name: 'Bereikbaar is niet goed ingesteld' }),
      ).toHaveFocus(),
    );
    const clientRow = within(alert).getByRole('row', { name: /BRK_CLIENT_ID/ });
    expect(clientRow).toHaveTextContent('Is geen GUID. (nu: not-a-guid)');
    expect(clientRow).toHaveTextContent('3f1c2a4e-8b7d-4c1a-9e2f-5a6b7c8d9e0f');
    expect(within(alert).getByRole('row', { name: /BRK_SHAREPOINT_SITE/ })).toHaveTextContent(
      'contoso.sharepoint.com:/sites/bereikbaar',
    );
  });
});
