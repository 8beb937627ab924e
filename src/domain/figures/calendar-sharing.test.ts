import type { IsoWeek } from './iso-week';
import type { CalendarSharing, SharingSnapshot } from './calendar-sharing';
import { sharingCounts, sharingShare, weeklySharing } from './calendar-sharing';

const teamOf = new Map([
  ['p1', 'Burgerzaken'],
  ['p2', 'Burgerzaken'],
  ['p3', 'Burgerzaken'],
  ['p4', 'Belastingen'],
]);

describe('calendar sharing per team', () => {
  it.each([
    [
      'titles and free/busy',
      [
        ['p1', 'titles'],
        ['p2', 'freeBusy'],
        ['p3', 'titles'],
      ],
      [
        { team: 'Burgerzaken', checked: 3, sharing: 2 },
        { team: 'Belastingen', checked: 0, sharing: 0 },
      ],
    ],
    [
      'an unreadable calendar counts in neither',
      [
        ['p1', 'unknown'],
        ['p4', 'freeBusy'],
      ],
      [
        { team: 'Burgerzaken', checked: 0, sharing: 0 },
        { team: 'Belastingen', checked: 1, sharing: 0 },
      ],
    ],
    [
      'someone in no team',
      [['head', 'titles']],
      [
        { team: 'Burgerzaken', checked: 0, sharing: 0 },
        { team: 'Belastingen', checked: 0, sharing: 0 },
        { team: 'Zonder team', checked: 1, sharing: 1 },
      ],
    ],
  ] as const)('%s', (_case, states, expected) => {
    const sharing = new Map<string, CalendarSharing>(states);
    expect(sharingCounts(sharing, teamOf, ['Burgerzaken', 'Belastingen'], 'Zonder team')).toEqual(
      expected,
    );
  });

  it.each([
    [4, 3, 0.75],
    [3, 3, 1],
    [5, 0, 0],
    [0, 0, null],
    [2, 5, 1],
  ])('%i checked, %i sharing → %s', (checked, sharing, share) => {
    expect(sharingShare({ checked, sharing })).toBe(share);
  });

  it('keeps the last measurement of each week and leaves weeks without one out', () => {
    const snap = (week: string, recordedAt: number, sharing: number): SharingSnapshot => ({
      team: 'Burgerzaken',
      week: week as IsoWeek,
      recordedAt,
      checked: 10,
      sharing,
    });
    const trend = weeklySharing([
      snap('2026-W47', 2, 4),
      snap('2026-W47', 1, 3),
      snap('2026-W49', 5, 8),
    ]);
    const weeks = trend.get('Burgerzaken');
    expect([...(weeks?.keys() ?? [])].sort()).toEqual(['2026-W47', '2026-W49']);
    expect(weeks?.get('2026-W47' as IsoWeek)?.sharing).toBe(4);
    expect(weeks?.has('2026-W48' as IsoWeek)).toBe(false);
  });
});
