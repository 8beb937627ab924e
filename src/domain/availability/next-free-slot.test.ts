import type { Instant } from '../time/instant';
import { isoFromInstant } from '../time/instant';
import type { AvailabilitySignals, TimeSlot } from './availability-types';
import { availabilityAt } from './availability-at';
import {
  absence,
  at,
  item,
  monday,
  presence,
  replies,
  signals,
  withItems,
} from './availability-test-fixtures';

const slotText = (slot: TimeSlot | null): string | null =>
  slot === null
    ? null
    : `${new Date(slot.start + 2 * 3_600_000).toISOString().slice(11, 16)}–${new Date(slot.end + 2 * 3_600_000).toISOString().slice(11, 16)}`;

describe('next free slot today (first gap of at least 15 minutes inside working hours)', () => {
  it.each<[string, AvailabilitySignals, Instant, string | null]>([
    ['free all day: from now to the end of work', withItems([]), monday('10:00'), '10:00–17:00'],
    [
      'free now, meeting in 30 minutes',
      withItems([item(monday('10:30'), monday('11:00'), 'busy')]),
      monday('10:00'),
      '10:00–10:30',
    ],
    [
      'free now, exactly 15 minutes',
      withItems([item(monday('10:15'), monday('11:00'), 'busy')]),
      monday('10:00'),
      '10:00–10:15',
    ],
    [
      'free now, only 10 minutes: skipped',
      withItems([item(monday('10:10'), monday('11:00'), 'busy')]),
      monday('10:00'),
      '11:00–17:00',
    ],
    [
      'busy now: after the merged block',
      withItems([
        item(monday('09:00'), monday('10:30'), 'busy'),
        item(monday('10:30'), monday('11:00'), 'tentative'),
        item(monday('12:00'), monday('13:00'), 'busy'),
      ]),
      monday('10:00'),
      '11:00–12:00',
    ],
    [
      'gap of 10 minutes between meetings skipped',
      withItems([
        item(monday('09:00'), monday('10:30'), 'busy'),
        item(monday('10:40'), monday('12:00'), 'busy'),
        item(monday('12:20'), monday('13:00'), 'busy'),
      ]),
      monday('10:00'),
      '12:00–12:20',
    ],
    [
      'booked until the end of work: none left today',
      withItems([
        item(monday('09:00'), monday('13:00'), 'busy'),
        item(monday('13:10'), monday('17:00'), 'busy'),
      ]),
      monday('10:00'),
      null,
    ],
    [
      'last 10 minutes of the day: none',
      withItems([item(monday('09:00'), monday('16:50'), 'busy')]),
      monday('10:00'),
      null,
    ],
    [
      'free items do not block',
      withItems([item(monday('10:00'), monday('12:00'), 'free')]),
      monday('10:00'),
      '10:00–17:00',
    ],
    [
      'working elsewhere does not block',
      withItems([item(monday('08:00'), monday('17:00'), 'workingElsewhere')]),
      monday('10:00'),
      '10:00–17:00',
    ],
    [
      'before work: from the start of work',
      withItems([item(monday('08:00'), monday('08:30'), 'busy')]),
      monday('07:00'),
      '08:30–17:00',
    ],
    ['after work: none today', withItems([]), monday('17:30'), null],
    [
      'part-timer: the slot ends with their shorter day',
      withItems([], {
        workingHours: { daysOfWeek: ['monday'], startTime: '09:00', endTime: '12:30' },
      }),
      monday('10:00'),
      '10:00–12:30',
    ],
    [
      // The calendar's free time as what it is (the card marks it "volgens agenda"), issue 11.7.
      'presence busy without a calendar block: the calendar gap around now',
      withItems([item(monday('11:00'), monday('12:00'), 'busy')], {
        presence: presence('Busy', 'InACall'),
      }),
      monday('10:00'),
      '10:00–11:00',
    ],
    [
      'presence busy inside a block: after the block',
      withItems([item(monday('09:30'), monday('10:30'), 'busy')], {
        presence: presence('Busy', 'InAMeeting'),
      }),
      monday('10:00'),
      '10:30–17:00',
    ],
    [
      'registered absence with unknown end: none',
      withItems([], { registeredAbsences: [absence(monday('08:00'), 'unknown')] }),
      monday('10:00'),
      null,
    ],
    [
      'registered absence until 13:00',
      withItems([], { registeredAbsences: [absence(monday('08:00'), monday('13:00'))] }),
      monday('10:00'),
      '13:00–17:00',
    ],
    [
      'registered absence later today blocks',
      withItems([], { registeredAbsences: [absence(monday('14:00'), 'unknown')] }),
      monday('10:00'),
      '10:00–14:00',
    ],
    [
      'automatic replies always on: none',
      withItems([], { automaticReplies: replies('alwaysEnabled') }),
      monday('10:00'),
      null,
    ],
    [
      'out of office until 15:00',
      withItems([item(monday('08:00'), monday('15:00'), 'oof')]),
      monday('10:00'),
      '15:00–17:00',
    ],
    [
      'presence out of office: none',
      withItems([], { presence: presence('Away', 'OutOfOffice') }),
      monday('10:00'),
      null,
    ],
    [
      'working hours unknown: office hours 08:00–17:00 assumed',
      withItems([], { workingHours: null }),
      monday('10:00'),
      '10:00–17:00',
    ],
    [
      'working hours unknown, evening: none',
      withItems([], { workingHours: null }),
      monday('19:00'),
      null,
    ],
    ['no signal at all: office hours assumed', signals(), monday('10:00'), '10:00–17:00'],
  ])('%s', (_name, input, instant, expected) => {
    expect(slotText(availabilityAt(input, instant).nextFreeSlot)).toBe(expected);
  });

  it('honours a different minimum', () => {
    const input = withItems([item(monday('10:10'), monday('11:00'), 'busy')]);
    expect(
      slotText(availabilityAt(input, monday('10:00'), { minimumSlotMinutes: 10 }).nextFreeSlot),
    ).toBe('10:00–10:10');
  });

  it('today is the Amsterdam day: a night shift slot stops at midnight', () => {
    const input = withItems([], {
      workingHours: { daysOfWeek: ['monday'], startTime: '22:00', endTime: '06:00' },
    });
    const slot = availabilityAt(input, monday('21:00')).nextFreeSlot;
    expect(slot && isoFromInstant(slot.start)).toBe('2026-03-30T20:00:00.000Z');
    expect(slot && isoFromInstant(slot.end)).toBe('2026-03-30T22:00:00.000Z');
  });

  it('is correct on the DST Sunday (23-hour day)', () => {
    const input = withItems(
      [item(at('2026-03-29T08:00:00+02:00'), at('2026-03-29T09:00:00+02:00'), 'busy')],
      {
        workingHours: { daysOfWeek: ['sunday'], startTime: '01:00', endTime: '10:00' },
      },
    );
    const slot = availabilityAt(input, at('2026-03-29T01:30:00+01:00')).nextFreeSlot;
    expect(slot && isoFromInstant(slot.start)).toBe('2026-03-29T00:30:00.000Z');
    expect(slot && isoFromInstant(slot.end)).toBe('2026-03-29T06:00:00.000Z');
  });
});

