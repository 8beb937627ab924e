import type { Instant } from '../time/instant';
import { isoFromInstant } from '../time/instant';
import type {
  AvailabilitySignals,
  AvailabilityReason,
  AvailabilityState,
  WorkingHours,
} from './availability-types';
import { agentViewOfAvailability, availabilityAt } from './availability-at';
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

type Expected = { state: AvailabilityState; reason: AvailabilityReason; until: string | null };

const iso = (until: Instant | 'unknown' | null): string | null =>
  typeof until === 'number' ? isoFromInstant(until) : until;
const utc = (instant: Instant): string => isoFromInstant(instant);

const verdictOf = (input: AvailabilitySignals, t: Instant): Expected => {
  const result = availabilityAt(input, t);
  return { state: result.state, reason: result.reason, until: iso(result.until) };
};

const t = monday('10:00');

describe('rule 1: registered absence', () => {
  it.each<[string, AvailabilitySignals, Instant, Expected]>([
    [
      'covers t: until the expected end',
      signals({ registeredAbsences: [absence(monday('08:00'), monday('13:00'))] }),
      t,
      { state: 'absent', reason: 'registeredAbsence', until: utc(monday('13:00')) },
    ],
    [
      'open-ended: until unknown, still absent weeks later',
      signals({ registeredAbsences: [absence(monday('08:00'), 'unknown')] }),
      at('2026-05-04T10:00:00+02:00'),
      { state: 'absent', reason: 'registeredAbsence', until: 'unknown' },
    ],
    [
      'expected end passed: no longer absent',
      signals({
        presence: presence('Available'),
        registeredAbsences: [absence(monday('08:00'), monday('09:00'))],
      }),
      t,
      { state: 'reachable', reason: 'free', until: null },
    ],
    [
      'ended by the leader before t: no longer absent',
      signals({
        presence: presence('Available'),
        registeredAbsences: [absence(monday('08:00'), 'unknown', { endedAt: monday('09:30') })],
      }),
      t,
      { state: 'reachable', reason: 'free', until: null },
    ],
    [
      'ended later than t (looking back): until the end',
      signals({
        registeredAbsences: [absence(monday('08:00'), 'unknown', { endedAt: monday('11:00') })],
      }),
      t,
      { state: 'absent', reason: 'registeredAbsence', until: utc(monday('11:00')) },
    ],
    [
      'starts later: not yet absent',
      signals({
        presence: presence('Available'),
        registeredAbsences: [absence(monday('12:00'), 'unknown')],
      }),
      t,
      { state: 'reachable', reason: 'free', until: utc(monday('12:00')) },
    ],
    [
      "someone else's absence is ignored",
      signals({
        presence: presence('Available'),
        registeredAbsences: [absence(monday('08:00'), 'unknown', { personId: 'p2' })],
      }),
      t,
      { state: 'reachable', reason: 'free', until: null },
    ],
    [
      'two covering absences: the one that lasts longest decides',
      signals({
        registeredAbsences: [
          absence(monday('08:00'), monday('12:00'), { id: 'short' }),
          absence(monday('09:00'), monday('15:00'), { id: 'long' }),
        ],
      }),
      t,
      { state: 'absent', reason: 'registeredAbsence', until: utc(monday('15:00')) },
    ],
  ])('%s', (_name, input, instant, expected) => {
    expect(verdictOf(input, instant)).toEqual(expected);
  });

  it('carries the substitutes, note and (for leaders) the kind', () => {
    const result = availabilityAt(
      signals({
        registeredAbsences: [
          absence(monday('08:00'), 'unknown', {
            kind: 'ziek',
            substituteForCalls: { kind: 'person', personId: 'p9' },
            substituteForCallbacks: {
              kind: 'teamMailbox',
              mailbox: 'burgerzaken@gemeente.example',
            },
            noteForFrontOffice: 'Vragen over paspoorten naar Anja',
          }),
        ],
      }),
      t,
    );
    expect(result.absence).toEqual({
      absenceId: 'a1',
      kind: 'ziek',
      from: monday('08:00'),
      expectedUntil: 'unknown',
      substituteForCalls: { kind: 'person', personId: 'p9' },
      substituteForCallbacks: { kind: 'teamMailbox', mailbox: 'burgerzaken@gemeente.example' },
      noteForFrontOffice: 'Vragen over paspoorten naar Anja',
    });
  });
});

