// Ordering people for the team view: who can take the call first.
import type { Instant } from '../time';
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
 * Within a state, who comes first: reachable — who stays reachable longest (nothing ahead first);
 * busy and absent — who is free or back soonest (no known end last); unknown — nobody.
 */
const withinStateRank = (entry: ReachabilityEntry): number => {
  const { state, until } = entry.availability;
  if (state === 'reachable') return -untilRank(until);
  if (state === 'busy' || state === 'absent') return untilRank(until);
  return 0;
};

const compareByReachability = (
  a: { person: ReachabilityEntry; index: number },
  b: { person: ReachabilityEntry; index: number },
): number =>
  STATE_ORDER[a.person.availability.state] - STATE_ORDER[b.person.availability.state] ||
  withinStateRank(a.person) - withinStateRank(b.person) ||
  nameCollator.compare(a.person.displayName, b.person.displayName) ||
  a.index - b.index;

/**
 * People in team-view order, by how soon each is reachable: reachable first (who stays reachable
 * longest first), then busy (soonest free first), then absent (soonest back first), then unknown;
 * ties by name (Dutch collation, accents ignored), then input order. Returns a new array.
 * @example orderByReachability([
 *   { displayName: 'Bas', availability: { state: 'busy', until: t1100 } },
 *   { displayName: 'Anna', availability: { state: 'absent', until: 'unknown' } },
 *   { displayName: 'Cees', availability: { state: 'reachable', until: null } },
 * ]).map((p) => p.displayName) // ['Cees', 'Bas', 'Anna']
 */
export const orderByReachability = <T extends ReachabilityEntry>(people: readonly T[]): T[] =>
  people
    .map((person, index) => ({ person, index }))
    .sort(compareByReachability)
    .map(({ person }) => person);

/**
 * The reachable person to try first: the one who stays reachable longest (then by name), or null.
 * @example firstReachable(team)?.displayName // 'Cees'
 */
export const firstReachable = <T extends ReachabilityEntry>(people: readonly T[]): T | null =>
  orderByReachability(people.filter((person) => person.availability.state === 'reachable'))[0] ??
  null;

/**
 * Who is reachable soonest: someone reachable now ({@link firstReachable}), else the busy or absent
 * person whose state ends first (a known end only); null when no end is known for anyone.
 * @example soonestReachable([busyUntil1030, absentUntilTomorrow])?.displayName // the busy one
 */
export const soonestReachable = <T extends ReachabilityEntry>(people: readonly T[]): T | null => {
  const now = firstReachable(people);
  if (now !== null) return now;
  const withEnd = people
    .map((person, index) => ({ person, index }))
    .filter(
      ({ person }) =>
        (person.availability.state === 'busy' || person.availability.state === 'absent') &&
        typeof person.availability.until === 'number',
    )
    .sort(
      (a, b) =>
        untilRank(a.person.availability.until) - untilRank(b.person.availability.until) ||
        compareByReachability(a, b),
    );
  return withEnd[0]?.person ?? null;
};
