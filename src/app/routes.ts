// The route table. A feature adds its page here with the roles that may use it; navigation and the
// router show only routes the signed-in user's roles allow. There are no placeholder routes.
import type { ComponentType } from 'react';
import { createElement, Fragment } from 'react';
/* eslint-disable bereikbaar/public-index -- the badges, the outbox and the outcome recorder load after the first paint; the index would pull the lazily loaded callback pages into the first chunk */
import {
  DeferredMyCallbacksNavBadge,
  DeferredOutboxNavBadge,
  useDeferredContactRecorder,
} from '../features/callbacks/deferred-shell-parts';
/* eslint-enable bereikbaar/public-index */
import { LazyMonitoringPage } from '../features/monitoring';
import { loadMessages } from '../i18n';
import type { MessageKey } from '../i18n';
import { allRoles } from './auth/roles';
import type { Role } from './auth/roles';
import type { PageProps } from './page-props';
import { pageOnDemand } from './page-on-demand';
import { AboutPage } from './shell/about-page';
import { HomePage } from './shell/home-page';

// Each feature's pages load on first use, so the agent screen does not carry the other features' code
// (the shell wraps pages in Suspense). A page's own messages (i18n's message groups) come with its code, in parallel.
// The agent screen's code can be asked for before the shell renders (see preloadLandingPage); one request either way.
const agentScreen = pageOnDemand(() =>
  import('../features/availability').then((m) => m.AvailabilityPage),
);
const myAvailabilityScreen = pageOnDemand(() =>
  Promise.all([import('../features/my-availability'), loadMessages(['myAvailability'])]).then(
    ([m]) => m.MyAvailabilityPage,
  ),
);
const absencesScreen = pageOnDemand(() =>
  Promise.all([import('../features/absences'), loadMessages(['absences'])]).then(
    ([m]) => m.AbsencesPage,
  ),
);
// The monitoring feature loads its page lazily itself; its messages come before it.
const monitoringScreen = pageOnDemand(() =>
  loadMessages(['monitoring', 'daily']).then(() => LazyMonitoringPage),
);
const callbackPages = () =>
  Promise.all([import('../features/callbacks'), loadMessages(['callbacks'])]).then(([m]) => m);
const newCallbackScreen = pageOnDemand(() => callbackPages().then((m) => m.NewCallbackPage));
const myCallbacksScreen = pageOnDemand(() => callbackPages().then((m) => m.MyCallbacksPage));
const teamCallbacksScreen = pageOnDemand(() => callbackPages().then((m) => m.TeamCallbacksPage));

export type AppRoute = {
  /** Path after `#/`, e.g. `home`. */
  path: string;
  labelKey: MessageKey;
  /** Roles that may use the page; a user needs at least one of them. */
  roles: readonly Role[];
  component: ComponentType<PageProps>;
  /** Roles for whom this page opens first after sign-in (instead of the first route). */
  landingFor?: readonly Role[];
  /** Shown after the label in the navigation, inside the link (a count, a status). */
  navBadge?: ComponentType<PageProps>;
  /** Fetches the page's code ahead of showing it (pages whose code is not in the first chunk). */
  preload?: () => Promise<unknown>;
  /** 'hidden': reachable by a link on another page only (default 'shown'). */
  navigation?: 'shown' | 'hidden';
};

/** Path of "Over Bereikbaar": the account, the host and the connection to Graph (linked from the start page). */
export const aboutPath = 'over';

/** Path of the agent screen; its open card or team follows as `?persoon=<id>` or `?team=<name>`. */
export const availabilityPath = 'beschikbaarheid';

function AvailabilityRoute(props: PageProps) {
  // Outcomes go into the callbacks outbox; the shell hands it over (features never import each other).
  const { recorder, host } = useDeferredContactRecorder(callbackProps(props));
  return createElement(
    Fragment,
    null,
    host,
    createElement(agentScreen.Page, {
      config: props.config,
      basePath: availabilityPath,
      outcomes: recorder,
    }),
  );
}