describe('current and next calendar item', () => {
  const meeting = item(monday('09:30'), monday('10:30'), 'busy', {
    subject: 'Overleg Burgerzaken',
    location: 'Kamer 2.14',
  });
  const secret = item(monday('11:00'), monday('12:00'), 'busy', {
    subject: 'Sollicitatiegesprek',
    location: 'Kamer 3',
    isPrivate: true,
  });
  const lunch = item(monday('12:00'), monday('12:30'), 'free', { subject: 'Lunch' });
  const afternoon = item(monday('14:00'), monday('15:00'), 'tentative', { subject: 'Misschien' });

  it('shows subject and location when shared with details and not private', () => {
    const result = availabilityAt(withItems([meeting, secret]), monday('10:00'));
    expect(result.currentItem).toEqual({
      start: meeting.start,
      end: meeting.end,
      status: 'busy',
      visibility: 'details',
      subject: 'Overleg Burgerzaken',
      location: 'Kamer 2.14',
    });
    expect(result.nextItem).toEqual({
      start: secret.start,
      end: secret.end,
      status: 'busy',
      visibility: 'hidden',
    });
  });

  it.each<[string, AvailabilitySignals, Instant]>([
    ['private item now', withItems([secret]), monday('11:30')],
    ['private item next', withItems([secret]), monday('10:00')],
    [
      'free/busy access with a subject passed anyway',
      signals({ calendar: { access: 'freeBusy', items: [meeting] } }),
      monday('10:00'),
    ],
    [
      'free/busy access, next item',
      signals({ calendar: { access: 'freeBusy', items: [meeting] } }),
      monday('09:00'),
    ],
  ])('never exposes the subject: %s', (_name, input, instant) => {
    const result = availabilityAt(input, instant);
    const shown = result.currentItem ?? result.nextItem;
    expect(shown).not.toBeNull();
    expect(shown?.visibility).toBe('hidden');
    expect(shown).not.toHaveProperty('subject');
    expect(shown).not.toHaveProperty('location');
    expect(JSON.stringify(result)).not.toMatch(/Sollicitatie|Overleg|Kamer/);
  });

  it('skips free items as the next item, and picks the weightiest covering item as current', () => {
    const overlapping = item(monday('09:00'), monday('17:00'), 'workingElsewhere', {
      subject: 'Thuiswerken',
    });
    const result = availabilityAt(
      withItems([overlapping, meeting, lunch, afternoon]),
      monday('10:00'),
    );
    expect(result.currentItem?.subject).toBe('Overleg Burgerzaken');
    expect(result.nextItem?.subject).toBe('Misschien');
  });

  it('has no items without calendar access', () => {
    const result = availabilityAt(
      signals({ calendar: { access: 'none', items: [meeting] }, presence: presence('Available') }),
      monday('10:00'),
    );
    expect(result.currentItem).toBeNull();
    expect(result.nextItem).toBeNull();
    expect(result.calendarAccess).toBe('none');
  });
});

describe('busy by Teams presence only (issue 11.7)', () => {
  it.each<[string, AvailabilitySignals]>([
    [
      'Niet storen, calendar free',
      withItems([], { presence: presence('DoNotDisturb', 'Presenting') }),
    ],
    ['In gesprek, calendar free', withItems([], { presence: presence('Busy', 'InACall') })],
  ])('%s: end unknown, and the calendar free slot is shown as the calendar’s', (_name, input) => {
    const result = availabilityAt(input, monday('10:00'));
    expect(result.state).toBe('busy');
    expect(result.until).toBe('unknown');
    expect(slotText(result.nextFreeSlot)).toBe('10:00–17:00');
    expect(result.nextFreeSlotBasis).toBe('calendarOnly');
  });

  it('a free slot found with every signal is not marked', () => {
    const result = availabilityAt(withItems([]), monday('10:00'));
    expect(result.nextFreeSlotBasis).toBe('allSignals');
  });
});
