// The route table. A feature adds its page here with the roles that may use it; navigation and the
// router show only routes the signed-in user's roles allow. There are no placeholder routes.
import type { ComponentType } from 'react';
import { createElement } from 'react';
import { AvailabilityPage } from '../features/availability';
import type { MessageKey } from '../i18n';
import { allRoles } from './auth/roles';
import type { Role } from './auth/roles';
import type { PageProps } from './page-props';
import { HomePage } from './shell/home-page';

export type AppRoute = {
  /** Path after `#/`, e.g. `home`. */
  path: string;
  labelKey: MessageKey;
  /** Roles that may use the page; a user needs at least one of them. */
  roles: readonly Role[];
  component: ComponentType<PageProps>;
  /** Roles for whom this page opens first after sign-in (instead of the first route). */
  landingFor?: readonly Role[];
};

/** Path of the agent screen; its open card or team follows as `?persoon=<id>` or `?team=<name>`. */
export const availabilityPath = 'beschikbaarheid';

function AvailabilityRoute({ config }: PageProps) {
  return createElement(AvailabilityPage, { config, basePath: availabilityPath });
}

export const appRoutes: readonly AppRoute[] = [
  { path: 'home', labelKey: 'route.home', roles: allRoles, component: HomePage },
  {
    path: availabilityPath,
    labelKey: 'route.availability',
    // The front office's screen. Team leaders and coordinators use it too; employees do not: the
    // calendars were opened to the front office, not to every colleague.
    roles: ['agent', 'teamLeader', 'coordinator'],
    component: AvailabilityRoute,
    landingFor: ['agent', 'coordinator'],
  },
];

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
