// What a src/graph module declares beside its calls: the delegated scopes they need, always or as the configuration
// chooses. Types only, apart from graph-scopes.ts (which imports the declarations), so no import runs in a circle.

/** How the app reaches Bereikbaar's SharePoint site (BRK_SITES_SCOPE). */
export type SitesScope = 'Sites.ReadWrite.All' | 'Sites.Selected';

export type ScopeChoices = {
  sitesScope: SitesScope;
  notifications: 'email' | 'teamsActivity';
  /** Whether BRK_TEAMS_CATALOG_APP_ID names the app's id in the org catalog; otherwise the app looks it up. */
  teamsCatalogAppId: 'configured' | 'lookedUp';
};

/** The delegated scopes a src/graph module's calls need, declared beside those calls (`src/graph/<module>/scopes.ts`). */
export type GraphScopeDeclaration = {
  /** Asked in every configuration. */
  always: readonly string[];
  /** Asked as the configuration chooses (BRK_SITES_SCOPE, BRK_NOTIFICATIONS, BRK_TEAMS_CATALOG_APP_ID). */
  configured?: (choices: ScopeChoices) => readonly string[];
  /**
   * Asked only when the user does what needs them (incremental consent: a button press), never at sign-in; refusing
   * them leaves the rest of the app working. Not part of the sign-in list.
   */
  onDemand?: readonly string[];
};