describe('the agent view never contains the absence kind', () => {
  it.each(['ziek', 'verlof', 'zwangerschapsverlof', 'persoonlijke omstandigheden'])(
    'kind %j',
    (kind) => {
      const leaderView = availabilityAt(
        signals({
          registeredAbsences: [
            absence(monday('08:00'), monday('17:00'), {
              kind,
              substituteForCalls: { kind: 'person', personId: 'p9' },
            }),
          ],
        }),
        t,
      );
      expect(leaderView.absence?.kind).toBe(kind);
      const agentView = agentViewOfAvailability(leaderView);
      expect(agentView.state).toBe('absent');
      expect(agentView.absence).not.toHaveProperty('kind');
      expect(agentView.absence?.substituteForCalls).toEqual({ kind: 'person', personId: 'p9' });
      expect(JSON.stringify(agentView)).not.toContain(kind);
      // the leader's object is not changed
      expect(leaderView.absence?.kind).toBe(kind);
    },
  );

  it('keeps everything else', () => {
    const leaderView = availabilityAt(
      withItems([item(monday('09:00'), monday('11:00'), 'busy', { subject: 'Overleg' })]),
      t,
    );
    expect(agentViewOfAvailability(leaderView)).toEqual(leaderView);
  });
});

describe('rule 2: out of office', () => {
  it.each<[string, AvailabilitySignals, Instant, Expected]>([
    [
      'oof calendar item: until its end',
      withItems([item(monday('08:00'), monday('12:00'), 'oof')]),
      t,
      { state: 'absent', reason: 'calendarOutOfOffice', until: utc(monday('12:00')) },
    ],
    [
      'back-to-back and overlapping oof items merge',
      withItems([
        item(monday('08:00'), monday('12:00'), 'OOF'),
        item(monday('12:00'), monday('14:00'), 'oof'),
        item(monday('13:00'), monday('15:30'), 'Oof'),
        item(monday('16:00'), monday('17:00'), 'oof'),
      ]),
      t,
      { state: 'absent', reason: 'calendarOutOfOffice', until: utc(monday('15:30')) },
    ],
    [
      'oof item merges with the scheduled automatic replies end',
      withItems([item(monday('08:00'), monday('12:00'), 'oof')], {
        automaticReplies: replies('scheduled', monday('11:00'), at('2026-04-03T17:00:00+02:00')),
      }),
      t,
      // Friday 17:00 is the end of work: back on Monday morning (issue 11.1).
      {
        state: 'absent',
        reason: 'calendarOutOfOffice',
        until: utc(at('2026-04-06T08:00:00+02:00')),
      },
    ],
    [
      'presence activity OutOfOffice: until unknown',
      signals({ presence: presence('Away', 'OutOfOffice') }),
      t,
      { state: 'absent', reason: 'presenceOutOfOffice', until: 'unknown' },
    ],
    [
      'presence activity in capitals',
      signals({ presence: presence('AWAY', 'OUTOFOFFICE') }),
      t,
      { state: 'absent', reason: 'presenceOutOfOffice', until: 'unknown' },
    ],
    [
      'presence outOfOfficeSettings.isOutOfOffice',
      signals({ presence: presence('Available', 'Available', true) }),
      t,
      { state: 'absent', reason: 'presenceOutOfOffice', until: 'unknown' },
    ],
    [
      'presence says oof, calendar knows until when',
      withItems([item(monday('08:00'), monday('12:00'), 'oof')], {
        presence: presence('Offline', 'OutOfOffice'),
      }),
      t,
      { state: 'absent', reason: 'calendarOutOfOffice', until: utc(monday('12:00')) },
    ],
    [
      'automatic replies always on: until unknown',
      signals({ automaticReplies: replies('AlwaysEnabled') }),
      t,
      { state: 'absent', reason: 'automaticReplies', until: 'unknown' },
    ],
    [
      'automatic replies scheduled, covering t: until the scheduled end',
      signals({ automaticReplies: replies('Scheduled', monday('09:00'), monday('18:00')) }),
      t,
      { state: 'absent', reason: 'automaticReplies', until: utc(monday('18:00')) },
    ],
    [
      'automatic replies scheduled without end',
      signals({ automaticReplies: replies('scheduled', monday('09:00')) }),
      t,
      { state: 'absent', reason: 'automaticReplies', until: 'unknown' },
    ],
    [
      'automatic replies scheduled later: not yet',
      signals({
        presence: presence('Available'),
        automaticReplies: replies('scheduled', monday('12:00'), monday('18:00')),
      }),
      t,
      { state: 'reachable', reason: 'free', until: utc(monday('12:00')) },
    ],
    [
      'automatic replies scheduled window over: not any more',
      signals({
        presence: presence('Available'),
        automaticReplies: replies('scheduled', monday('06:00'), monday('09:00')),
      }),
      t,
      { state: 'reachable', reason: 'free', until: null },
    ],
    [
      'automatic replies disabled',
      signals({ presence: presence('Available'), automaticReplies: replies('Disabled') }),
      t,
      { state: 'reachable', reason: 'free', until: null },
    ],
    [
      'automatic replies with an unknown status are ignored',
      signals({
        presence: presence('Available'),
        automaticReplies: replies('SometimesEnabled', monday('06:00')),
      }),
      t,
      { state: 'reachable', reason: 'free', until: null },
    ],
  ])('%s', (_name, input, instant, expected) => {
    expect(verdictOf(input, instant)).toEqual(expected);
  });
});

