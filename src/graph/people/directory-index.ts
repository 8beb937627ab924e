// One search index per directory snapshot, shared by every screen that searches it: building it for 5,000 people
// takes the better part of a second on a loaded machine, and the agent screen and the navigation badges each
// need one on every page; they share the one directory query, so they get the same snapshot and the same index.
import type { PeopleIndex } from '../../domain/people';
import { createPeopleIndex } from '../../domain/people';
import type { DirectorySnapshot } from './directory-types';

const indexes = new WeakMap<DirectorySnapshot, PeopleIndex>();

/**
 * The search index of `snapshot`, built the first time it is asked for.
 * @example searchPeople(directoryIndexOf(snapshot), 'vd berg', 5)
 */
export function directoryIndexOf(snapshot: DirectorySnapshot): PeopleIndex {
  const known = indexes.get(snapshot);
  if (known !== undefined) return known;
  const index = createPeopleIndex(snapshot.people);
  indexes.set(snapshot, index);
  return index;
}
