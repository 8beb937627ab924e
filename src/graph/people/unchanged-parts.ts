// A sync that changed nothing hands the screens the same people and teams: the search index (one per people list),
// the maps the screens derive and the rows they memoise are then reused instead of rebuilt a second time at start.
import type { DirectorySnapshot } from './directory-types';

const sameValue = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * `next` with the people, teams and entries of `previous` wherever they hold the same values (a cached copy is a
 * structured clone, so values are compared, not identities).
 * @example keepUnchangedParts(cached, synced).people === cached.people // true after an empty delta
 */
export function keepUnchangedParts(
  previous: DirectorySnapshot | null,
  next: DirectorySnapshot,
): DirectorySnapshot {
  if (previous === null) return next;
  const people = sameValue(previous.people, next.people) ? previous.people : next.people;
  const teams = sameValue(previous.teams, next.teams) ? previous.teams : next.teams;
  const entries =
    previous.entries !== undefined && sameValue(previous.entries, next.entries)
      ? previous.entries
      : next.entries;
  return { ...next, people, teams, ...(entries !== undefined ? { entries } : {}) };
}