const partTime: WorkingHours = {
  daysOfWeek: ['Monday', 'Tuesday', 'Thursday'],
  startTime: '09:00',
  endTime: '13:00',
  timeZone: 'Europe/Amsterdam',
};
const nightShift: WorkingHours = {
  daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
  startTime: '22:00',
  endTime: '06:00',
};
const everyDay: WorkingHours = {
  daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  startTime: '08:00',
  endTime: '17:00',
};
const everyNight: WorkingHours = { ...everyDay, startTime: '22:00', endTime: '06:00' };
const withHours = (workingHours: WorkingHours): AvailabilitySignals =>
  signals({ workingHours, presence: presence('Available') });
const absentUntil = (until: string): Expected => ({
  state: 'absent',
  reason: 'outsideWorkingHours',
  until,
});
const reachable = (until: string | null): Expected => ({
  state: 'reachable',
  reason: 'free',
  until,
});

describe('rule 3: outside working hours', () => {
  it.each<[string, WorkingHours, string, Expected]>([
    [
      'before work',
      officeHours,
      '2026-03-30T07:30:00+02:00',
      absentUntil('2026-03-30T06:00:00.000Z'),
    ],
    [
      'at the start of work',
      officeHours,
      '2026-03-30T08:00:00+02:00',
      reachable('2026-03-30T15:00:00.000Z'),
    ],
    [
      'one minute before the end',
      officeHours,
      '2026-03-30T16:59:00+02:00',
      reachable('2026-03-30T15:00:00.000Z'),
    ],
    [
      'at the end of work',
      officeHours,
      '2026-03-30T17:00:00+02:00',
      absentUntil('2026-03-31T06:00:00.000Z'),
    ],
    [
      'Friday evening → Monday morning',
      officeHours,
      '2026-04-03T18:00:00+02:00',
      absentUntil('2026-04-06T06:00:00.000Z'),
    ],
    ['Saturday', officeHours, '2026-04-04T11:00:00+02:00', absentUntil('2026-04-06T06:00:00.000Z')],
    // part-timer: Monday, Tuesday, Thursday 09:00–13:00
    [
      'part-timer on a working morning',
      partTime,
      '2026-03-31T10:00:00+02:00',
      reachable('2026-03-31T11:00:00.000Z'),
    ],
    [
      'part-timer in the afternoon',
      partTime,
      '2026-03-31T14:00:00+02:00',
      absentUntil('2026-04-02T07:00:00.000Z'),
    ],
    [
      'part-timer on Wednesday',
      partTime,
      '2026-04-01T10:00:00+02:00',
      absentUntil('2026-04-02T07:00:00.000Z'),
    ],
    [
      'part-timer Thursday afternoon → Monday',
      partTime,
      '2026-04-02T13:30:00+02:00',
      absentUntil('2026-04-06T07:00:00.000Z'),
    ],
    // working hours spanning midnight: 22:00–06:00 starting Monday to Friday
    [
      'night shift, Monday 23:00',
      nightShift,
      '2026-03-30T23:00:00+02:00',
      reachable('2026-03-31T04:00:00.000Z'),
    ],
    [
      'night shift, Tuesday 03:00 (from Monday)',
      nightShift,
      '2026-03-31T03:00:00+02:00',
      reachable('2026-03-31T04:00:00.000Z'),
    ],
    [
      'night shift, Tuesday 12:00',
      nightShift,
      '2026-03-31T12:00:00+02:00',
      absentUntil('2026-03-31T20:00:00.000Z'),
    ],
    [
      'night shift, Saturday 03:00 (from Friday)',
      nightShift,
      '2026-04-04T03:00:00+02:00',
      reachable('2026-04-04T04:00:00.000Z'),
    ],
    [
      'night shift, Monday 03:00 (Sunday has none)',
      nightShift,
      '2026-03-30T03:00:00+02:00',
      absentUntil('2026-03-30T20:00:00.000Z'),
    ],
    // DST: last Sunday of March (2026-03-29, clocks 02:00 → 03:00) and October (2026-10-25, 03:00 → 02:00)
    [
      'Friday before spring forward → Monday 08:00 CEST',
      officeHours,
      '2026-03-27T18:00:00+01:00',
      absentUntil('2026-03-30T06:00:00.000Z'),
    ],
    [
      'Friday before autumn back → Monday 08:00 CET',
      officeHours,
      '2026-10-23T18:00:00+02:00',
      absentUntil('2026-10-26T07:00:00.000Z'),
    ],
    [
      'spring-forward Sunday 07:30 CEST',
      everyDay,
      '2026-03-29T05:30:00Z',
      absentUntil('2026-03-29T06:00:00.000Z'),
    ],
    [
      'spring-forward Sunday 08:00 CEST',
      everyDay,
      '2026-03-29T06:00:00Z',
      reachable('2026-03-29T15:00:00.000Z'),
    ],
    [
      'autumn-back Sunday 07:30 CET',
      everyDay,
      '2026-10-25T06:30:00Z',
      absentUntil('2026-10-25T07:00:00.000Z'),
    ],
    [
      'autumn-back Sunday 16:30 CET',
      everyDay,
      '2026-10-25T15:30:00Z',
      reachable('2026-10-25T16:00:00.000Z'),
    ],
    [
      'night across spring forward, 05:30 CEST',
      everyNight,
      '2026-03-29T03:30:00Z',
      reachable('2026-03-29T04:00:00.000Z'),
    ],
    [
      'night across spring forward, 06:30 CEST',
      everyNight,
      '2026-03-29T04:30:00Z',
      absentUntil('2026-03-29T20:00:00.000Z'),
    ],
    [
      'night across autumn back, 05:30 CET',
      everyNight,
      '2026-10-25T04:30:00Z',
      reachable('2026-10-25T05:00:00.000Z'),
    ],
    [
      'night across autumn back, 02:30 CET (second time)',
      everyNight,
      '2026-10-25T01:30:00Z',
      reachable('2026-10-25T05:00:00.000Z'),
    ],
    // robustness
    [
      'Windows zone name',
      { ...officeHours, timeZone: 'W. Europe Standard Time' },
      '2026-03-30T07:30:00+02:00',
      absentUntil('2026-03-30T06:00:00.000Z'),
    ],
    [
      'unknown zone falls back to Amsterdam',
      { ...officeHours, timeZone: 'Nowhere/Land' },
      '2026-03-30T07:30:00+02:00',
      absentUntil('2026-03-30T06:00:00.000Z'),
    ],
    [
      'other zone',
      { ...officeHours, timeZone: 'Europe/London' },
      '2026-03-30T08:30:00+02:00',
      absentUntil('2026-03-30T07:00:00.000Z'),
    ],
    [
      'Exchange times with seconds',
      { ...officeHours, startTime: '08:00:00.0000000', endTime: '17:00:00.0000000' },
      '2026-03-30T07:30:00+02:00',
      absentUntil('2026-03-30T06:00:00.000Z'),
    ],
    [
      'capitalised day names',
      { ...officeHours, daysOfWeek: ['MONDAY'] },
      '2026-03-31T10:00:00+02:00',
      absentUntil('2026-04-06T06:00:00.000Z'),
    ],
    [
      'no known working day: rule does not apply',
      { ...officeHours, daysOfWeek: ['Someday'] },
      '2026-03-30T03:00:00+02:00',
      reachable(null),
    ],
    [
      'unreadable times: rule does not apply',
      { ...officeHours, startTime: 'morning' },
      '2026-03-30T03:00:00+02:00',
      reachable(null),
    ],
  ])('%s', (_name, workingHours, instant, expected) => {
    expect(verdictOf(withHours(workingHours), at(instant))).toEqual(expected);
  });
});

