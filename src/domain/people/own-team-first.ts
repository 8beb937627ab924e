// A team leader picks a substitute mostly from their own team: those come first, in the search's own order.
import type { PersonSummary } from './person-summary';

/**
 * The people of `ownTeamIds` first, then the others; the order within each group is kept.
 * @example ownTeamFirst([aalders, jansen], new Set([jansen.id])) // [jansen, aalders]
 */
export function ownTeamFirst<P extends Pick<PersonSummary, 'id'>>(
  people: readonly P[],
  ownTeamIds: ReadonlySet<string>,
): P[] {
  return [
    ...people.filter((person) => ownTeamIds.has(person.id)),
    ...people.filter((person) => !ownTeamIds.has(person.id)),
  ];
}
