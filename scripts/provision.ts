// `npm run provision`: creates (or brings up to date) Bereikbaar's SharePoint lists, columns and indexes through
// Microsoft Graph, one reasons list per team, and every list's versioning and permissions through SharePoint's REST
// API (PnPjs) — from schema/lists.ts. Signed in as a SharePoint administrator who is site collection administrator
// of the site (docs/deploy.md, step 5). Idempotent: a second run changes nothing and says so.
//
//   BRK_SHAREPOINT_SITE=contoso.sharepoint.com:/sites/bereikbaar \
//   BRK_ROLE_GROUP_TEAMLEADER=<group id> BRK_ROLE_GROUP_COORDINATOR=<group id> BRK_ALL_STAFF_GROUP=<group id> \
//   BRK_TENANT_ID=<tenant id> BRK_PROVISION_CLIENT_ID=<app registration allowing public client flows> \
//   npm run provision                 (device code: prints a URL and a code to type)
//
//   … BRK_GRAPH_TOKEN=eyJ… BRK_SHAREPOINT_TOKEN=eyJ… npm run provision      (tokens got elsewhere)
//
//   npm run provision -- --emulator http://localhost:4000     (the demo tenant, as its SharePoint administrator)
//
// With BRK_SITES_SCOPE=Sites.Selected it also grants the app (BRK_CLIENT_ID; on the demo tenant its demo app) the
// role `write` on the site, without which a Sites.Selected app reaches nothing. On a real tenant it grants
// BRK_CLIENT_ID that role in any case: the daily check (npm run daily) signs in as that app with the application
// permission Sites.Selected. On the demo tenant the demo build grants its job app.
//
// Exit code: 0 when everything is as the schema says, 1 when something failed or is left to do (each named above
// the summary; run again once it is fixed: the run resumes where it could not go on).
import { parseArgs } from 'node:util';
import { demoAppDisplayName, demoAppId } from '../emulator/auth';
import { defaultGraphBaseUrl, demoSharePointSite } from '../src/config/app-config';
import { parseSitesScope } from '../src/config/graph-scopes';
import { siteLocatorFrom, siteSegment } from '../src/graph/lists/site-locator';
import { demoAudienceGroups } from './demo-tenant/provision-demo-tenant';
import { administratorScopes, sharePointScopes } from './provisioning/admin-scopes';
import { signInWithDeviceCode } from './provisioning/admin-sign-in';
import { describeSiteGrant, grantSiteAccess } from './provisioning/grant-site-access';
import { graphCaller, GraphCallError } from './provisioning/graph-caller';
import type { GraphCall } from './provisioning/graph-caller';
import type { AudienceGroups } from './provisioning/list-permissions';
import { provisionSite } from './provisioning/provision-site';
import { describeStep, isChange, isUnfinished } from './provisioning/provision-steps';
import { sharePointRest } from './provisioning/sharepoint-rest';

