// When an absence holds, and how a team's absences sort into current, upcoming, past and "please confirm".
import type { Instant } from '../time';
import type { Absence } from './absence-types';

type Period = Pick<Absence, 'from' | 'expectedUntil' | 'endedAt'>;

/**
 * The moment an absence stops counting: the earlier of its expected end and the moment it was ended;
 * 'open' when neither is known ("onbekend", not ended yet).
 * @example effectiveEnd({ from, expectedUntil: 'unknown', endedAt: null }) // 'open'
 * @example effectiveEnd({ from, expectedUntil: friday, endedAt: wednesday }) // wednesday
 */
export function effectiveEnd(absence: Period): Instant | 'open' {
  const expected = absence.expectedUntil === 'unknown' ? null : absence.expectedUntil;
  if (absence.endedAt !== null && expected !== null)
    return absence.endedAt < expected ? absence.endedAt : expected;
  return absence.endedAt ?? expected ?? 'open';
}

/**
 * True when the absence covers `at`: from inclusive, end exclusive. Once the expected end has passed the person
 * counts as present again, confirmed or not; an absence with an unknown end lasts until it is ended.
 * @example isAbsentAt({ from: mon, expectedUntil: 'unknown', endedAt: null }, nextYear) // true
 */
export function isAbsentAt(absence: Period, at: Instant): boolean {
  const end = effectiveEnd(absence);
  return absence.from <= at && (end === 'open' || at < end);
}

export type AbsencePhase = 'current' | 'upcoming' | 'past';

/**
 * Where an absence stands at `now`.
 * @example absencePhase({ from: tomorrow, expectedUntil: 'unknown', endedAt: null }, now) // 'upcoming'
 */
export function absencePhase(absence: Period, now: Instant): AbsencePhase {
  if (isAbsentAt(absence, now)) return 'current';
  return absence.from > now ? 'upcoming' : 'past';
}

/**
 * True when the expected end has passed but nobody confirmed the person is back: the leader is asked to confirm
 * ("Bevestig: weer aanwezig") or to extend it.
 * @example needsReturnConfirmation({ from, expectedUntil: yesterday, endedAt: null }, now) // true
 */
export function needsReturnConfirmation(absence: Period, now: Instant): boolean {
  return (
    absence.endedAt === null && absence.expectedUntil !== 'unknown' && absence.expectedUntil <= now
  );
}

/**
 * True when two absence periods share a moment (ends exclusive, open ends unbounded).
 * @example periodsOverlap({ from: mon, expectedUntil: wed, endedAt: null }, { from: tue, expectedUntil: 'unknown', endedAt: null }) // true
 */
export function periodsOverlap(a: Period, b: Period): boolean {
  const endA = effectiveEnd(a);
  const endB = effectiveEnd(b);
  return (endB === 'open' || a.from < endB) && (endA === 'open' || b.from < endA);
}

/**
 * The first existing absence of the same person that overlaps the new period, skipping the one being edited.
 * @example overlappingAbsence(existing, { personId: 'p1', from, expectedUntil: 'unknown' }, null) // existing[0] or null
 */
export function overlappingAbsence<A extends Absence>(
  existing: readonly A[],
  candidate: { personId: string; from: Instant; expectedUntil: Instant | 'unknown' },
  editingId: string | null,
): A | null {
  const period: Period = { ...candidate, endedAt: null };
  return (
    existing.find(
      (absence) =>
        absence.id !== editingId &&
        absence.personId === candidate.personId &&
        periodsOverlap(absence, period),
    ) ?? null
  );
}

/**
 * The expected end of an existing absence extended to cover a new period: the later end, 'unknown' beats any date.
 * @example extendedUntil(friday, 'unknown') // 'unknown'
 * @example extendedUntil(friday, nextMonday) // nextMonday
 */
export function extendedUntil(
  existing: Instant | 'unknown',
  wanted: Instant | 'unknown',
): Instant | 'unknown' {
  if (existing === 'unknown' || wanted === 'unknown') return 'unknown';
  return existing > wanted ? existing : wanted;
}

export type ClassifiedAbsences<A> = {
  /** Covering now; soonest expected return first, unknown last. */
  current: A[];
  /** Starting later; soonest first. */
  upcoming: A[];
  /** Over; most recent first. */
  past: A[];
  /** Past their expected end and not ended (also in `past`): the leader must confirm or extend. */
  toConfirm: A[];
};

/**
 * Sorts a team's absences by phase at `now`.
 * @example classifyAbsences(absences, now).toConfirm.map((a) => a.id) // ['7']
 */
export function classifyAbsences<A extends Period>(
  absences: readonly A[],
  now: Instant,
): ClassifiedAbsences<A> {
  const endKey = (absence: A) => {
    const end = effectiveEnd(absence);
    return end === 'open' ? Number.POSITIVE_INFINITY : end;
  };
  const result: ClassifiedAbsences<A> = { current: [], upcoming: [], past: [], toConfirm: [] };
  for (const absence of absences) {
    result[absencePhase(absence, now)].push(absence);
    if (needsReturnConfirmation(absence, now)) result.toConfirm.push(absence);
  }
  result.current.sort((a, b) => endKey(a) - endKey(b));
  result.upcoming.sort((a, b) => a.from - b.from);
  result.past.sort((a, b) => endKey(b) - endKey(a));
  result.toConfirm.sort((a, b) => endKey(a) - endKey(b));
  return result;
}
