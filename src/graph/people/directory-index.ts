// One search index per directory snapshot, shared by every screen that searches it: building it for 5,000 people
// takes the better part of a second on a loaded machine, and the agent screen and the navigation badges each
// need one on every page; they share the one directory query, so they get the same snapshot and the same index.
import type { PeopleIndex, PersonSummary } from '../../domain/people';
import { createPeopleIndex } from '../../domain/people';
import type { DirectorySnapshot } from './directory-types';

// By people list: a sync that changed nobody keeps the list (unchanged-parts.ts), and so its index.
const indexes = new WeakMap<readonly PersonSummary[], PeopleIndex>();

/**
 * The search index of `snapshot`'s people, built the first time it is asked for.
 * @example searchPeople(directoryIndexOf(snapshot), 'vd berg', 5)
 */
export function directoryIndexOf(snapshot: DirectorySnapshot): PeopleIndex {
  const known = indexes.get(snapshot.people);
  if (known !== undefined) return known;
  const index = createPeopleIndex(snapshot.people);
  indexes.set(snapshot.people, index);
  return index;
}
