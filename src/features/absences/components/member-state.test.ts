// The team table's "until" words match the agent's card: an absent member reads as the moment they are back
// ("terug morgen 08:30", "terug do 3 dec, 08:30"), without this year's year (issue 11, item 1).
import type { AvailabilityState } from '../../../domain/availability';
import type { Instant } from '../../../domain/time';
import { instantFromIso } from '../../../domain/time';
import { formatTime, translate } from '../../../i18n';
import type { Locale } from '../../../i18n';
import { memberUntilText } from './member-state';

const wordsIn = (locale: Locale) => ({
  locale,
  t: (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
    translate(locale, key, params),
  formatTime: (date: Date) => formatTime(date, locale),
});
const at = (iso: string): Instant => {
  const instant = instantFromIso(iso);
  if (instant === null) throw new Error(iso);
  return instant;
};
// Tuesday 1 December 2026, 22:30 in Amsterdam (+01:00): the evening, when everyone is outside working hours.
const now = at('2026-12-01T22:30:00+01:00');

describe('memberUntilText', () => {
  it.each<[Locale, AvailabilityState, Instant | 'unknown', string]>([
    ['nl', 'absent', at('2026-12-01T23:00:00+01:00'), 'terug om 23:00'],
    ['nl', 'absent', at('2026-12-02T08:30:00+01:00'), 'terug morgen 08:30'],
    ['nl', 'absent', at('2026-12-03T08:30:00+01:00'), 'terug do 3 dec, 08:30'],
    ['nl', 'absent', at('2027-01-04T08:30:00+01:00'), 'terug ma 4 jan 2027, 08:30'],
    ['nl', 'absent', 'unknown', 'einde onbekend'],
    ['nl', 'busy', at('2026-12-01T23:00:00+01:00'), 'tot 23:00'],
    ['nl', 'reachable', at('2026-12-02T17:00:00+01:00'), 'tot morgen 17:00'],
    ['nl', 'busy', at('2026-12-03T09:00:00+01:00'), 'tot do 3 dec, 09:00'],
    ['en', 'absent', at('2026-12-02T08:30:00+01:00'), 'back tomorrow 08:30'],
    ['en', 'absent', at('2026-12-03T08:30:00+01:00'), 'back Thu 3 Dec, 08:30'],
    ['en', 'busy', at('2026-12-01T23:00:00+01:00'), 'until 23:00'],
  ])('%s %s → %s', (locale, state, until, expected) => {
    expect(memberUntilText(wordsIn(locale), state, until, now)).toBe(expected);
  });

  it('says nothing when nothing is known', () => {
    expect(memberUntilText(wordsIn('nl'), 'unknown', null, now)).toBeNull();
  });
});
