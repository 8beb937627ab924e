// The delegated permissions provisioning asks for, as a SharePoint administrator: Graph to create lists and
// columns (and, under Sites.Selected, to grant the app the site), SharePoint to set permissions and versioning.

/** Graph: lists and columns need Sites.Manage.All; a site grant for the app needs Sites.FullControl.All. */
export const administratorScopes = ['Sites.Manage.All', 'Sites.FullControl.All'] as const;

/** SharePoint (resource https://<tenant>.sharepoint.com): permissions need full control of the site collection. */
export const sharePointScopes = ['AllSites.FullControl'] as const;