describe('rule 4: busy', () => {
  it.each<[string, AvailabilitySignals, Instant, Expected]>([
    [
      'presence Busy, no calendar: until unknown',
      signals({ presence: presence('Busy', 'Busy') }),
      t,
      { state: 'busy', reason: 'presenceBusy', until: 'unknown' },
    ],
    [
      'presence busy (lower case)',
      signals({ presence: presence('busy', 'busy') }),
      t,
      { state: 'busy', reason: 'presenceBusy', until: 'unknown' },
    ],
    [
      'presence BUSY (upper case)',
      signals({ presence: presence('BUSY', 'BUSY') }),
      t,
      { state: 'busy', reason: 'presenceBusy', until: 'unknown' },
    ],
    [
      'presence DoNotDisturb',
      signals({ presence: presence('DoNotDisturb', 'Presenting') }),
      t,
      { state: 'busy', reason: 'presenceBusy', until: 'unknown' },
    ],
    [
      'activity InACall',
      signals({ presence: presence('Available', 'InACall') }),
      t,
      { state: 'busy', reason: 'presenceBusy', until: 'unknown' },
    ],
    [
      'activity InAConferenceCall',
      signals({ presence: presence('Available', 'inaconferencecall') }),
      t,
      { state: 'busy', reason: 'presenceBusy', until: 'unknown' },
    ],
    [
      'activity InAMeeting',
      signals({ presence: presence('Available', 'InAMeeting') }),
      t,
      { state: 'busy', reason: 'presenceBusy', until: 'unknown' },
    ],
    [
      'activity Presenting',
      signals({ presence: presence('Away', 'Presenting') }),
      t,
      { state: 'busy', reason: 'presenceBusy', until: 'unknown' },
    ],
    [
      'presence busy: until the end of the covering calendar block',
      withItems(
        [
          item(monday('09:30'), monday('10:30'), 'busy'),
          item(monday('10:30'), monday('11:00'), 'tentative'),
        ],
        { presence: presence('Busy', 'InAMeeting') },
      ),
      t,
      { state: 'busy', reason: 'presenceBusy', until: utc(monday('11:00')) },
    ],
    [
      'presence busy and a tentative item: presence decides, not tentative',
      withItems([item(monday('09:30'), monday('10:30'), 'tentative')], {
        presence: presence('Busy', 'InAMeeting'),
      }),
      t,
      { state: 'busy', reason: 'presenceBusy', until: utc(monday('10:30')) },
    ],
    [
      'busy item',
      withItems([item(monday('09:30'), monday('10:30'), 'busy')]),
      t,
      { state: 'busy', reason: 'calendarBusy', until: utc(monday('10:30')) },
    ],
    [
      'busy item, status BUSY',
      withItems([item(monday('09:30'), monday('10:30'), 'BUSY')]),
      t,
      { state: 'busy', reason: 'calendarBusy', until: utc(monday('10:30')) },
    ],
    [
      'busy item starting exactly at t',
      withItems([item(t, monday('10:30'), 'busy')]),
      t,
      { state: 'busy', reason: 'calendarBusy', until: utc(monday('10:30')) },
    ],
    [
      'busy item ending exactly at t',
      withItems([item(monday('09:00'), t, 'busy')]),
      t,
      reachable(utc(monday('17:00'))),
    ],
    [
      'back-to-back busy items merge',
      withItems([
        item(monday('09:30'), monday('10:30'), 'busy'),
        item(monday('10:30'), monday('11:30'), 'busy'),
        item(monday('11:30'), monday('12:00'), 'Tentative'),
      ]),
      t,
      { state: 'busy', reason: 'calendarBusy', until: utc(monday('12:00')) },
    ],
    [
      'overlapping items merge',
      withItems([
        item(monday('09:00'), monday('11:00'), 'busy'),
        item(monday('10:45'), monday('11:15'), 'busy'),
      ]),
      t,
      { state: 'busy', reason: 'calendarBusy', until: utc(monday('11:15')) },
    ],
    [
      'an oof item right after a busy block extends it',
      withItems([
        item(monday('09:30'), monday('10:30'), 'busy'),
        item(monday('10:30'), monday('17:00'), 'oof'),
      ]),
      t,
      { state: 'busy', reason: 'calendarBusy', until: utc(monday('17:00')) },
    ],
    [
      'a gap of one minute breaks the block',
      withItems([
        item(monday('09:30'), monday('10:30'), 'busy'),
        item(monday('10:31'), monday('11:30'), 'busy'),
      ]),
      t,
      { state: 'busy', reason: 'calendarBusy', until: utc(monday('10:30')) },
    ],
    [
      'tentative item is marked',
      withItems([item(monday('09:30'), monday('10:30'), 'tentative')]),
      t,
      { state: 'busy', reason: 'calendarTentative', until: utc(monday('10:30')) },
    ],
    [
      'tentative item, status TENTATIVE',
      withItems([item(monday('09:30'), monday('10:30'), 'TENTATIVE')]),
      t,
      { state: 'busy', reason: 'calendarTentative', until: utc(monday('10:30')) },
    ],
    [
      'tentative and busy both cover t: busy',
      withItems([
        item(monday('09:30'), monday('10:30'), 'tentative'),
        item(monday('09:45'), monday('10:15'), 'busy'),
      ]),
      t,
      { state: 'busy', reason: 'calendarBusy', until: utc(monday('10:30')) },
    ],
    [
      'tentative now, busy later in the same block: tentative, until the block ends',
      withItems([
        item(monday('09:30'), monday('10:30'), 'tentative'),
        item(monday('10:30'), monday('11:00'), 'busy'),
      ]),
      t,
      { state: 'busy', reason: 'calendarTentative', until: utc(monday('11:00')) },
    ],
    [
      'free item: reachable',
      withItems([item(monday('09:30'), monday('10:30'), 'free')]),
      t,
      reachable(utc(monday('17:00'))),
    ],
    [
      'working elsewhere: reachable',
      withItems([item(monday('08:00'), monday('17:00'), 'WorkingElsewhere')]),
      t,
      reachable(utc(monday('17:00'))),
    ],
    [
      'unknown item status: ignored',
      withItems([item(monday('09:30'), monday('10:30'), 'Maybe')]),
      t,
      reachable(utc(monday('17:00'))),
    ],
    [
      'free/busy access counts too',
      signals({
        calendar: { access: 'freeBusy', items: [item(monday('09:30'), monday('10:30'), 'busy')] },
      }),
      t,
      { state: 'busy', reason: 'calendarBusy', until: utc(monday('10:30')) },
    ],
    [
      'no calendar access: items ignored',
      signals({
        calendar: { access: 'none', items: [item(monday('09:30'), monday('10:30'), 'busy')] },
        presence: presence('Available'),
      }),
      t,
      reachable(null),
    ],
  ])('%s', (_name, input, instant, expected) => {
    expect(verdictOf(input, instant)).toEqual(expected);
  });
});

