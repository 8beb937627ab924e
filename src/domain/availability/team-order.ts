// Ordering people for the team view: who can take the call first.
import type { Instant } from '../time/instant';
import type { AvailabilityState } from './availability-types';

/** Anything with a name and an availability (full or agent view). */
export type ReachabilityEntry = {
  displayName: string;
  availability: { state: AvailabilityState; until: Instant | 'unknown' | null };
};

const STATE_ORDER: Readonly<Record<AvailabilityState, number>> = {
  reachable: 0,
  busy: 1,
  absent: 2,
  unknown: 3,
};

const nameCollator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

const untilRank = (until: Instant | 'unknown' | null): number =>
  typeof until === 'number' && !Number.isNaN(until) ? until : Number.POSITIVE_INFINITY;

/**
 * People in team-view order: reachable first, then busy (soonest free first), then absent, then
 * unknown; within a group alphabetically by name (Dutch collation, accents ignored); ties keep their
 * input order. Returns a new array.
 * @example orderByReachability([
 *   { displayName: 'Bas', availability: { state: 'busy', until: t1100 } },
 *   { displayName: 'Anna', availability: { state: 'absent', until: 'unknown' } },
 *   { displayName: 'Cees', availability: { state: 'reachable', until: null } },
 * ]).map((p) => p.displayName) // ['Cees', 'Bas', 'Anna']
 */
export const orderByReachability = <T extends ReachabilityEntry>(people: readonly T[]): T[] =>
  people
    .map((person, index) => ({ person, index }))
    .sort(
      (a, b) =>
        STATE_ORDER[a.person.availability.state] - STATE_ORDER[b.person.availability.state] ||
        (a.person.availability.state === 'busy'
          ? untilRank(a.person.availability.until) - untilRank(b.person.availability.until) || 0
          : 0) ||
        nameCollator.compare(a.person.displayName, b.person.displayName) ||
        a.index - b.index,
    )
    .map(({ person }) => person);

/**
 * The first reachable person in team-view order (alphabetically first of the reachable), or null.
 * @example firstReachable(team)?.displayName // 'Cees'
 */
export const firstReachable = <T extends ReachabilityEntry>(people: readonly T[]): T | null =>
  orderByReachability(people.filter((person) => person.availability.state === 'reachable'))[0] ??
  null;
