// Where a reminder takes the employee: the app's "Mijn bereikbaarheid" page, as a Teams deep link (activity) or as
// the app's own web address (e-mail, for people without the Teams app).

/** The entity id of the "Mijn bereikbaarheid" static tab in manifest/manifest.template.json. */
export const myAvailabilityTabEntityId = 'myAvailability';

/** The route of the page in the app (`#/mijn-bereikbaarheid`). */
export const myAvailabilityRoute = 'mijn-bereikbaarheid';

/**
 * A Teams deep link that opens the app's "Mijn bereikbaarheid" tab; the app is named by its catalog id.
 * @example myAvailabilityDeepLink('5d3c9b7e-2a41-4f6e-9c08-b1e7a4d2f36c')
 * // 'https://teams.microsoft.com/l/entity/5d3c9b7e-2a41-4f6e-9c08-b1e7a4d2f36c/myAvailability'
 */
export function myAvailabilityDeepLink(catalogAppId: string): string {
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(catalogAppId)}/${myAvailabilityTabEntityId}`;
}

/**
 * The page's web address from the app's base address (anything after `#` dropped).
 * @example myAvailabilityWebUrl('https://bereikbaar.lindeburg.nl/index.html') // 'https://bereikbaar.lindeburg.nl/index.html#/mijn-bereikbaarheid'
 */
export function myAvailabilityWebUrl(appBaseUrl: string): string {
  return `${appBaseUrl.replace(/#.*$/, '')}#/${myAvailabilityRoute}`;
}