describe('rule 5: reachable, and rule 6: unknown', () => {
  it.each<
    [string, AvailabilitySignals, Expected, { availability: string; activity: string } | null]
  >([
    [
      'presence Available',
      signals({ presence: presence('Available') }),
      reachable(null),
      { availability: 'available', activity: 'available' },
    ],
    [
      'presence Away is detail',
      signals({ presence: presence('Away') }),
      reachable(null),
      { availability: 'away', activity: 'away' },
    ],
    [
      'presence BeRightBack is detail',
      signals({ presence: presence('BeRightBack') }),
      reachable(null),
      { availability: 'beRightBack', activity: 'beRightBack' },
    ],
    [
      'presence AvailableIdle is detail',
      signals({ presence: presence('AvailableIdle', 'Inactive') }),
      reachable(null),
      { availability: 'availableIdle', activity: 'inactive' },
    ],
    [
      'presence Offline is detail',
      signals({ presence: presence('Offline', 'OffWork') }),
      reachable(null),
      { availability: 'offline', activity: 'offWork' },
    ],
    ['calendar readable, empty', withItems([]), reachable(utc(monday('17:00'))), null],
    [
      'calendar free/busy only',
      signals({ calendar: { access: 'freeBusy', items: [] } }),
      reachable(null),
      null,
    ],
    [
      'until the next busy item',
      withItems([item(monday('11:00'), monday('12:00'), 'busy')]),
      reachable(utc(monday('11:00'))),
      null,
    ],
    ['nothing at all', signals(), { state: 'unknown', reason: 'noSignal', until: null }, null],
    [
      'working hours only (inside)',
      signals({ workingHours: officeHours }),
      { state: 'unknown', reason: 'noSignal', until: null },
      null,
    ],
    [
      'calendar access none',
      signals({ calendar: { access: 'none', items: [] } }),
      { state: 'unknown', reason: 'noSignal', until: null },
      null,
    ],
    [
      'presence PresenceUnknown',
      signals({ presence: presence('PresenceUnknown') }),
      { state: 'unknown', reason: 'noSignal', until: null },
      { availability: 'unknown', activity: 'unknown' },
    ],
    [
      'unknown presence values never crash',
      signals({ presence: presence('Sleeping', 'Juggling') }),
      { state: 'unknown', reason: 'noSignal', until: null },
      { availability: 'unknown', activity: 'unknown' },
    ],
    [
      'unknown availability, known activity',
      signals({ presence: presence('Sleeping', 'Away') }),
      reachable(null),
      { availability: 'unknown', activity: 'away' },
    ],
  ])('%s', (_name, input, expected, detail) => {
    const result = availabilityAt(input, t);
    expect({ state: result.state, reason: result.reason, until: iso(result.until) }).toEqual(
      expected,
    );
    expect(result.presenceDetail).toEqual(detail);
  });

  it('reports the calendar access so the screen can say "agenda niet gedeeld"', () => {
    expect(availabilityAt(signals({ presence: presence('Available') }), t).calendarAccess).toBe(
      'none',
    );
    expect(
      availabilityAt(signals({ calendar: { access: 'freeBusy', items: [] } }), t).calendarAccess,
    ).toBe('freeBusy');
    expect(availabilityAt(withItems([]), t).calendarAccess).toBe('details');
  });

  it('survives malformed input from a sloppy mapper', () => {
    const sloppy = {
      personId: 'p1',
      calendar: {
        access: 'everything',
        items: [{ start: Number.NaN, end: 5, status: null, isPrivate: false }],
      },
      workingHours: { daysOfWeek: null, startTime: 8, endTime: undefined },
      presence: { availability: undefined, activity: 42, isOutOfOffice: 'yes' },
      automaticReplies: { status: undefined },
      registeredAbsences: [
        null,
        { id: 'x', personId: 'p1', from: 'yesterday', expectedUntil: 'unknown' },
      ],
    } as unknown as AvailabilitySignals;
    expect(() => availabilityAt(sloppy, t)).not.toThrow();
    expect(availabilityAt(sloppy, t).state).toBe('unknown');
  });
});

