// The search's results: matching teams first (by name, department or topic), then people.
import type { PeopleIndex, PersonSearchResult, PersonSummary } from '../../domain/people';
import { searchPeople, searchTokens, wordsMatchQuery } from '../../domain/people';
import type { TeamSummary } from '../../graph/people';

export type SearchOption =
  | { kind: 'team'; team: TeamSummary }
  | { kind: 'person'; person: PersonSummary; matchedOn: PersonSearchResult['matchedOn'] };

export const maxPeopleShown = 30;
export const maxTeamsShown = 5;

// The same word rules as the people search (prefix, Dutch stem, inside a topic), so a team and its members are
// found by the same queries.
function teamMatches(team: TeamSummary, query: string): boolean {
  return wordsMatchQuery([team.name, team.department, ...team.topics], query);
}

/**
 * Teams and people for a query; people as ranked by the domain search.
 * @example searchOptions(index, teams, 'paspoort') // [{ kind: 'team', team: Burgerzaken }, { kind: 'person', … }…]
 */
export function searchOptions(
  index: PeopleIndex | null,
  teams: readonly TeamSummary[],
  query: string,
): { options: SearchOption[]; morePeople: boolean } {
  const queryTokens = searchTokens(query);
  if (index === null || queryTokens.length === 0) return { options: [], morePeople: false };
  const teamOptions = teams
    .filter((team) => teamMatches(team, query))
    .slice(0, maxTeamsShown)
    .map((team): SearchOption => ({ kind: 'team', team }));
  const people = searchPeople(index, query, maxPeopleShown + 1);
  const personOptions = people
    .slice(0, maxPeopleShown)
    .map((result): SearchOption => ({ kind: 'person', ...result }));
  return {
    options: [...teamOptions, ...personOptions],
    morePeople: people.length > maxPeopleShown,
  };
}
