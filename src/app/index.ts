// Public API of the Teams app's shell, for the Outlook add-in that reuses it.
export { App, defaultSignInFactory } from './app';
export type { AppDependencies } from './app';
export { browserHostEnvironment, detectHost } from './host/detect-host';
export { loadFluentTheme } from './theme/fluent-theme';
export { allRoles } from './auth/roles';
export type { Role } from './auth/roles';
export type { PageProps } from './page-props';
export type { AppRoute } from './routes';
