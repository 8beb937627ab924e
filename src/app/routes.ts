// The route table. A feature adds its page here with the roles that may use it; navigation and the
// router show only routes the signed-in user's roles allow. There are no placeholder routes.
import type { ComponentType } from 'react';
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
};

export const appRoutes: readonly AppRoute[] = [
  { path: 'home', labelKey: 'route.home', roles: allRoles, component: HomePage },
];

/** @example routesForRoles(appRoutes, ['employee']) // → the routes an employee may open, in table order */
export function routesForRoles(routes: readonly AppRoute[], roles: readonly Role[]): AppRoute[] {
  return routes.filter((route) => route.roles.some((role) => roles.includes(role)));
}
