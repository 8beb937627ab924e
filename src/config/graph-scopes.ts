// The delegated Microsoft Graph scopes the app asks for at sign-in, and that the app package's nested app auth
// prefetches: one list, following the configuration. docs/deploy.md's permission table justifies each one
// (a test checks the two agree). Pure: the build, the packager and the app share it.

/** How the app reaches Bereikbaar's SharePoint site (BRK_SITES_SCOPE). */
export type SitesScope = 'Sites.ReadWrite.All' | 'Sites.Selected';
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

export type ScopeChoices = {
  sitesScope: SitesScope;
  notifications: 'email' | 'teamsActivity';
  /** Whether BRK_TEAMS_CATALOG_APP_ID names the app's id in the org catalog; otherwise the app looks it up. */
  teamsCatalogAppId: 'configured' | 'lookedUp';
};

/**
 * The scopes to request, in a fixed order: only those the configured app uses.
 * @example requestedGraphScopes({ sitesScope: 'Sites.Selected', notifications: 'email', teamsCatalogAppId: 'lookedUp' })
 *  * // ['User.Read', 'User.Read.All', 'Calendars.Read', 'Presence.Read.All', 'Mail.Read', 'Mail.Send', 'Sites.Selected']
 */
export function requestedGraphScopes(choices: ScopeChoices): string[] {
  return [
    // Sign-in, /me/directReports (a team leader's team).
    'User.Read',
    // The directory: colleagues by name, team (manager), job title; phone numbers.
    'User.Read.All',
    // getSchedule: free/busy, and subjects where a calendar is shared with details; working hours come with it.
    'Calendars.Read',
    'Presence.Read.All',
    // getMailTips (automatic replies): Graph requires Mail.Read for it; no messages are read.
    'Mail.Read',
    // Callback notifications and the front-office notice of an absence.
    'Mail.Send',
    // Bereikbaar's lists: every site the user can reach, or only the sites the app was granted.
    choices.sitesScope,
    // Callback notifications in the Teams activity feed, only when the organisation chose them; the app's catalog
    // id for their deep link is looked up (appCatalogs) unless configured.
    ...(choices.notifications === 'teamsActivity' ? ['TeamsActivity.Send'] : []),
    ...(choices.notifications === 'teamsActivity' && choices.teamsCatalogAppId === 'lookedUp'
      ? ['AppCatalog.Read.All']
      : []),
  ];
}
