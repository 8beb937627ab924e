// @vitest-environment jsdom
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { QueryClientProvider } from '@tanstack/react-query';
import type { Client } from '@microsoft/microsoft-graph-client';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { lazy, useState } from 'react';
import type { AppConfig } from '../../config/app-config';
import { createQueryClient, GraphClientProvider } from '../../graph/client';
import { LocaleProvider } from '../../i18n';
import type { AuthSession } from '../auth/auth-session';
import type { Role } from '../auth/roles';
import type { HostContext } from '../host/host-context';
import type { AppRoute } from '../routes';
import { appRoutes } from '../routes';
import type { ThemePreference } from '../theme/theme-preference';
import { Shell } from './shell';
import { requestedGraphScopes } from '../../config/graph-scopes';

const config: AppConfig = {
  mode: 'demo',
  teamsAppId: '5d3c9b7e-2a41-4f6e-9c08-b1e7a4d2f36c',
  sitesScope: 'Sites.ReadWrite.All',
  teamsCatalogAppId: null,
  graphScopes: requestedGraphScopes({
    sitesScope: 'Sites.ReadWrite.All',
    notifications: 'email',
    teamsCatalogAppId: 'lookedUp',
  }),
  emulatorUrl: 'http://localhost:4000',
  graphBaseUrl: 'http://localhost:4000',
  sharePointSite: 'lindeburg.sharepoint.com:/sites/bereikbaar',
  appBaseUrl: undefined,
  roleGroupIds: { agent: undefined, teamLeader: undefined, coordinator: undefined },
  organisation: {
    frontOfficeMailbox: null,
    callbackRetentionDays: 90,
    absenceReasonRetentionDays: 28,
    extraClosingDays: [],
    openOnStatutoryDays: [],
    notifications: 'email',
    callbackOnTimeNorm: 0.9,
    contactNorms: { answeredDirectly: 0.6, successful: 0.9, repeatTrafficMax: 0.1 },
  },
};

function session(roles: Role[]): AuthSession {
  return {
    account: {
      upn: 'mohamed.elamrani@lindeburg.example',
      displayName: 'Mohamed el Amrani',
      userId: 'u-2',
    },
    roles,
    getAccessToken: () => Promise.resolve('token'),
    signOut: () => Promise.resolve(),
  };
}

/** A Graph client double answering /me, enough for the home page. */
function fakeGraphClient(): Client {
  const request = {
    select: () => request,
    get: () =>
      Promise.resolve({
        displayName: 'Mohamed el Amrani',
        jobTitle: 'Teamleider Burgerzaken',
        department: 'Publiekszaken',
      }),
  };
  return { api: () => request } as unknown as Client;
}

function TeamPage() {
  return <h1>Team page</h1>;
}
const teamLeaderRoute: AppRoute = {
  path: 'team',
  labelKey: 'route.home',
  roles: ['teamLeader'],
  component: TeamPage,
};

async function renderShell(
  options: {
    roles?: Role[];
    host?: Partial<HostContext>;
    routes?: readonly AppRoute[];
    onThemeChange?: (preference: ThemePreference) => void;
    onSignOut?: () => void;
    layout?: 'full' | 'compact';
  } = {},
) {
  const host: HostContext = {
    kind: 'browser',
    theme: 'light',
    locale: null,
    user: null,
    ...options.host,
  };
  function Harness() {
    const [preference, setPreference] = useState<ThemePreference>('system');
    return (
      <Shell
        layout={options.layout}
        session={session(options.roles ?? ['teamLeader', 'employee'])}
        host={host}
        config={config}
        routes={options.routes ?? appRoutes}
        themePreference={preference}
        onThemePreferenceChange={(next) => {
          setPreference(next);
          options.onThemeChange?.(next);
        }}
        onSignOut={options.onSignOut ?? (() => undefined)}
      />
    );
  }
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <LocaleProvider initialLocale="nl">
        <GraphClientProvider value={fakeGraphClient()}>
          <QueryClientProvider client={createQueryClient()}>
            <Harness />
          </QueryClientProvider>
        </GraphClientProvider>
      </LocaleProvider>
    </FluentProvider>,
  );
  await screen.findByRole('heading', { level: 1 });
  return view;
}

/** A callback request in u-2's outbox, still to be stored (tried again at `nextTryAt`). */
function storeWaitingCallback(nextTryAt: number | null): void {
  localStorage.setItem(
    'bereikbaar.callbacks.outbox.u-2.r-1',
    JSON.stringify({
      request: {
        id: 'r-1',
        madeAt: 0,
        citizen: { name: 'Kees', phone: null, email: null },
        attempts: null,
      },
      notification: { assignee: null, madeByName: 'Sanne', linkUrl: null },
      phase: 'save',
      tries: 1,
      nextTryAt,
      lastError: null,
    }),
  );
}

afterEach(() => {
  window.location.hash = '';
});

