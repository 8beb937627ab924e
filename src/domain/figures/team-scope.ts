// Whose figures and signals a screen may show: the coordinator sees every team (and the people in none), a team
// leader only the team they lead. The list permissions decide what can be read; these rules decide what is shown.
import type { CallbackRequest } from '../callbacks';

/** What the rules need of a team (the directory's team summary has more). */
export type ScopedTeam = { name: string; leaderId: string | null; memberIds: readonly string[] };

/**
 * The teams a person leads, in directory order.
 * @example teamsLedBy(teams, 'lead-bz').map((team) => team.name) // ['Burgerzaken']
 */
export function teamsLedBy<T extends ScopedTeam>(teams: readonly T[], userId: string): T[] {
  return teams.filter((team) => team.leaderId === userId);
}

/**
 * Only the requests assigned to the team: a list filter is a convenience, and a team leader's screen never shows
 * another team's rows, even when the list returns more.
 * @example requestsOfTeam(requests, 'Burgerzaken').every((r) => r.assignedToTeam === 'Burgerzaken') // true
 */
export function requestsOfTeam<R extends Pick<CallbackRequest, 'assignedToTeam'>>(
  requests: readonly R[],
  team: string,
): R[] {
  return requests.filter((request) => request.assignedToTeam === team);
}

/** Who the signals are about, and each person's team. */
export type SignalScope = {
  /** The first of the given teams a person is a member of. */
  teamOf: ReadonlyMap<string, string>;
  /** Whether a person is in scope: anyone for 'everyone', else the members of the teams. */
  includes: (personId: string) => boolean;
};

/**
 * The scope of the signals: 'everyone' (the coordinator) also covers people in no team, such as department heads,
 * whose calendars the front office needs as much; 'teamMembers' (a team leader) only the members of `teams`.
 * @example signalScope([burgerzaken], 'teamMembers').includes('head') // false
 */
export function signalScope(
  teams: readonly ScopedTeam[],
  people: 'everyone' | 'teamMembers',
): SignalScope {
  const teamOf = new Map<string, string>();
  for (const team of teams)
    for (const id of team.memberIds) if (!teamOf.has(id)) teamOf.set(id, team.name);
  return { teamOf, includes: (id) => people === 'everyone' || teamOf.has(id) };
}

/**
 * People grouped by their team (those in none under `noTeam`), teams in Dutch alphabetical order, people in the
 * order given.
 * @example groupByTeam(['p3', 'head'], scope.teamOf, 'Zonder team') // [['Belastingen', ['p3']], ['Zonder team', ['head']]]
 */
export function groupByTeam(
  personIds: readonly string[],
  teamOf: ReadonlyMap<string, string>,
  noTeam: string,
): [string, string[]][] {
  const groups = new Map<string, string[]>();
  for (const id of personIds) {
    const team = teamOf.get(id) ?? noTeam;
    groups.set(team, [...(groups.get(team) ?? []), id]);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b, 'nl'));
}