function env(name: string): string | undefined {
  const value = process.env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

type Persona = { upn: string; role: string };

/** A token from the demo tenant's token endpoint for its SharePoint administrator. */
async function emulatorToken(
  emulatorUrl: string,
  administrator: string,
  scopes: readonly string[],
  resource?: string,
): Promise<string> {
  const query = new URLSearchParams({ persona: administrator, scope: scopes.join(' ') });
  if (resource !== undefined) query.set('resource', resource);
  const response = await fetch(`${emulatorUrl}/_emulator/token?${query.toString()}`);
  if (!response.ok) throw new Error(`The demo tenant gave no token: ${response.status}.`);
  return ((await response.json()) as { access_token: string }).access_token;
}

/** The site's web URL (https://contoso.sharepoint.com/sites/bereikbaar), or one clear line when it is not there. */
async function siteWebUrl(graph: GraphCall, site: string, configured: string): Promise<URL> {
  try {
    const found = (await graph('GET', `${site.replace(/:$/, '')}?$select=id,webUrl`)).body as {
      webUrl?: string;
    };
    if (found.webUrl === undefined) throw new Error('the site has no webUrl');
    return new URL(found.webUrl);
  } catch (error) {
    if (error instanceof GraphCallError && error.status === 404)
      throw new Error(
        `The site ${configured} does not exist (Graph answered 404). Create it first (docs/deploy.md, step 4) or correct BRK_SHAREPOINT_SITE.`,
        { cause: error },
      );
    if (error instanceof GraphCallError && (error.status === 401 || error.status === 403))
      throw new Error(
        `The signed-in account may not open the site ${configured} (${error.status} ${error.code}): sign in as a SharePoint administrator with ${administratorScopes.join(' and ')}.`,
        { cause: error },
      );
    throw error;
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { emulator: { type: 'string' } } });
  const emulatorUrl = values.emulator?.replace(/\/+$/, '');
  const sitesScope = parseSitesScope(env('BRK_SITES_SCOPE'));
  if (sitesScope === null) {
    console.error(
      'BRK_SITES_SCOPE must be Sites.ReadWrite.All or Sites.Selected (as for the build).',
    );
    return 1;
  }
  const configuredSite =
    env('BRK_SHAREPOINT_SITE') ?? (emulatorUrl ? demoSharePointSite : undefined);
  if (configuredSite === undefined) {
    console.error(
      'Set BRK_SHAREPOINT_SITE (e.g. contoso.sharepoint.com:/sites/bereikbaar), or use --emulator <url> for the demo tenant.',
    );
    return 1;
  }
  const site = siteSegment(siteLocatorFrom(configuredSite));
  const groups: AudienceGroups = {
    agent: env('BRK_ROLE_GROUP_AGENT') ?? (emulatorUrl ? demoAudienceGroups.agent : undefined),
    teamLeader:
      env('BRK_ROLE_GROUP_TEAMLEADER') ?? (emulatorUrl ? demoAudienceGroups.teamLeader : undefined),
    coordinator:
      env('BRK_ROLE_GROUP_COORDINATOR') ??
      (emulatorUrl ? demoAudienceGroups.coordinator : undefined),
    allStaff: env('BRK_ALL_STAFF_GROUP') ?? (emulatorUrl ? demoAudienceGroups.allStaff : undefined),
  };
  const siteGrantApp =
    sitesScope !== 'Sites.Selected'
      ? null
      : emulatorUrl !== undefined
        ? { id: env('BRK_CLIENT_ID') ?? demoAppId, displayName: demoAppDisplayName }
        : env('BRK_CLIENT_ID') === undefined
          ? undefined
          : { id: env('BRK_CLIENT_ID') as string, displayName: 'Bereikbaar' };
  if (siteGrantApp === undefined) {
    console.error(
      'BRK_SITES_SCOPE=Sites.Selected: set BRK_CLIENT_ID (the app registration of step 1) so that the app can be granted the site.',
    );
    return 1;
  }

  let graph: GraphCall;
  let sharePointToken: () => Promise<string>;
  let sharePointBase: (webUrl: URL) => string;
  if (emulatorUrl !== undefined) {
    const personas = (await (await fetch(`${emulatorUrl}/_emulator/personas`)).json()) as Persona[];
    const administrator = personas.find((persona) => persona.role === 'administrator')?.upn;
    if (administrator === undefined)
      throw new Error(`${emulatorUrl} has no administrator persona.`);
    graph = graphCaller(
      `${emulatorUrl}/v1.0`,
      await emulatorToken(emulatorUrl, administrator, administratorScopes),
    );
    sharePointToken = () =>
      emulatorToken(
        emulatorUrl,
        administrator,
        sharePointScopes,
        'https://lindeburg.sharepoint.com',
      );
    // The demo tenant serves each site's `_api` below its own address, at the site's path.
    sharePointBase = (webUrl) => `${emulatorUrl}${webUrl.pathname}`;
  } else {
    const graphBaseUrl = `${env('BRK_GRAPH_URL') ?? defaultGraphBaseUrl}/v1.0`;
    const givenGraph = env('BRK_GRAPH_TOKEN');
    const givenSharePoint = env('BRK_SHAREPOINT_TOKEN');
    const clientId = env('BRK_PROVISION_CLIENT_ID') ?? env('BRK_CLIENT_ID');
    const tenantId = env('BRK_TENANT_ID');
    if (givenGraph !== undefined && givenSharePoint !== undefined) {
      graph = graphCaller(graphBaseUrl, givenGraph);
      sharePointToken = () => Promise.resolve(givenSharePoint);
    } else if (clientId !== undefined && tenantId !== undefined) {
      // The SharePoint host: before the ':' of `host:/sites/name`, or the ',' of a site id `host,guid,guid`.
      const resource = `https://${configuredSite.split(/[:,]/)[0] ?? ''}`;
      const tokens = await signInWithDeviceCode({
        clientId,
        tenantId,
        sharePointResource: resource,
        say: (message) => console.log(message),
      });
      graph = graphCaller(graphBaseUrl, tokens.graph);
      sharePointToken = () => Promise.resolve(tokens.sharePoint);
    } else {
      console.error(
        'Sign in as a SharePoint administrator: set BRK_TENANT_ID and BRK_PROVISION_CLIENT_ID for the device code, or BRK_GRAPH_TOKEN and BRK_SHAREPOINT_TOKEN (docs/deploy.md, step 5).',
      );
      return 1;
    }
    sharePointBase = (webUrl) => webUrl.toString();
  }

  const webUrl = await siteWebUrl(graph, site, configuredSite);
  console.log(`Provisioning Bereikbaar in ${webUrl.toString()}`);
  const steps = await provisionSite({
    graph,
    site,
    sharePoint: sharePointRest(sharePointBase(webUrl), await sharePointToken()),
    groups,
    report: (step) => console.log(`  ${describeStep(step)}`),
  });
  // The daily check signs in as the same app registration (Teams sends activities only from the app registered in
  // the manifest's webApplicationInfo) with the application permission Sites.Selected: it reaches the site only
  // through this grant, so a real tenant's app is granted whatever scope the app's users have.
  const clientId = emulatorUrl === undefined ? env('BRK_CLIENT_ID') : undefined;
  const grantApps =
    siteGrantApp !== null
      ? [siteGrantApp]
      : clientId === undefined
        ? []
        : [{ id: clientId, displayName: 'Bereikbaar' }];
  for (const app of grantApps) {
    const grant = await grantSiteAccess(graph, site, app);
    console.log(`  ${describeSiteGrant(grant, app.id)}`);
    if (grant.outcome !== 'alreadyThere')
      steps.push({ list: 'site', subject: 'permission', name: app.id, outcome: grant.outcome });
  }
  const changed = steps.filter(isChange);
  const unfinished = steps.filter(isUnfinished);
  console.log(
    changed.length === 0 && unfinished.length === 0
      ? 'Done: nothing to change, everything was already as the schema says.'
      : `Done: ${changed.length} change(s)${unfinished.length > 0 ? `, ${unfinished.length} NOT DONE` : ''}.`,
  );
  if (unfinished.length === 0) return 0;
  console.error('Not done (fix what each line names, then run `npm run provision` again):');
  for (const step of unfinished) console.error(`  ${describeStep(step)}`);
  return 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