describe('Shell', () => {
  it('lands an employee on Mijn bereikbaarheid, with the connection details behind "Over Bereikbaar"', async () => {
    const user = userEvent.setup();
    await renderShell({ roles: ['employee'] });
    expect(
      screen.getByRole('heading', { level: 1, name: 'Mijn bereikbaarheid' }),
    ).toBeInTheDocument();
    const main = screen.getByRole('main');
    expect(within(main).queryByText('Verbinding met Microsoft Graph')).not.toBeInTheDocument();
    await user.click(within(main).getByRole('link', { name: /^Over Bereikbaar/ }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Over Bereikbaar' }),
    ).toBeInTheDocument();
  });

  it('shows the user and translated roles in the banner, and the home page', async () => {
    const user = userEvent.setup();
    window.location.hash = '#/home';
    await renderShell();
    const banner = screen.getByRole('banner');
    expect(within(banner).getByText('Mohamed el Amrani')).toBeInTheDocument();
    expect(within(banner).getByText('Rollen: Teamleider, Medewerker')).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 1, name: 'Welkom, Mohamed el Amrani' }),
    ).toBeInTheDocument();
    // The start page is for people: their callbacks; the technical part is behind "Over Bereikbaar".
    const main = screen.getByRole('main');
    expect(within(main).getByRole('link', { name: /^Mijn terugbelverzoeken/ })).toHaveAttribute(
      'href',
      '#/mijn-terugbelverzoeken',
    );
    expect(within(main).queryByText('Verbinding met Microsoft Graph')).not.toBeInTheDocument();
    await user.click(within(main).getByRole('link', { name: /^Over Bereikbaar/ }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Over Bereikbaar' }),
    ).toBeInTheDocument();
    expect(within(screen.getByRole('main')).getByText('Webbrowser')).toBeInTheDocument();
    expect(await screen.findByText('Publiekszaken')).toBeInTheDocument();
  });

  it('shows in the navigation only routes the roles allow', async () => {
    await renderShell({ roles: ['employee'], routes: [...appRoutes, { ...teamLeaderRoute }] });
    const nav = screen.getByRole('navigation', { name: 'Hoofdnavigatie' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual(['#/home', '#/mijn-bereikbaarheid', '#/mijn-terugbelverzoeken']);
  });

  it('lets a team leader open a route for team leaders, marked as current page', async () => {
    await renderShell({
      roles: ['teamLeader', 'employee'],
      routes: [...appRoutes, teamLeaderRoute],
    });
    const nav = screen.getByRole('navigation');
    // Start, Collega zoeken, Mijn bereikbaarheid, Mijn team, the three callback pages, Cijfers van mijn team, and the
    // test's team leaders' page.
    expect(within(nav).getAllByRole('link')).toHaveLength(9);
    act(() => {
      window.location.hash = '#/team';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Team page' })).toBeInTheDocument();
    expect(nav.querySelector('a[href="#/team"]')).toHaveAttribute('aria-current', 'page');
  });

  it('switches the texts to English with the language switch', async () => {
    const user = userEvent.setup();
    window.location.hash = '#/home';
    await renderShell();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Taal' }), 'en');
    expect(
      screen.getByRole('heading', { level: 1, name: 'Welcome, Mohamed el Amrani' }),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('banner')).getByText('Roles: Team leader, Employee'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
  });

  it('offers a theme switch in the browser that reports the choice', async () => {
    const user = userEvent.setup();
    const onThemeChange = vi.fn();
    await renderShell({ onThemeChange });
    const theme = screen.getByRole('combobox', { name: 'Weergave' });
    expect(theme).toHaveValue('system');
    await user.selectOptions(theme, 'dark');
    expect(onThemeChange).toHaveBeenCalledWith('dark');
    expect(theme).toHaveValue('dark');
  });

  it('leaves the theme to Teams inside Teams', async () => {
    window.location.hash = '#/over';
    await renderShell({ host: { kind: 'teams' } });
    expect(screen.queryByRole('combobox', { name: 'Weergave' })).not.toBeInTheDocument();
    expect(
      await within(screen.getByRole('main')).findByText('Microsoft Teams'),
    ).toBeInTheDocument();
  });

  it('shows only a slim banner and the page in the compact layout (the Outlook task pane)', async () => {
    const user = userEvent.setup();
    const onSignOut = vi.fn();
    await renderShell({
      layout: 'compact',
      roles: ['teamLeader'],
      routes: [teamLeaderRoute],
      onSignOut,
    });
    const banner = screen.getByRole('banner');
    expect(within(banner).getByText('Bereikbaar')).toBeInTheDocument();
    expect(within(banner).getByText('Mohamed el Amrani')).toBeInTheDocument();
    expect(within(banner).queryByText(/Rollen:/)).not.toBeInTheDocument();
    expect(within(banner).queryByRole('combobox')).not.toBeInTheDocument();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    expect(
      within(screen.getByRole('main')).getByRole('heading', { name: 'Team page' }),
    ).toBeInTheDocument();
    await user.click(within(banner).getByRole('button', { name: 'Afmelden' }));
    expect(onSignOut).toHaveBeenCalledTimes(1);
  });

  it('shows a translated message with "Opnieuw laden" when a page\'s code fails to load, and keeps the shell and drafts', async () => {
    localStorage.setItem('bereikbaar.callbacks.draft.u-2', '{"citizenName":"Kees"}');
    const brokenRoute: AppRoute = {
      path: 'kapot',
      labelKey: 'route.home',
      roles: ['teamLeader'],
      // What the browser throws when a chunk is gone after a redeploy, or the network is down.
      component: lazy(() =>
        Promise.reject(
          new TypeError('Failed to fetch dynamically imported module: /assets/page.js'),
        ),
      ),
    };
    await renderShell({ roles: ['teamLeader'], routes: [...appRoutes, brokenRoute] });
    act(() => {
      window.location.hash = '#/kapot';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByRole('heading', {
        name: 'Dit deel van Bereikbaar kon niet worden geladen',
      }),
    ).toBeInTheDocument();
    expect(within(alert).getByRole('button', { name: 'Opnieuw laden' })).toBeInTheDocument();
    expect(within(alert).queryByText(/Failed to fetch/)).not.toBeInTheDocument();
    // The navigation (with the outbox's count) stays, and so do the drafts.
    expect(screen.getByRole('navigation', { name: 'Hoofdnavigatie' })).toBeInTheDocument();
    expect(localStorage.getItem('bereikbaar.callbacks.draft.u-2')).toContain('Kees');
    // Another page still opens.
    act(() => {
      window.location.hash = '#/home';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welkom, Mohamed el Amrani' }),
    ).toBeInTheDocument();
    localStorage.clear();
  });

  it('signs out from the banner', async () => {
    const user = userEvent.setup();
    const onSignOut = vi.fn();
    await renderShell({ onSignOut });
    await user.click(screen.getByRole('button', { name: 'Afmelden' }));
    await waitFor(() => expect(onSignOut).toHaveBeenCalled());
  });

  it('shows what waits in the outbox after "Terugbelverzoek", once that part has come after the first paint', async () => {
    // Not tried again during the test: the fake Graph client stores nothing.
    storeWaitingCallback(Date.now() + 3_600_000);
    try {
      await renderShell({ roles: ['agent', 'employee'] });
      const link = await screen.findByRole('link', { name: /wacht op opslaan/ });
      expect(link).toHaveTextContent(/^Terugbelverzoek \(1 wacht op opslaan\)$/);
      expect(link).toHaveAttribute('href', '#/terugbelverzoek/nieuw');
    } finally {
      localStorage.clear();
    }
  });

  it('warns before signing out while a call outcome still waits, also in its undo minute', async () => {
    const user = userEvent.setup();
    const onSignOut = vi.fn();
    localStorage.setItem(
      'bereikbaar.contacts.outbox.u-2.c-1',
      JSON.stringify({
        contact: { id: 'c-1', recordedAt: 0, agentId: 'u-2', outcome: 'answered' },
        label: 'Opgenomen',
        holdUntil: Date.now() + 60_000,
        tries: 0,
        nextTryAt: null,
        lastError: null,
      }),
    );
    const confirm = vi.spyOn(window, 'confirm').mockReturnValueOnce(false);
    try {
      await renderShell({ onSignOut });
      await user.click(screen.getByRole('button', { name: 'Afmelden' }));
      await waitFor(() =>
        expect(confirm).toHaveBeenCalledWith(
          expect.stringMatching(/0 terugbelverzoeken en 1 gespreksuitkomst\./),
        ),
      );
      expect(onSignOut).not.toHaveBeenCalled();
    } finally {
      confirm.mockRestore();
      localStorage.clear();
    }
  });

  it('warns before signing out while callback requests still wait in the outbox', async () => {
    const user = userEvent.setup();
    const onSignOut = vi.fn();
    storeWaitingCallback(null);
    const confirm = vi
      .spyOn(window, 'confirm')
      .mockReturnValueOnce(false)
      .mockReturnValueOnce(true);
    try {
      await renderShell({ onSignOut });
      await user.click(screen.getByRole('button', { name: 'Afmelden' }));
      await waitFor(() =>
        expect(confirm).toHaveBeenCalledWith(
          expect.stringMatching(/Nog niet opgeslagen: 1 terugbelverzoek en 0 gespreksuitkomsten\./),
        ),
      );
      expect(onSignOut).not.toHaveBeenCalled();
      await user.click(screen.getByRole('button', { name: 'Afmelden' }));
      await waitFor(() => expect(onSignOut).toHaveBeenCalledTimes(1));
    } finally {
      confirm.mockRestore();
      localStorage.clear();
    }
  });
});