/** Path of "Mijn bereikbaarheid": how the front office sees the signed-in employee (reminders link here). */
export const myAvailabilityPath = 'mijn-bereikbaarheid';

function MyAvailabilityRoute({ config, session }: PageProps) {
  return createElement(myAvailabilityScreen.Page, {
    config,
    account: { userId: session.account.userId },
    requestToken: session.getAccessToken,
    callbacksHref: `#/${myCallbacksPath}`,
    aboutHref: `#/${aboutPath}`,
  });
}

/** Path of the team leader's screen: the team and its absences. */
export const absencesPath = 'mijn-team';

function AbsencesRoute({ config, session }: PageProps) {
  return createElement(absencesScreen.Page, {
    config,
    account: { userId: session.account.userId, displayName: session.account.displayName },
    teamScope: session.roles.includes('coordinator') ? 'allTeams' : 'ownTeams',
  });
}

/** Callback pages: the form (`?voor=<personId>` or `?team=<name>`), my list, my team's list. */
export const newCallbackPath = 'terugbelverzoek/nieuw';
export const myCallbacksPath = 'mijn-terugbelverzoeken';
export const teamCallbacksPath = 'terugbelverzoeken-team';

const callbackProps = ({ config, session }: PageProps) => ({
  config,
  account: { userId: session.account.userId, displayName: session.account.displayName },
});
const NewCallbackRoute = (props: PageProps) =>
  createElement(newCallbackScreen.Page, callbackProps(props));
const MyCallbacksRoute = (props: PageProps) =>
  createElement(myCallbacksScreen.Page, callbackProps(props));
const MyCallbacksBadge = (props: PageProps) =>
  createElement(DeferredMyCallbacksNavBadge, callbackProps(props));
const OutboxBadge = (props: PageProps) =>
  createElement(DeferredOutboxNavBadge, callbackProps(props));
const TeamCallbacksRoute = (props: PageProps) =>
  createElement(teamCallbacksScreen.Page, {
    ...callbackProps(props),
    scope: props.session.roles.includes('coordinator') ? 'all' : 'led',
  });

/** Monitoring: the coordinator's figures of all teams, and a team leader's figures of their own team. */
export const monitorPath = 'monitor';
export const teamFiguresPath = 'cijfers-mijn-team';

const MonitorRoute = ({ config, session }: PageProps) =>
  createElement(monitoringScreen.Page, {
    config,
    scope: 'allTeams',
    userId: session.account.userId,
    displayName: session.account.displayName,
  });
const TeamFiguresRoute = ({ config, session }: PageProps) =>
  createElement(monitoringScreen.Page, {
    config,
    scope: 'ownTeam',
    userId: session.account.userId,
    displayName: session.account.displayName,
  });

