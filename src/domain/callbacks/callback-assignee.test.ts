// Who can call back (issue 11.2): a callback goes to the chosen colleague only when they can call back
// before the due moment, by the same availability rules as the agent's card.
import { availabilityAt } from '../availability/availability-at';
import type { AvailabilitySignals, RegisteredAbsence } from '../availability/availability-types';
import {
  absence,
  at,
  item,
  officeHours,
  presence,
  replies,
  signals,
} from '../availability/availability-test-fixtures';
import type { Instant } from '../time/instant';
import { STATUTORY_CALENDAR } from '../working-days/working-day-calendar';
import { callbackDueAt } from '../working-days/callback-deadline';
import type { CallbackAssigneeProposal } from './callback-assignee';
import { callbackAssigneeFor } from './callback-assignee';

// Wednesday 25 November 2026 (CET, +01:00); a request made then is due at the end of Friday 27 November.
const wednesday = (hhmm: string): Instant => at(`2026-11-25T${hhmm}:00+01:00`);
const thursday = (hhmm: string): Instant => at(`2026-11-26T${hhmm}:00+01:00`);
const friday = (hhmm: string): Instant => at(`2026-11-27T${hhmm}:00+01:00`);
const nextTuesday = (hhmm: string): Instant => at(`2026-12-01T${hhmm}:00+01:00`);
const dueOf = (madeAt: Instant) => callbackDueAt(madeAt, STATUTORY_CALENDAR);

const anna = { kind: 'person', personId: 'anna' } as const;
const eva = { kind: 'person', personId: 'eva' } as const;
const withHours = (partial: Partial<AvailabilitySignals>): AvailabilitySignals =>
  signals({ workingHours: officeHours, presence: presence('Available'), ...partial });
const registered = (
  from: Instant,
  until: Instant | 'unknown',
  extra: Partial<RegisteredAbsence> = {},
): RegisteredAbsence => absence(from, until, extra);

type Row = [name: string, input: AvailabilitySignals, madeAt: Instant, expected: unknown];

describe('callbackAssigneeFor: who can call back before the due moment', () => {
  it.each<Row>([
    ['nothing in the way: the colleague', withHours({}), wednesday('10:30'), { kind: 'person' }],
    [
      'absent now, back tomorrow morning: the colleague (two days left)',
      withHours({
        registeredAbsences: [
          registered(wednesday('08:00'), thursday('00:00'), { substituteForCallbacks: anna }),
        ],
      }),
      wednesday('10:30'),
      { kind: 'person' },
    ],
    [
      'absence starting tomorrow, made at the end of the day: the callback substitute',
      withHours({
        registeredAbsences: [
          registered(thursday('00:00'), nextTuesday('00:00'), { substituteForCallbacks: anna }),
        ],
      }),
      wednesday('16:30'),
      { kind: 'substitute', substitute: anna, absent: 'beforeDue', back: nextTuesday('08:00') },
    ],
    [
      'absence starting tomorrow, made in the morning: the colleague still has today',
      withHours({
        registeredAbsences: [
          registered(thursday('00:00'), nextTuesday('00:00'), { substituteForCallbacks: anna }),
        ],
      }),
      wednesday('10:30'),
      { kind: 'person' },
    ],
    [
      'automatic replies until Friday: the team mailbox',
      withHours({ automaticReplies: replies('scheduled', wednesday('08:00'), friday('17:00')) }),
      wednesday('10:30'),
      { kind: 'teamMailbox', absent: 'now', back: at('2026-11-30T08:00:00+01:00') },
    ],
    [
      'out of office in the calendar through the deadline: the team mailbox',
      withHours({
        calendar: {
          access: 'details',
          items: [item(wednesday('00:00'), at('2026-11-28T00:00:00+01:00'), 'oof')],
        },
      }),
      wednesday('10:30'),
      { kind: 'teamMailbox', absent: 'now', back: at('2026-11-30T08:00:00+01:00') },
    ],
    [
      'a registered absence without substitute: the team mailbox',
      withHours({ registeredAbsences: [registered(wednesday('08:00'), 'unknown')] }),
      wednesday('10:30'),
      { kind: 'teamMailbox', absent: 'now', back: 'unknown' },
    ],
    [
      'a registered absence with the team mailbox as callback substitute: that mailbox',
      withHours({
        registeredAbsences: [
          registered(wednesday('08:00'), 'unknown', {
            substituteForCallbacks: { kind: 'teamMailbox', mailbox: 'wmo@lindeburg.example' },
          }),
        ],
      }),
      wednesday('10:30'),
      {
        kind: 'substitute',
        substitute: { kind: 'teamMailbox', mailbox: 'wmo@lindeburg.example' },
        absent: 'now',
        back: 'unknown',
      },
    ],
    [
      'Teams says out of office, no end known: the team mailbox',
      withHours({ presence: presence('Away', 'OutOfOffice') }),
      wednesday('10:30'),
      { kind: 'teamMailbox', absent: 'now', back: 'unknown' },
    ],
    [
      'working hours unknown: office hours assumed (back Friday noon leaves Friday afternoon)',
      signals({
        registeredAbsences: [
          registered(wednesday('08:00'), friday('12:00'), { substituteForCallbacks: anna }),
        ],
      }),
      wednesday('10:30'),
      { kind: 'person' },
    ],
  ])('%s', (_name, input, madeAt, expected) => {
    expect(callbackAssigneeFor(input, madeAt, dueOf(madeAt))).toEqual(expected);
  });

  it('proposes the same substitute as the card when absences overlap', () => {
    const input = withHours({
      registeredAbsences: [
        registered(wednesday('08:00'), friday('17:00'), {
          id: 'short',
          substituteForCallbacks: anna,
        }),
        registered(wednesday('09:00'), nextTuesday('17:00'), {
          id: 'long',
          substituteForCallbacks: eva,
        }),
      ],
    });
    const madeAt = wednesday('10:30');
    const proposal: CallbackAssigneeProposal = callbackAssigneeFor(input, madeAt, dueOf(madeAt));
    const card = availabilityAt(input, madeAt);
    expect(proposal).toMatchObject({ kind: 'substitute', substitute: eva });
    expect(card.absence?.substituteForCallbacks).toEqual(eva);
  });

  it('counts the organisation’s holidays as not working days when given', () => {
    // Thursday 24 December 2026 16:30: due at the end of Tuesday 29 December (Christmas, Boxing Day, weekend).
    const madeAt = at('2026-12-24T16:30:00+01:00');
    const input = withHours({
      registeredAbsences: [
        registered(at('2026-12-28T00:00:00+01:00'), at('2027-01-04T00:00:00+01:00'), {
          substituteForCallbacks: anna,
        }),
      ],
    });
    const due = dueOf(madeAt);
    expect(callbackAssigneeFor(input, madeAt, due)).toMatchObject({ kind: 'person' });
    expect(
      callbackAssigneeFor(input, madeAt, due, { workingDayCalendar: STATUTORY_CALENDAR }),
    ).toMatchObject({ kind: 'substitute', substitute: anna });
  });
});
