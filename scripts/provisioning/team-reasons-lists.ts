// Each team's own reasons list, from the teams list: one per team item, granted to that team's leader only
// (docs/privacy.md). Reasons lists whose team is gone, and the shared reasons list of Bereikbaar's first version,
// are closed: they keep their items, and nobody but the site collection administrators can read them any more.
import {
  sharedReasonsListName,
  teamReasonsList,
  teamReasonsListPrefix,
  teamSettingsList,
} from '../../schema/lists';
import type { ListSpec } from '../../schema/lists';
import { allPages } from './graph-caller';
import type { GraphCall } from './graph-caller';
import type { PermissionTarget } from './list-permissions';

export type TeamEntry = { itemId: string; title: string; leaderUpn: string | null };

/** The teams in the teams list, with their leader's UPN (null when none is set). */
export async function readTeams(graph: GraphCall, site: string): Promise<TeamEntry[]> {
  const items = await allPages<{
    id: string;
    fields?: { Title?: string; LeaderUpn?: string | null };
  }>(
    graph,
    `${site}/lists/${encodeURIComponent(teamSettingsList.name)}/items?$expand=fields($select=Title,LeaderUpn)&$top=999`,
  );
  return items.map((item) => {
    const leader = item.fields?.LeaderUpn?.trim();
    return {
      itemId: item.id,
      title: item.fields?.Title ?? item.id,
      leaderUpn: leader === undefined || leader === '' ? null : leader,
    };
  });
}

/** A list that keeps its items but is closed to everyone (no grants at all). */
function closedList(name: string): ListSpec {
  return {
    key: name,
    name,
    displayName: name,
    description: '',
    columns: [],
    permissions: [],
    versioning: 'off',
  };
}

/**
 * The reasons lists to create (one per team) and the permission targets for every reasons list there is: each
 * team's list for its leader, and closed ones for lists without a team and for the shared list of version 1.
 */
export function reasonsTargets(
  teams: readonly TeamEntry[],
  existingListNames: readonly string[],
): { lists: ListSpec[]; targets: PermissionTarget[]; closed: string[] } {
  const lists = teams.map((team) => teamReasonsList(team.itemId));
  const wanted = new Set(lists.map((list) => list.name.toLowerCase()));
  const closed = existingListNames.filter(
    (name) =>
      (name.startsWith(teamReasonsListPrefix) && !wanted.has(name.toLowerCase())) ||
      name.toLowerCase() === sharedReasonsListName.toLowerCase(),
  );
  return {
    lists,
    targets: [
      ...teams.map((team, index) => ({
        spec: lists[index] as ListSpec,
        leaderUpn: team.leaderUpn,
      })),
      ...closed.map((name) => ({ spec: closedList(name), leaderUpn: null })),
    ],
    closed,
  };
}

/** The names of the lists in the site. */
export async function listNames(graph: GraphCall, site: string): Promise<string[]> {
  const lists = await allPages<{ name?: string; displayName?: string }>(
    graph,
    `${site}/lists?$select=name,displayName&$top=999`,
  );
  return lists.map((list) => list.name ?? list.displayName ?? '').filter((name) => name !== '');
}
