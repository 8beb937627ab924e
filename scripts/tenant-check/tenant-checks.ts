// `npm run check:tenant`: every read Bereikbaar depends on, run once against a tenant with the signed-in user's
// token, each reported as what was asked, what came back and what to do when it fails. It only reads.
// The checks live beside this file by subject (people, site and lists, Teams app); this is the entry point.
import type { TenantCheckInput, TenantCheckResult } from './check-result';
import {
  directoryCheck,
  mailTipsCheck,
  presenceCheck,
  scheduleCheck,
  signedInCheck,
  tokenRoles,
} from './people-checks';
import { listChecks, mayReadRestrictedLists, siteCheck } from './site-checks';
import { teamsAppCheck } from './teams-app-check';

export type {
  CheckMessage,
  CheckOutcome,
  TenantCheckInput,
  TenantCheckResult,
} from './check-result';
export { networkFailureText } from './check-result';
export { probeClause } from './site-checks';
export { formatCheckLine, formatCheckSummary } from './check-report';

/**
 * Runs every check, in the order a person would fix them (sign-in first, the catalog last).
 * @example (await runTenantChecks({ graph, site, lists: allLists, … })).every((r) => r.outcome !== 'fail')
 */
export async function runTenantChecks(
  input: TenantCheckInput & { tokenClaims: Record<string, unknown> },
): Promise<TenantCheckResult[]> {
  const { graph } = input;
  const roles = tokenRoles(input.tokenClaims);
  const signedIn = await signedInCheck(graph, roles);
  const results: TenantCheckResult[] = [signedIn.result];
  if (signedIn.result.outcome === 'fail') return results;

  const directory = await directoryCheck(graph);
  results.push(directory.result);
  // Two colleagues with a mailbox: the signed-in user first when listed, as getSchedule needs real addresses.
  const withMail = directory.people.filter((person) => person.mail !== null);
  const two = [
    ...withMail.filter((person) => person.id === signedIn.userId),
    ...withMail.filter((person) => person.id !== signedIn.userId),
  ].slice(0, 2);
  if (two.length > 0) {
    const mails = two.map((person) => person.mail as string);
    results.push(await scheduleCheck(graph, mails, input.now));
    results.push(
      await presenceCheck(
        graph,
        two.map((person) => person.id),
      ),
    );
    results.push(await mailTipsCheck(graph, mails));
  }

  const site = await siteCheck(graph, input.site);
  results.push(site);
  if (site.outcome === 'pass') {
    const mayRead = await mayReadRestrictedLists(graph, roles, input.roleGroups);
    for (const spec of input.lists)
      results.push(...(await listChecks(graph, input.site, spec, mayRead)));
  }
  results.push(await teamsAppCheck(graph, input.teamsAppId));
  return results;
}
