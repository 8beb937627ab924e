// Finds out where the app runs: Outlook add-in (Office.js), Teams / Outlook / Microsoft 365 app (TeamsJS),
// or a plain browser. TeamsJS's app.initialize() rejects at once in a top-level window; that rejection
// is the "standalone" signal, so no timeout is needed. TeamsJS (about 50 KB gzipped) is only loaded where a
// TeamsJS host can be: in a frame, in a window opened by another, or in a mobile host's web view.
import { subscribeToSystemTheme, systemTheme } from './browser-theme';
import type { DetectedHost, HostContext, HostKind, HostTheme, ThemeListener } from './host-context';
import { hostThemeFromTeams } from './teams-theme';

/** The part of TeamsJS's `app` namespace we use (injectable for tests). */
export type TeamsApp = {
  initialize: () => Promise<void>;
  getContext: () => Promise<{
    app: { host: { name: string }; theme: string; locale: string };
    user?: { userPrincipalName?: string; displayName?: string } | undefined;
  }>;
  registerOnThemeChangeHandler: (handler: (theme: string) => void) => void;
  notifySuccess: () => Promise<unknown>;
};

/** The part of Office.js we use; present as `window.Office` when the add-in page loaded office.js. */
export type OfficeGlobal = {
  onReady: () => Promise<{ host: string | null; platform: string | null }>;
  context?: {
    displayLanguage?: string;
    officeTheme?: { isDarkTheme?: boolean; bodyBackgroundColor?: string };
    mailbox?: { userProfile?: { emailAddress?: string; displayName?: string } };
  };
};

/**
 * Whether a TeamsJS host can be around this page: the conditions TeamsJS's own initialize() checks before it
 * rejects with "No Parent window found" (a parent frame, an opener, or a mobile host's `nativeInterface`).
 */
export type TeamsJsReach = 'possible' | 'impossible';

export type HostEnvironment = {
  teamsJsReach: TeamsJsReach;
  loadTeamsApp: () => Promise<TeamsApp>;
  office: OfficeGlobal | undefined;
  matchMedia: ((query: string) => MediaQueryList) | undefined;
};

export function browserHostEnvironment(): HostEnvironment {
  const office = (window as Window & { Office?: OfficeGlobal }).Office;
  const framed = window.parent !== window || window.opener !== null;
  return {
    teamsJsReach: framed || 'nativeInterface' in window ? 'possible' : 'impossible',
    // Loaded on demand: keeps TeamsJS out of the main chunk and out of tests that don't need it.
    loadTeamsApp: async () => (await import(/* webpackChunkName: "teams-js" */ './teams-sdk')).app,
    office,
    matchMedia:
      typeof window.matchMedia === 'function' ? window.matchMedia.bind(window) : undefined,
  };
}

function hostKindFromTeamsHostName(name: string): HostKind {
  switch (name.toLowerCase()) {
    case 'teams':
    case 'teamsmodern':
      return 'teams';
    case 'outlook':
    case 'outlookwin32':
      return 'outlook';
    default:
      return 'm365'; // Office (the Microsoft 365 app) and other M365 hosts
  }
}

/** Office gives colours, and in newer builds a flag; a dark body background means a dark theme. */
function hostThemeFromOffice(
  theme: NonNullable<OfficeGlobal['context']>['officeTheme'],
): HostTheme {
  if (typeof theme?.isDarkTheme === 'boolean') return theme.isDarkTheme ? 'dark' : 'light';
  const hex = theme?.bodyBackgroundColor?.replace('#', '');
  if (hex === undefined || !/^[0-9a-f]{6}$/i.test(hex)) return 'light';
  const [r, g, b] = [0, 2, 4].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5 ? 'dark' : 'light';
}

async function detectOutlookAddIn(office: OfficeGlobal): Promise<DetectedHost | null> {
  const info = await office.onReady();
  if (info.host?.toLowerCase() !== 'outlook') return null;
  const profile = office.context?.mailbox?.userProfile;
  const context: HostContext = {
    kind: 'outlook',
    theme: hostThemeFromOffice(office.context?.officeTheme),
    locale: office.context?.displayLanguage ?? null,
    user:
      profile === undefined
        ? null
        : { upn: profile.emailAddress, displayName: profile.displayName },
  };
  return { context, subscribeToTheme: () => () => undefined };
}

async function detectTeamsHost(teams: TeamsApp): Promise<DetectedHost> {
  const teamsContext = await teams.getContext();
  const listeners = new Set<ThemeListener>();
  teams.registerOnThemeChangeHandler((theme) => {
    for (const listener of listeners) listener(hostThemeFromTeams(theme));
  });
  const context: HostContext = {
    kind: hostKindFromTeamsHostName(teamsContext.app.host.name),
    theme: hostThemeFromTeams(teamsContext.app.theme),
    locale: teamsContext.app.locale || null,
    user:
      teamsContext.user === undefined
        ? null
        : { upn: teamsContext.user.userPrincipalName, displayName: teamsContext.user.displayName },
  };
  // Tells the host the app loaded, so it hides its loading indicator.
  void teams.notifySuccess().catch(() => undefined);
  return {
    context,
    subscribeToTheme: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function browserHost(matchMedia: HostEnvironment['matchMedia']): DetectedHost {
  return {
    context: { kind: 'browser', theme: systemTheme(matchMedia), locale: null, user: null },
    subscribeToTheme: (listener) => subscribeToSystemTheme(matchMedia, listener),
  };
}

/** Detects the host once at start-up. */
export async function detectHost(environment: HostEnvironment): Promise<DetectedHost> {
  if (environment.office !== undefined) {
    const outlook = await detectOutlookAddIn(environment.office).catch(() => null);
    if (outlook !== null) return outlook;
  }
  if (environment.teamsJsReach === 'impossible') return browserHost(environment.matchMedia);
  let teams: TeamsApp;
  try {
    teams = await environment.loadTeamsApp();
    await teams.initialize();
  } catch {
    return browserHost(environment.matchMedia); // not inside a TeamsJS host
  }
  return detectTeamsHost(teams);
}
