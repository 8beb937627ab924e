// "Until when" for an absence is the moment the person is really back (DESIGN.md, issue 11.1): the
// first working moment not covered by any absence signal, merged across gaps outside working hours,
// weekends, holidays and back-to-back absences.
import type { Instant } from '../time/instant';
import { isoFromInstant } from '../time/instant';
import { STATUTORY_CALENDAR } from '../working-days/working-day-calendar';
import type { AvailabilityReason, AvailabilitySignals } from './availability-types';
import type { AvailabilityOptions } from './availability-at';
import { availabilityAt } from './availability-at';
import {
  absence,
  at,
  item,
  monday,
  officeHours,
  presence,
  replies,
  signals,
  withItems,
} from './availability-test-fixtures';

// The week of Monday 30 March 2026: Wed 1 April, Thu 2 April, Good Friday 3 April, Easter Monday 6 April.
const tuesday = (hhmm: string): Instant => at(`2026-03-31T${hhmm}:00+02:00`);
const wednesday = (hhmm: string): Instant => at(`2026-04-01T${hhmm}:00+02:00`);
const thursday = (hhmm: string): Instant => at(`2026-04-02T${hhmm}:00+02:00`);
const friday = (hhmm: string): Instant => at(`2026-04-03T${hhmm}:00+02:00`);
const nextMonday = (hhmm: string): Instant => at(`2026-04-06T${hhmm}:00+02:00`);
const nextTuesday = (hhmm: string): Instant => at(`2026-04-07T${hhmm}:00+02:00`);

const withHours = (partial: Partial<AvailabilitySignals>): AvailabilitySignals =>
  signals({ workingHours: officeHours, presence: presence('Available'), ...partial });

type Row = [
  name: string,
  input: AvailabilitySignals,
  t: Instant,
  expected: { reason: AvailabilityReason; until: Instant | 'unknown' },
  options?: AvailabilityOptions,
];

describe('until an absence ends: the moment the person is really back', () => {
  it.each<Row>([
    [
      'holiday Wed–Thu, seen on Wednesday: back Friday at the start of work (not at midnight)',
      withHours({ registeredAbsences: [absence(wednesday('00:00'), friday('00:00'))] }),
      wednesday('10:00'),
      { reason: 'registeredAbsence', until: friday('08:00') },
    ],
    [
      'holiday Wed–Thu, seen on Tuesday evening: not "tomorrow 08:00" but Friday',
      withHours({ registeredAbsences: [absence(wednesday('00:00'), friday('00:00'))] }),
      tuesday('19:00'),
      { reason: 'outsideWorkingHours', until: friday('08:00') },
    ],
    [
      'absence ending at midnight: back at the start of work that day',
      withHours({ registeredAbsences: [absence(monday('08:00'), thursday('00:00'))] }),
      tuesday('10:00'),
      { reason: 'registeredAbsence', until: thursday('08:00') },
    ],
    [
      'all-day out-of-office item: back the next working morning',
      withItems([item(wednesday('00:00'), thursday('00:00'), 'oof')]),
      wednesday('10:00'),
      { reason: 'calendarOutOfOffice', until: thursday('08:00') },
    ],
    [
      'back-to-back absences of different kinds merge (registered, then out of office)',
      withItems([item(tuesday('00:00'), wednesday('00:00'), 'oof')], {
        registeredAbsences: [absence(monday('08:00'), tuesday('00:00'))],
      }),
      monday('10:00'),
      { reason: 'registeredAbsence', until: wednesday('08:00') },
    ],
    [
      'a gap outside working hours is bridged (absence to 17:00, out of office from 08:00 next day)',
      withItems([item(tuesday('08:00'), tuesday('12:00'), 'oof')], {
        registeredAbsences: [absence(monday('08:00'), monday('17:00'))],
      }),
      monday('10:00'),
      { reason: 'registeredAbsence', until: tuesday('12:00') },
    ],
    [
      'a gap inside working hours is not bridged: back in between',
      withItems([item(monday('13:00'), monday('15:00'), 'oof')], {
        registeredAbsences: [absence(monday('08:00'), monday('12:00'))],
      }),
      monday('10:00'),
      { reason: 'registeredAbsence', until: monday('12:00') },
    ],
    [
      'absence to Friday 17:00: back Monday morning (weekend bridged)',
      withHours({ registeredAbsences: [absence(monday('08:00'), friday('17:00'))] }),
      wednesday('10:00'),
      { reason: 'registeredAbsence', until: nextMonday('08:00') },
    ],
    [
      'automatic replies until Friday end of day: back Monday morning',
      withHours({ automaticReplies: replies('scheduled', monday('08:00'), friday('17:00')) }),
      wednesday('10:00'),
      { reason: 'automaticReplies', until: nextMonday('08:00') },
    ],
    [
      'holidays bridged when the working-day calendar is given (Good Friday, Easter Monday)',
      withHours({ automaticReplies: replies('scheduled', monday('08:00'), thursday('17:00')) }),
      wednesday('10:00'),
      { reason: 'automaticReplies', until: nextTuesday('08:00') },
      { workingDayCalendar: STATUTORY_CALENDAR },
    ],
    [
      'a holiday evening with the calendar: outside working hours until after Easter',
      withHours({}),
      thursday('18:00'),
      { reason: 'outsideWorkingHours', until: nextTuesday('08:00') },
      { workingDayCalendar: STATUTORY_CALENDAR },
    ],
    [
      'an open-ended signal in the chain makes the end unknown',
      withHours({
        registeredAbsences: [absence(monday('08:00'), monday('17:00'))],
        automaticReplies: replies('scheduled', tuesday('00:00')),
      }),
      monday('10:00'),
      { reason: 'registeredAbsence', until: 'unknown' },
    ],
    [
      'another person’s absence does not extend it',
      withHours({
        registeredAbsences: [
          absence(monday('08:00'), monday('17:00')),
          absence(monday('17:00'), friday('17:00'), { id: 'a2', personId: 'p2' }),
        ],
      }),
      monday('10:00'),
      { reason: 'registeredAbsence', until: tuesday('08:00') },
    ],
    [
      'an absence that was ended early does not extend it',
      withHours({
        registeredAbsences: [
          absence(monday('08:00'), monday('17:00')),
          absence(tuesday('08:00'), friday('17:00'), { id: 'a2', endedAt: tuesday('08:00') }),
        ],
      }),
      monday('10:00'),
      { reason: 'registeredAbsence', until: tuesday('08:00') },
    ],
    [
      'working hours unknown: the merged end as it is',
      signals({ registeredAbsences: [absence(monday('08:00'), thursday('00:00'))] }),
      tuesday('10:00'),
      { reason: 'registeredAbsence', until: thursday('00:00') },
    ],
  ])('%s', (_name, input, t, expected, options) => {
    const result = availabilityAt(input, t, options);
    const iso = (until: Instant | 'unknown' | null) =>
      typeof until === 'number' ? isoFromInstant(until) : until;
    expect({ state: result.state, reason: result.reason, until: iso(result.until) }).toEqual({
      state: 'absent',
      reason: expected.reason,
      until: iso(expected.until),
    });
  });
});
