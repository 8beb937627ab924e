// Which people the picker offers for a typed text: the directory's own search, the excluded people left
// out (but remembered, to say why they are missing), the own team first, at most a handful.
import type { PeopleIndex, PersonSummary } from '../../domain/people';
import { ownTeamFirst, searchPeople } from '../../domain/people';

const maxOptions = 8;
/** How many matches are ranked (own team first) before the list is cut to `maxOptions`. */
const maxRanked = 200;

/** What the picker lists for a query. */
export type PickerMatches = {
  options: readonly PersonSummary[];
  /** An excluded person the query found (to say "… kan niet de eigen vervanger zijn"), else null. */
  excludedMatch: PersonSummary | null;
};

/**
 * The people offered for `query`; nothing for an empty query or while the directory loads.
 * @example pickerMatches(index, 'anna', ['p-pieter'], ['p-anna']).options.map((p) => p.id) // ['p-anna', …]
 */
export function pickerMatches(
  index: PeopleIndex | null,
  query: string | null,
  excludeIds: readonly string[],
  preferredIds: readonly string[],
): PickerMatches {
  if (query === null || query.trim() === '' || index === null)
    return { options: [], excludedMatch: null };
  const excluded = new Set(excludeIds);
  const found = searchPeople(index, query, maxRanked).map((result) => result.person);
  const allowed = found.filter((person) => !excluded.has(person.id));
  return {
    options: ownTeamFirst(allowed, new Set(preferredIds)).slice(0, maxOptions),
    excludedMatch: found.find((person) => excluded.has(person.id)) ?? null,
  };
}
