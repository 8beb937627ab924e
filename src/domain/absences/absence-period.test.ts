import { instantFromIso } from '../time';
import type { Instant } from '../time';
import {
  absencePhase,
  classifyAbsences,
  effectiveEnd,
  extendedUntil,
  isAbsentAt,
  needsReturnConfirmation,
} from './absence-period';

const at = (iso: string): Instant => {
  const instant = instantFromIso(iso);
  if (instant === null) throw new Error(iso);
  return instant;
};
// A Saturday on purpose: nothing here depends on working days.
const now = at('2026-03-28T12:00:00+01:00');
const before = at('2026-03-27T09:00:00+01:00');
const later = at('2026-03-30T09:00:00+02:00');
const muchLater = at('2026-04-03T17:00:00+02:00');
const earlier = at('2026-03-20T09:00:00+01:00');

type Period = {
  id: string;
  from: Instant;
  expectedUntil: Instant | 'unknown';
  endedAt: Instant | null;
};
const period = (
  id: string,
  from: Instant,
  expectedUntil: Instant | 'unknown',
  endedAt: Instant | null = null,
): Period => ({ id, from, expectedUntil, endedAt });

describe('expiry', () => {
  it.each<[string, Period, boolean, 'current' | 'upcoming' | 'past', boolean]>([
    ['running, expected end ahead', period('a', before, later), true, 'current', false],
    ['unknown end lasts until ended', period('b', earlier, 'unknown'), true, 'current', false],
    [
      'expected end passed → present again, leader asked',
      period('c', earlier, before),
      false,
      'past',
      true,
    ],
    ['expected end exactly now → present', period('d', earlier, now), false, 'past', true],
    [
      'ended early → present, nothing to confirm',
      period('e', before, later, now),
      false,
      'past',
      false,
    ],
    ['unknown end, ended → present', period('f', earlier, 'unknown', before), false, 'past', false],
    ['starts later', period('g', later, muchLater), false, 'upcoming', false],
    ['starts exactly now', period('h', now, 'unknown'), true, 'current', false],
  ])('%s', (_name, absence, absent, phase, confirm) => {
    expect(isAbsentAt(absence, now)).toBe(absent);
    expect(absencePhase(absence, now)).toBe(phase);
    expect(needsReturnConfirmation(absence, now)).toBe(confirm);
  });

  it('the effective end is the earlier of expected end and ended, or open', () => {
    expect(effectiveEnd(period('x', earlier, 'unknown'))).toBe('open');
    expect(effectiveEnd(period('x', earlier, later, before))).toBe(before);
    expect(effectiveEnd(period('x', earlier, before, later))).toBe(before);
    expect(effectiveEnd(period('x', earlier, 'unknown', later))).toBe(later);
  });
});

describe('extendedUntil', () => {
  it.each<[Instant | 'unknown', Instant | 'unknown', Instant | 'unknown']>([
    [before, later, later],
    [later, before, later],
    [before, 'unknown', 'unknown'],
    ['unknown', later, 'unknown'],
  ])('%s + %s → %s', (existing, wanted, expected) => {
    expect(extendedUntil(existing, wanted)).toBe(expected);
  });
});

describe('classifyAbsences', () => {
  it('sorts current (soonest back first), upcoming (soonest first), past (latest first) and to confirm', () => {
    const absences = [
      period('open', earlier, 'unknown'),
      period('soon-back', before, later),
      period('next-week', muchLater, 'unknown'),
      period('monday', later, muchLater),
      period('overdue', earlier, before),
      period('ended', earlier, later, at('2026-03-25T10:00:00+01:00')),
    ];
    const result = classifyAbsences(absences, now);
    const ids = (list: Period[]) => list.map((absence) => absence.id);
    expect(ids(result.current)).toEqual(['soon-back', 'open']);
    expect(ids(result.upcoming)).toEqual(['monday', 'next-week']);
    expect(ids(result.past)).toEqual(['overdue', 'ended']);
    expect(ids(result.toConfirm)).toEqual(['overdue']);
  });
});
