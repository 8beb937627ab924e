// The whole of `npm run provision` for one site, in order: the lists and their columns through Graph; then each
// team's reasons list (one per item of the teams list, so the teams list must exist first); then every list's
// versioning and permissions through SharePoint's REST API. Each part reads before it writes, so a rerun changes
// only what differs — and says so.
import { allLists } from '../../schema/lists';
import type { ListSpec } from '../../schema/lists';
import type { GraphCall } from './graph-caller';
import { missingGroups, missingGroupsMessage, provisionListPermissions } from './list-permissions';
import type { AudienceGroups } from './list-permissions';
import { provisionLists } from './provision-lists';
import type { ProvisionStep } from './provision-steps';
import type { SPFI } from './sharepoint-rest';
import { listNames, readTeams, reasonsTargets } from './team-reasons-lists';

export type ProvisionSiteOptions = {
  graph: GraphCall;
  /** The site below /v1.0 (siteSegment). */
  site: string;
  sharePoint: SPFI;
  groups: AudienceGroups;
  lists?: readonly ListSpec[];
  report?: (step: ProvisionStep) => void;
};

export async function provisionSite(options: ProvisionSiteOptions): Promise<ProvisionStep[]> {
  const { graph, site, sharePoint, groups, report } = options;
  const lists = options.lists ?? allLists;
  // Refused before any change, so a run never creates lists it then cannot close.
  const missing = missingGroups(
    lists.map((spec) => ({ spec, leaderUpn: null })),
    groups,
  );
  if (missing.length > 0) throw new Error(missingGroupsMessage(missing));
  const steps = await provisionLists({ graph, site, lists, report });
  const teams = await readTeams(graph, site);
  const names = await listNames(graph, site);
  const reasons = reasonsTargets(teams, names);
  steps.push(...(await provisionLists({ graph, site, lists: reasons.lists, report })));
  const failedLists = new Set(
    steps
      .filter((step) => step.subject === 'list' && step.outcome === 'failed')
      .map((step) => step.list),
  );
  const targets = [...lists.map((spec) => ({ spec, leaderUpn: null })), ...reasons.targets].filter(
    (target) => !failedLists.has(target.spec.name),
  );
  steps.push(...(await provisionListPermissions({ sp: sharePoint, targets, groups, report })));
  for (const name of reasons.closed) {
    const step: ProvisionStep = {
      list: name,
      subject: 'list',
      name,
      outcome: 'leftAlone',
      detail:
        'no team of BereikbaarTeams owns it any more: its items are kept, closed to all but the site collection administrators',
    };
    steps.push(step);
    report?.(step);
  }
  return steps;
}