export const appRoutes: readonly AppRoute[] = [
  { path: 'home', labelKey: 'route.home', roles: allRoles, component: HomePage },
  {
    path: aboutPath,
    labelKey: 'route.about',
    roles: allRoles,
    component: AboutPage,
    navigation: 'hidden',
  },
  {
    path: availabilityPath,
    labelKey: 'route.availability',
    // The front office's screen. Team leaders and coordinators use it too; employees do not: the
    // calendars were opened to the front office, not to every colleague.
    roles: ['agent', 'teamLeader', 'coordinator'],
    component: AvailabilityRoute,
    preload: agentScreen.preload,
    landingFor: ['agent', 'coordinator'],
  },
  {
    path: myAvailabilityPath,
    labelKey: 'myAvailability.route',
    // Everyone is an employee; it is the landing page of those without a front-office role (agents and
    // coordinators land on the agent screen, listed before it).
    roles: allRoles,
    component: MyAvailabilityRoute,
    preload: myAvailabilityScreen.preload,
    landingFor: ['employee'],
  },
  {
    path: absencesPath,
    labelKey: 'absences.route',
    roles: ['teamLeader', 'coordinator'],
    component: AbsencesRoute,
    preload: absencesScreen.preload,
  },
  {
    path: newCallbackPath,
    labelKey: 'callbacks.route.new',
    roles: ['agent', 'teamLeader', 'coordinator'],
    component: NewCallbackRoute,
    preload: newCallbackScreen.preload,
    navBadge: OutboxBadge,
  },
  {
    path: myCallbacksPath,
    labelKey: 'callbacks.route.mine',
    roles: allRoles,
    component: MyCallbacksRoute,
    preload: myCallbacksScreen.preload,
    navBadge: MyCallbacksBadge,
  },
  {
    path: teamCallbacksPath,
    labelKey: 'callbacks.route.team',
    roles: ['teamLeader', 'coordinator'],
    component: TeamCallbacksRoute,
    preload: teamCallbacksScreen.preload,
  },
  {
    path: monitorPath,
    labelKey: 'monitoring.route.coordinator',
    roles: ['coordinator'],
    component: MonitorRoute,
    preload: monitoringScreen.preload,
  },
  {
    path: teamFiguresPath,
    labelKey: 'monitoring.route.teamLeader',
    roles: ['teamLeader'],
    component: TeamFiguresRoute,
    preload: monitoringScreen.preload,
  },
];

const landingHintKey = 'bereikbaar.landingPage';

/** Remembers the page this user landed on, so the next start can fetch its code while signing in. */
export function rememberLandingPage(
  storage: Pick<Storage, 'setItem'> | undefined,
  path: string | undefined,
): void {
  try {
    if (path !== undefined) storage?.setItem(landingHintKey, path);
  } catch {
    // storage full or blocked: the next start just fetches the page after signing in
  }
}

/**
 * At start, before signing in: fetches the code of the page this user landed on last time, in parallel with the
 * sign-in (a cold start in a Teams tab otherwise waits for the token, then the code).
 */
export function preloadLandingPage(storage: Pick<Storage, 'getItem'> | undefined): void {
  let hint: string | null;
  try {
    hint = storage?.getItem(landingHintKey) ?? null;
  } catch {
    return;
  }
  void appRoutes
    .find((route) => route.path === hint)
    ?.preload?.()
    .catch(() => undefined);
}

/**
 * After signing in, before the shell shows: fetches the code of the page this user lands on, so it renders at once
 * instead of behind the shell's "page loading" (which React keeps up at least 300 ms). Resolves when the code is
 * here, failed (the page's own error handling shows that), or after `giveUpMs`: a slow fetch then goes on behind
 * the shell's Suspense.
 */
export async function preloadLandingRoute(
  routes: readonly AppRoute[],
  roles: readonly Role[],
  giveUpMs = 2000,
): Promise<void> {
  const preload = landingRoute(routesForRoles(routes, roles), roles)?.preload;
  if (preload === undefined) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([
    preload().catch(() => undefined),
    new Promise((done) => (timer = setTimeout(done, giveUpMs))),
  ]);
  clearTimeout(timer);
}

/**
 * The page a user lands on: the first route meant as landing page for one of their roles, else the first route.
 * @example landingRoute(routesForRoles(appRoutes, ['agent', 'employee']), ['agent', 'employee'])?.path // 'beschikbaarheid'
 */
export function landingRoute(
  routes: readonly AppRoute[],
  roles: readonly Role[],
): AppRoute | undefined {
  return (
    routes.find((route) => route.landingFor?.some((role) => roles.includes(role))) ?? routes[0]
  );
}

/** @example routesForRoles(appRoutes, ['employee']) // → the routes an employee may open, in table order */
export function routesForRoles(routes: readonly AppRoute[], roles: readonly Role[]): AppRoute[] {
  return routes.filter((route) => route.roles.some((role) => roles.includes(role)));
}
