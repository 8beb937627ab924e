import type { Absence } from '../absences/absence-types';
import { instantFromIso } from '../time/instant';
import type { Instant } from '../time/instant';
import { absenceSignals } from './absence-signals';

const at = (iso: string): Instant => instantFromIso(iso) as Instant;
const now = at('2026-04-09T12:00:00+02:00');

const absence = (id: string, overrides: Partial<Absence>): Absence => ({
  id,
  personId: `p-${id}`,
  from: at('2026-04-07T08:00:00+02:00'),
  expectedUntil: at('2026-04-14T08:00:00+02:00'),
  endedAt: null,
  kind: 'notVisible',
  substituteForCalls: { kind: 'person', personId: 'sub' },
  substituteForCallbacks: { kind: 'teamMailbox', mailbox: 'team@example.nl' },
  noteForFrontOffice: null,
  registeredById: null,
  ...overrides,
});

describe('absence signals', () => {
  it('flags current and upcoming absences without a substitute, and says which one is missing', () => {
    const signals = absenceSignals(
      [
        absence('full', {}),
        absence('none', { substituteForCalls: null, substituteForCallbacks: null }),
        absence('calls', { substituteForCalls: null, from: at('2026-04-06T08:00:00+02:00') }),
        absence('upcoming', {
          from: at('2026-04-20T08:00:00+02:00'),
          expectedUntil: 'unknown',
          substituteForCallbacks: null,
        }),
        // Ended yesterday: no longer anyone's business.
        absence('ended', {
          substituteForCalls: null,
          substituteForCallbacks: null,
          endedAt: at('2026-04-08T17:00:00+02:00'),
        }),
      ],
      now,
    );
    expect(signals.withoutSubstitute.map((s) => [s.absence.id, s.missing])).toEqual([
      ['calls', 'calls'],
      ['none', 'both'],
      ['upcoming', 'callbacks'],
    ]);
    expect(signals.pastExpectedEnd).toEqual([]);
  });

  it('flags absences past their expected end that nobody ended, and not those with an unknown end', () => {
    const signals = absenceSignals(
      [
        absence('overrun', { expectedUntil: at('2026-04-08T08:00:00+02:00') }),
        absence('unknown', { expectedUntil: 'unknown' }),
        absence('confirmed', {
          expectedUntil: at('2026-04-08T08:00:00+02:00'),
          endedAt: at('2026-04-08T09:00:00+02:00'),
        }),
        absence('exactly', { expectedUntil: now, substituteForCalls: null }),
      ],
      now,
    );
    expect(signals.pastExpectedEnd.map((a) => a.id)).toEqual(['overrun', 'exactly']);
    expect(signals.withoutSubstitute).toEqual([]);
  });
});
