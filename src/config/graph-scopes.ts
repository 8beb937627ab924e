// The delegated Microsoft Graph scopes the app asks for at sign-in, and that the app package's nested app auth
// prefetches: the union of the scopes each src/graph module declares beside its calls (`scopes.ts`), composed here
// in one place, following the configuration. docs/deploy.md's permission table justifies each one (a test checks
// the two agree). Pure: the build, the packager and the app share it; the declarations import nothing but types.
import { absencesScopes } from '../graph/absences/scopes';
import { availabilityScopes } from '../graph/availability/scopes';
import { callbacksScopes } from '../graph/callbacks/scopes';
import { listsScopes } from '../graph/lists/scopes';
import { mailScopes } from '../graph/mail/scopes';
import { monitoringScopes } from '../graph/monitoring/scopes';
import { mySettingsScopes } from '../graph/my-settings/scopes';
import { peopleScopes } from '../graph/people/scopes';
import type { GraphScopeDeclaration, ScopeChoices, SitesScope } from './graph-scope-declaration';

export type { GraphScopeDeclaration, ScopeChoices, SitesScope } from './graph-scope-declaration';

export const sitesScopes: readonly SitesScope[] = ['Sites.ReadWrite.All', 'Sites.Selected'];
export const defaultSitesScope: SitesScope = 'Sites.ReadWrite.All';

/**
 * The value of BRK_SITES_SCOPE, case-insensitively; undefined gives the default, an unknown value null.
 * @example parseSitesScope('sites.selected') // 'Sites.Selected'
 */
export function parseSitesScope(value: string | undefined): SitesScope | null {
  if (value === undefined) return defaultSitesScope;
  return sitesScopes.find((scope) => scope.toLowerCase() === value.trim().toLowerCase()) ?? null;
}

/** Every src/graph module that calls Graph, with its declaration (a test checks none is missing). */
export const graphScopeDeclarations = {
  people: peopleScopes,
  availability: availabilityScopes,
  mail: mailScopes,
  lists: listsScopes,
  absences: absencesScopes,
  callbacks: callbacksScopes,
  monitoring: monitoringScopes,
  'my-settings': mySettingsScopes,
} satisfies Record<string, GraphScopeDeclaration>;

/** The scopes one declaration asks for in a configuration. */
export function declaredScopes(
  declaration: GraphScopeDeclaration,
  choices: ScopeChoices,
): string[] {
  return [...declaration.always, ...(declaration.configured?.(choices) ?? [])];
}

/**
 * The scopes to request: the union of the modules' declarations, each once, in a fixed order (first those every
 * configuration asks, then those the configuration chooses, each in module order).
 * @example requestedGraphScopes({ sitesScope: 'Sites.Selected', notifications: 'email', teamsCatalogAppId: 'lookedUp' })
 *  // ['User.Read', 'User.Read.All', 'Calendars.Read', 'Presence.Read.All', 'Mail.Read', 'Mail.Send', 'Sites.Selected']
 */
export function requestedGraphScopes(choices: ScopeChoices): string[] {
  const declarations = Object.values(graphScopeDeclarations);
  return [
    ...new Set([
      ...declarations.flatMap((declaration) => declaration.always),
      ...declarations.flatMap((declaration) => declaration.configured?.(choices) ?? []),
    ]),
  ];
}
