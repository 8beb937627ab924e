// Which teams a signed-in leader may pick on "Mijn team", and who is in them.

/** What the rule needs of a team (the directory's team summary has more). */
export type LedTeam = {
  name: string;
  leaderId: string | null;
  generalMailbox: string | null;
  memberIds: readonly string[];
};

export type TeamChoice = {
  key: string;
  /** The team's name; null for "my direct reports" when they are in none of the leader's teams. */
  name: string | null;
  memberIds: string[];
  mailbox: string | null;
};

/**
 * The teams to choose from: the ones the user leads (from the team settings list) — every team for a coordinator —
 * with the user's direct reports (from Graph) added where the settings list misses them; direct reports in none of
 * those teams form a choice of their own. The leader is never a member of their own choice.
 * @example teamChoices(teams, 'lead-id', ['p1', 'p2'], 'ownTeams').map((choice) => choice.name) // ['Burgerzaken']
 */
export function teamChoices(
  teams: readonly LedTeam[],
  userId: string,
  directReportIds: readonly string[],
  scope: 'ownTeams' | 'allTeams',
): TeamChoice[] {
  const own = teams.filter((team) => team.leaderId === userId);
  const offered =
    scope === 'allTeams' ? [...own, ...teams.filter((team) => team.leaderId !== userId)] : own;
  const inOwnTeams = new Set(own.flatMap((team) => team.memberIds));
  const loose = directReportIds.filter((id) => !inOwnTeams.has(id));
  const choices: TeamChoice[] = offered.map((team) => ({
    key: `team:${team.name}`,
    name: team.name,
    memberIds: team.memberIds.filter((id) => id !== userId),
    mailbox: team.generalMailbox,
  }));
  const [first] = choices;
  if (loose.length > 0) {
    // With one team of their own, direct reports missing from the settings list simply belong to it.
    if (own.length === 1 && first) first.memberIds = [...new Set([...first.memberIds, ...loose])];
    else choices.unshift({ key: 'directReports', name: null, memberIds: loose, mailbox: null });
  }
  return choices;
}
