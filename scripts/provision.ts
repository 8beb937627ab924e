// `npm run provision`: creates (or brings up to date) Bereikbaar's SharePoint lists, columns, indexes and list
// permissions in the configured site, from schema/lists.ts, through Microsoft Graph.
//
//   BRK_SHAREPOINT_SITE=contoso.sharepoint.com:/sites/bereikbaar BRK_GRAPH_TOKEN=eyJ… \
//   BRK_ROLE_GROUP_TEAMLEADER=<group id> BRK_ROLE_GROUP_COORDINATOR=<group id> BRK_ALL_STAFF_GROUP=<group id> \
//   npm run provision
//
//   npm run provision -- --emulator http://localhost:4000     (the demo tenant; token of its coordinator)
//
// With BRK_SITES_SCOPE=Sites.Selected it also grants the app (BRK_CLIENT_ID; on the demo tenant its demo app) the
// role `write` on the site, without which a Sites.Selected app reaches nothing.
//
// The token is a delegated Graph token of a SharePoint administrator (see docs/deploy.md, step 5).
import { parseArgs } from 'node:util';
import { allLists } from '../schema/lists';
import { demoSharePointSite, defaultGraphBaseUrl } from '../src/config/app-config';
import { siteLocatorFrom, siteSegment } from '../src/graph/lists/site-locator';
import { demoAudienceGroups } from './demo-tenant/provision-demo-tenant';
import { demoAppDisplayName, demoAppId } from '../emulator/auth';
import { parseSitesScope } from '../src/config/graph-scopes';
import { describeSiteGrant, grantSiteAccess } from './provisioning/grant-site-access';
import { graphCaller, tokenScopes } from './provisioning/graph-caller';
import { describeStep, provisioningScopes, provisionLists } from './provisioning/provision-lists';
import type { AudienceGroups } from './provisioning/provision-lists';

/** A token of the demo tenant's administrator with the provisioning scopes, asked from the emulator. */
async function emulatorToken(emulatorUrl: string): Promise<string> {
  const personas = (await (await fetch(`${emulatorUrl}/_emulator/personas`)).json()) as {
    upn: string;
    role: string;
  }[];
  // Only the administrator persona is given the administrative scopes provisioning needs.
  const administrator = personas.find((persona) => persona.role === 'administrator');
  if (administrator === undefined) throw new Error(`${emulatorUrl} has no administrator persona.`);
  const query = new URLSearchParams({
    persona: administrator.upn,
    scope: [...provisioningScopes, 'Sites.ReadWrite.All'].join(' '),
  });
  const response = await fetch(`${emulatorUrl}/_emulator/token?${query.toString()}`);
  if (!response.ok) throw new Error(`The emulator gave no token: ${response.status}.`);
  return ((await response.json()) as { access_token: string }).access_token;
}

function env(name: string): string | undefined {
  const value = process.env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
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
  // The app registration that Sites.Selected grants the site to.
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
  let token: string;
  let graphBaseUrl: string;
  let site: string;
  let groups: AudienceGroups;
  if (emulatorUrl !== undefined) {
    token = await emulatorToken(emulatorUrl);
    graphBaseUrl = `${emulatorUrl}/v1.0`;
    site = env('BRK_SHAREPOINT_SITE') ?? demoSharePointSite;
    groups = {
      teamLeader: env('BRK_ROLE_GROUP_TEAMLEADER') ?? demoAudienceGroups.teamLeader,
      coordinator: env('BRK_ROLE_GROUP_COORDINATOR') ?? demoAudienceGroups.coordinator,
      allStaff: env('BRK_ALL_STAFF_GROUP') ?? demoAudienceGroups.allStaff,
    };
  } else {
    const given = env('BRK_GRAPH_TOKEN');
    const configuredSite = env('BRK_SHAREPOINT_SITE');
    if (given === undefined || configuredSite === undefined) {
      console.error(
        'Set BRK_SHAREPOINT_SITE (e.g. contoso.sharepoint.com:/sites/bereikbaar) and BRK_GRAPH_TOKEN (a delegated Graph token with Sites.Manage.All and Sites.FullControl.All; see docs/deploy.md, step 5), or use --emulator <url>.',
      );
      return 1;
    }
    token = given;
    site = configuredSite;
    graphBaseUrl = `${env('BRK_GRAPH_URL') ?? defaultGraphBaseUrl}/v1.0`;
    groups = {
      teamLeader: env('BRK_ROLE_GROUP_TEAMLEADER'),
      coordinator: env('BRK_ROLE_GROUP_COORDINATOR'),
      allStaff: env('BRK_ALL_STAFF_GROUP'),
    };
    const scopes = tokenScopes(token);
    if (scopes !== null && !provisioningScopes.some((scope) => scopes.includes(scope)))
      console.warn(
        `Warning: the token's scopes (${scopes.join(' ')}) include neither ${provisioningScopes.join(' nor ')}; creating lists will be refused.`,
      );
  }
  console.log(`Provisioning ${allLists.length} lists in ${site} (${graphBaseUrl})`);
  const steps = await provisionLists({
    graph: graphCaller(graphBaseUrl, token),
    site: siteSegment(siteLocatorFrom(site)),
    lists: allLists,
    groups,
    report: (step) => console.log(`  ${describeStep(step)}`),
  });
  if (siteGrantApp !== null) {
    const grant = await grantSiteAccess(
      graphCaller(graphBaseUrl, token),
      siteSegment(siteLocatorFrom(site)),
      siteGrantApp,
    );
    console.log(`  ${describeSiteGrant(grant, siteGrantApp.id)}`);
  }
  const changed = steps.filter((step) => step.outcome === 'created' || step.outcome === 'updated');
  const manual = steps.filter((step) => step.outcome === 'manualStepNeeded');
  const failed = steps.filter((step) => step.outcome === 'failed');
  const inOrder = steps.length - changed.length - manual.length - failed.length;
  console.log(
    `Done: ${changed.length} change(s), ${inOrder} already in order${manual.length > 0 ? `, ${manual.length} manual step(s) left (above)` : ''}${failed.length > 0 ? `, ${failed.length} FAILED` : ''}.`,
  );
  if (failed.length > 0) {
    console.error(
      'Failed (run `npm run provision` again to complete them; it resumes where it stopped):',
    );
    for (const step of failed) console.error(`  ${describeStep(step)}`);
    return 1;
  }
  // 2: the lists are there but someone still has to finish the permissions by hand.
  return manual.length > 0 ? 2 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
