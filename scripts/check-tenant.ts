// `npm run check:tenant`: tells IT staff whether a tenant gives Bereikbaar everything it needs. It runs every
// read the app depends on with a signed-in user's delegated token and prints one line per check.
//
//   BRK_SHAREPOINT_SITE=contoso.sharepoint.com:/sites/bereikbaar BRK_GRAPH_TOKEN=eyJ… npm run check:tenant
//   npm run check:tenant -- --emulator http://localhost:4000 [--persona <upn>] [--lang en]
//
// The token is a delegated Graph token with the app's scopes, of a test user or an administrator (docs/deploy.md).
// Exit code: 0 when nothing failed, 1 when a check failed, 2 for a usage error.
import { parseArgs } from 'node:util';
import { allLists } from '../schema/lists';
import {
  defaultGraphBaseUrl,
  defaultTeamsAppId,
  demoSharePointSite,
} from '../src/config/app-config';
import { siteLocatorFrom, siteSegment } from '../src/graph/lists/site-locator';
import { graphCaller, tokenClaims } from './provisioning/graph-caller';
import { checkText } from './tenant-check/check-messages';
import type { CheckLocale } from './tenant-check/check-messages';
import { formatCheckLine, formatCheckSummary, runTenantChecks } from './tenant-check/tenant-checks';

function env(name: string): string | undefined {
  const value = process.env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

/** A token of a demo persona with the app's own scopes, from the demo tenant's token endpoint. */
async function emulatorToken(emulatorUrl: string, persona: string | undefined): Promise<string> {
  let upn = persona;
  if (upn === undefined) {
    const personas = (await (await fetch(`${emulatorUrl}/_emulator/personas`)).json()) as {
      upn: string;
      role: string;
    }[];
    upn = personas.find((candidate) => candidate.role === 'coordinator')?.upn;
    if (upn === undefined) throw new Error(`${emulatorUrl} has no coordinator persona.`);
  }
  const response = await fetch(
    `${emulatorUrl}/_emulator/token?${new URLSearchParams({ persona: upn }).toString()}`,
  );
  if (!response.ok)
    throw new Error(`The demo tenant gave no token for ${upn}: ${response.status}.`);
  return ((await response.json()) as { access_token: string }).access_token;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      emulator: { type: 'string' },
      persona: { type: 'string' },
      lang: { type: 'string', default: 'nl' },
    },
  });
  const locale: CheckLocale = values.lang === 'en' ? 'en' : 'nl';
  const emulatorUrl = values.emulator?.replace(/\/+$/, '');
  let token: string;
  let graphBaseUrl: string;
  let site: string;
  if (emulatorUrl !== undefined) {
    token = await emulatorToken(emulatorUrl, values.persona);
    graphBaseUrl = `${emulatorUrl}/v1.0`;
    site = env('BRK_SHAREPOINT_SITE') ?? demoSharePointSite;
  } else {
    const given = env('BRK_GRAPH_TOKEN');
    const configuredSite = env('BRK_SHAREPOINT_SITE');
    if (given === undefined || configuredSite === undefined) {
      console.error(checkText(locale, 'usage'));
      return 2;
    }
    token = given;
    site = configuredSite;
    graphBaseUrl = `${env('BRK_GRAPH_URL') ?? defaultGraphBaseUrl}/v1.0`;
  }
  const target = emulatorUrl ?? graphBaseUrl;
  console.log(checkText(locale, 'heading', { target: `${site} (${target})` }));
  const results = await runTenantChecks({
    graph: graphCaller(graphBaseUrl, token),
    site: siteSegment(siteLocatorFrom(site)),
    lists: allLists,
    teamsAppId: env('BRK_TEAMS_APP_ID') ?? defaultTeamsAppId,
    roleGroups: {
      teamLeader: env('BRK_ROLE_GROUP_TEAMLEADER'),
      coordinator: env('BRK_ROLE_GROUP_COORDINATOR'),
    },
    now: new Date(),
    tokenClaims: tokenClaims(token) ?? {},
  });
  for (const result of results) console.log(formatCheckLine(locale, result));
  console.log(formatCheckSummary(locale, results));
  return results.some((result) => result.outcome === 'fail') ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