// Each condition, at Monday 18:00 (outside 08:00–17:00), makes exactly its own rule hold.
type Condition = 'absence' | 'oof' | 'outsideHours' | 'busy' | 'reachable' | 'unknown';
const tEvening = monday('18:00');
const conditionSignals: Record<Condition, Partial<AvailabilitySignals>> = {
  absence: { registeredAbsences: [absence(monday('08:00'), 'unknown')] },
  oof: { automaticReplies: replies('alwaysEnabled') },
  outsideHours: { workingHours: officeHours },
  busy: {
    calendar: { access: 'details', items: [item(monday('17:30'), monday('19:00'), 'busy')] },
  },
  reachable: { presence: presence('Available') },
  unknown: {},
};
const expectedReason: Record<Condition, AvailabilityReason> = {
  absence: 'registeredAbsence',
  oof: 'automaticReplies',
  outsideHours: 'outsideWorkingHours',
  busy: 'calendarBusy',
  reachable: 'free',
  unknown: 'noSignal',
};
const combine = (...conditions: Condition[]): AvailabilitySignals =>
  signals(
    Object.assign(
      {},
      ...conditions.map((condition) => conditionSignals[condition]),
    ) as Partial<AvailabilitySignals>,
  );

describe('precedence: the higher rule wins when both hold', () => {
  it.each<Condition>(['absence', 'oof', 'outsideHours', 'busy', 'reachable', 'unknown'])(
    '%s alone holds',
    (condition) => {
      expect(availabilityAt(combine(condition), tEvening).reason).toBe(expectedReason[condition]);
    },
  );

  it.each<[Condition, Condition]>([
    ['absence', 'oof'],
    ['absence', 'outsideHours'],
    ['absence', 'busy'],
    ['absence', 'reachable'],
    ['absence', 'unknown'],
    ['oof', 'outsideHours'],
    ['oof', 'busy'],
    ['oof', 'reachable'],
    ['oof', 'unknown'],
    ['outsideHours', 'busy'],
    ['outsideHours', 'reachable'],
    ['outsideHours', 'unknown'],
    ['busy', 'reachable'],
    // busy > unknown and reachable > unknown cannot both hold: both need a signal, unknown needs none.
  ])('%s beats %s', (higher, lower) => {
    expect(availabilityAt(combine(lower), tEvening).reason).toBe(expectedReason[lower]);
    expect(availabilityAt(combine(higher, lower), tEvening).reason).toBe(expectedReason[higher]);
  });

  it.each<[string, AvailabilitySignals, AvailabilityReason]>([
    [
      'calendar oof beats presence busy',
      withItems([item(monday('09:00'), monday('12:00'), 'oof')], {
        presence: presence('Busy', 'InACall'),
      }),
      'calendarOutOfOffice',
    ],
    [
      'presence oof beats calendar busy',
      withItems([item(monday('09:00'), monday('12:00'), 'busy')], {
        presence: presence('Away', 'OutOfOffice'),
      }),
      'presenceOutOfOffice',
    ],
    [
      'registered absence beats presence available',
      signals({
        presence: presence('Available'),
        registeredAbsences: [absence(monday('08:00'), 'unknown')],
      }),
      'registeredAbsence',
    ],
    [
      'outside hours beats presence busy',
      signals({ workingHours: officeHours, presence: presence('Busy') }),
      'outsideWorkingHours',
    ],
    [
      'presence busy beats calendar free',
      withItems([item(monday('09:00'), monday('12:00'), 'free')], { presence: presence('Busy') }),
      'presenceBusy',
    ],
  ])('%s', (_name, input, reason) => {
    const instant = _name.startsWith('outside') ? tEvening : t;
    expect(availabilityAt(input, instant).reason).toBe(reason);
  });
});
