import { detectHost } from './detect-host';
import type { HostEnvironment, OfficeGlobal, TeamsApp } from './detect-host';
import type { HostTheme } from './host-context';

function fakeMatchMedia(matching: string[]) {
  return (query: string) =>
    ({
      matches: matching.includes(query),
      addEventListener: vi.fn(),
      removeEventListener: vi.fn(),
    }) as unknown as MediaQueryList;
}

function fakeTeams(
  hostName: string,
  theme = 'default',
): TeamsApp & { changeTheme: (theme: string) => void } {
  let handler: (theme: string) => void = () => undefined;
  return {
    initialize: vi.fn(() => Promise.resolve()),
    getContext: () =>
      Promise.resolve({
        app: { host: { name: hostName }, theme, locale: 'en-us' },
        user: {
          userPrincipalName: 'sanne.devries@lindeburg.example',
          displayName: 'Sanne de Vries',
        },
      }),
    registerOnThemeChangeHandler: (registered) => {
      handler = registered;
    },
    notifySuccess: vi.fn(() => Promise.resolve()),
    changeTheme: (next) => handler(next),
  };
}

const standaloneTeams: TeamsApp = {
  initialize: () => Promise.reject(new Error('Initialization Failed. No Parent window found.')),
  getContext: () => Promise.reject(new Error('not initialised')),
  registerOnThemeChangeHandler: () => undefined,
  notifySuccess: () => Promise.resolve(),
};

function environment(overrides: Partial<HostEnvironment>): HostEnvironment {
  return {
    teamsJsReach: 'possible',
    loadTeamsApp: () => Promise.resolve(standaloneTeams),
    office: undefined,
    matchMedia: fakeMatchMedia([]),
    ...overrides,
  };
}

describe('detectHost', () => {
  it('is a browser host when TeamsJS initialisation rejects, with the system theme', async () => {
    const host = await detectHost(
      environment({ matchMedia: fakeMatchMedia(['(prefers-color-scheme: dark)']) }),
    );
    expect(host.context).toEqual({ kind: 'browser', theme: 'dark', locale: null, user: null });
  });

  it('is a browser host without loading TeamsJS in a top-level window no TeamsJS host can reach', async () => {
    const loadTeamsApp = vi.fn(() => Promise.resolve(fakeTeams('Teams')));
    const host = await detectHost(environment({ teamsJsReach: 'impossible', loadTeamsApp }));
    expect(host.context.kind).toBe('browser');
    expect(loadTeamsApp).not.toHaveBeenCalled();
  });

  it('treats forced colours or more contrast as the contrast theme', async () => {
    const host = await detectHost(
      environment({
        matchMedia: fakeMatchMedia(['(prefers-color-scheme: dark)', '(forced-colors: active)']),
      }),
    );
    expect(host.context.theme).toBe('contrast');
  });

  it('reads Teams context, tells Teams the app loaded, and follows its theme changes', async () => {
    const teams = fakeTeams('Teams', 'dark');
    const host = await detectHost(environment({ loadTeamsApp: () => Promise.resolve(teams) }));
    expect(host.context).toEqual({
      kind: 'teams',
      theme: 'dark',
      locale: 'en-us',
      user: { upn: 'sanne.devries@lindeburg.example', displayName: 'Sanne de Vries' },
    });
    expect(teams.notifySuccess).toHaveBeenCalled();

    const seen: HostTheme[] = [];
    host.subscribeToTheme((theme) => seen.push(theme));
    teams.changeTheme('contrast');
    teams.changeTheme('default');
    expect(seen).toEqual(['contrast', 'light']);
  });

  it.each([
    ['Outlook', 'outlook'],
    ['Office', 'm365'],
    ['Teams', 'teams'],
  ])('maps TeamsJS host %s to %s', async (hostName, kind) => {
    const host = await detectHost(
      environment({ loadTeamsApp: () => Promise.resolve(fakeTeams(hostName)) }),
    );
    expect(host.context.kind).toBe(kind);
  });

  it('is an Outlook add-in when Office.js reports Outlook, without touching TeamsJS', async () => {
    const office: OfficeGlobal = {
      onReady: () => Promise.resolve({ host: 'Outlook', platform: 'PC' }),
      context: {
        displayLanguage: 'nl-NL',
        officeTheme: { bodyBackgroundColor: '#1f1f1f' },
        mailbox: {
          userProfile: {
            emailAddress: 'ingrid.bakker@lindeburg.example',
            displayName: 'Ingrid Bakker',
          },
        },
      },
    };
    const loadTeamsApp = vi.fn(() => Promise.resolve(standaloneTeams));
    const host = await detectHost(environment({ office, loadTeamsApp }));
    expect(host.context).toEqual({
      kind: 'outlook',
      theme: 'dark',
      locale: 'nl-NL',
      user: { upn: 'ingrid.bakker@lindeburg.example', displayName: 'Ingrid Bakker' },
    });
    expect(loadTeamsApp).not.toHaveBeenCalled();
  });

  it('falls through to TeamsJS when Office.js is loaded outside Outlook', async () => {
    const office: OfficeGlobal = { onReady: () => Promise.resolve({ host: null, platform: null }) };
    const host = await detectHost(environment({ office }));
    expect(host.context.kind).toBe('browser');
  });
});
