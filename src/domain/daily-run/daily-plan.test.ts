import type { CallbackRequest } from '../callbacks';
import type { Instant } from '../time';
import { instantFromIso } from '../time';
import { STATUTORY_CALENDAR } from '../working-days';
import type { WorkingDayCalendar } from '../working-days';
import type { DailyAbsence, DailyInput, DailyMessage, DailyTeam } from './daily-plan';
import { dailyKey, planDailyRun } from './daily-plan';

const at = (iso: string): Instant => {
  const instant = instantFromIso(iso);
  if (instant === null) throw new Error(`bad iso ${iso}`);
  return instant;
};
const endOf = (date: string) => at(`${date}T23:59:59.999+01:00`);

/** Thursday 3 December 2026, 07:00 in Amsterdam. */
const thursday0700 = at('2026-12-03T07:00:00+01:00');

const request = (id: string, overrides: Partial<CallbackRequest>): CallbackRequest => ({
  id,
  citizen: { name: 'Jan Jansen', phone: '+31612345678', email: null },
  question: 'Vraag',
  channel: 'phone',
  preferredTime: null,
  madeAt: at('2026-12-01T10:00:00+01:00'),
  madeById: 'agent',
  assignedToPersonId: null,
  assignedToTeam: 'Burgerzaken',
  teamMailbox: null,
  dueAt: endOf('2026-12-03'),
  status: 'open',
  attempts: [],
  closedAt: null,
  closedById: null,
  outcomeNote: null,
  claimedById: null,
  ...overrides,
});

const teams: DailyTeam[] = [
  {
    name: 'Burgerzaken',
    leaderId: 'leader',
    generalMailbox: 'bz@example.nl',
    memberIds: ['leader', 'p1', 'p2'],
  },
  { name: 'Belastingen', leaderId: 'leader2', generalMailbox: null, memberIds: ['leader2', 'p3'] },
];

const callbacks: CallbackRequest[] = [
  // Due today, held by p1: a reminder only.
  request('r1', { assignedToPersonId: 'p1' }),
  // Overdue, held by p1: reminder and escalation.
  request('r2', { assignedToPersonId: 'p1', dueAt: endOf('2026-12-02') }),
  // Due tomorrow: nothing.
  request('r3', { assignedToPersonId: 'p2', dueAt: endOf('2026-12-04') }),
  // Unclaimed and overdue: the team's mailbox and the leader.
  request('r4', { madeAt: at('2026-11-30T10:00:00+01:00'), dueAt: endOf('2026-12-02') }),
  // Unclaimed, made yesterday: one working day old, not due: nothing.
  request('r5', { madeAt: at('2026-12-02T10:00:00+01:00'), dueAt: endOf('2026-12-04') }),
  // Unclaimed, made two working days ago, due today: the mailbox, and the leader (older than one working day).
  request('r6', { madeAt: at('2026-12-01T10:00:00+01:00') }),
  // Claimed by p2, overdue: p2's reminder, the leader's escalation.
  request('r7', { claimedById: 'p2', dueAt: endOf('2026-12-02') }),
  // Closed: nothing.
  request('r8', {
    status: 'done',
    closedAt: at('2026-12-02T12:00:00+01:00'),
    dueAt: endOf('2026-12-01'),
  }),
  // Another team without a general mailbox: no reminder, its leader's escalation.
  request('r9', {
    assignedToTeam: 'Belastingen',
    madeAt: at('2026-11-27T10:00:00+01:00'),
    dueAt: endOf('2026-12-01'),
  }),
];

const absences: DailyAbsence[] = [
  { id: 'a1', personId: 'p1', expectedUntil: at('2026-12-02T17:00:00+01:00'), endedAt: null },
  { id: 'a2', personId: 'p3', expectedUntil: 'unknown', endedAt: null },
  { id: 'a3', personId: 'p2', expectedUntil: at('2026-12-04T17:00:00+01:00'), endedAt: null },
  {
    id: 'a4',
    personId: 'p2',
    expectedUntil: at('2026-12-01T17:00:00+01:00'),
    endedAt: at('2026-12-02T09:00:00+01:00'),
  },
  // The leader's own absence: nobody to tell.
  { id: 'a5', personId: 'leader', expectedUntil: at('2026-12-01T17:00:00+01:00'), endedAt: null },
];

const input = (overrides: Partial<DailyInput> = {}): DailyInput => ({
  now: thursday0700,
  calendar: STATUTORY_CALENDAR,
  callbacks,
  teams,
  absences,
  recorded: new Set(),
  callbackRetentionDays: 90,
  absenceReasonRetentionDays: 28,
  ...overrides,
});

const brief = (message: DailyMessage) =>
  `${message.kind} ${message.recipient.kind === 'person' ? message.recipient.personId : message.recipient.mailbox}: ${message.subjectIds.join(',')}`;

const messagesOf = (overrides: Partial<DailyInput> = {}) => {
  const plan = planDailyRun(input(overrides));
  if (plan.kind !== 'working') throw new Error(`closed: ${JSON.stringify(plan.why)}`);
  return plan;
};

describe('planDailyRun on a working day', () => {
  it('sends each person one reminder, each mailbox the unclaimed ones, each leader the escalations and the absences', () => {
    expect(messagesOf().messages.map(brief).sort()).toEqual(
      [
        'reminder p1: r2,r1',
        'reminder p2: r7',
        'reminder bz@example.nl: r4,r6',
        'escalation leader: r2,r4,r7,r6',
        'escalation leader2: r9',
        'absences leader: a1',
      ].sort(),
    );
  });

  it('keys each reminder by date and recipient, and each escalated request by date, leader and request', () => {
    const plan = messagesOf();
    const keys = plan.messages.flatMap((message) => message.keys);
    expect(keys).toContain('2026-12-03|reminder|person:p1');
    expect(keys).toContain('2026-12-03|reminder|mailbox:bz@example.nl');
    expect(keys).toContain('2026-12-03|escalation|person:leader|r4');
    expect(keys).toContain('2026-12-03|absences|person:leader');
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('sends nothing that was recorded today, and only the requests not yet escalated', () => {
    const first = messagesOf();
    const all = first.messages.flatMap((message) => message.keys);
    const again = messagesOf({ recorded: new Set(all) });
    expect(again.messages).toEqual([]);
    expect(again.alreadyRecorded).toBe(all.length);
    const partly = messagesOf({
      recorded: new Set([
        '2026-12-03|escalation|person:leader|r2',
        '2026-12-03|reminder|person:p1',
      ]),
    });
    expect(
      partly.messages.map(brief).filter((line) => line.includes('leader:') || line.includes('p1')),
    ).toEqual(['escalation leader: r4,r7,r6', 'absences leader: a1']);
    expect(partly.alreadyRecorded).toBe(2);
  });

  it('the next working day counts anew: the keys carry the date', () => {
    const friday = messagesOf({
      now: at('2026-12-04T07:00:00+01:00'),
      recorded: new Set(messagesOf().messages.flatMap((m) => m.keys)),
    });
    expect(
      friday.messages.some((message) => message.keys.every((key) => key.startsWith('2026-12-04|'))),
    ).toBe(true);
  });

  it('retention cuts off the configured days before now, and says when it was done today', () => {
    const plan = messagesOf({
      recorded: new Set([dailyKey('2026-12-03' as never, 'reasonRetention')]),
    });
    expect(plan.retention).toEqual([
      {
        kind: 'callbackRetention',
        key: '2026-12-03|callbackRetention',
        cutoff: thursday0700 - 90 * 86_400_000,
        state: 'due',
      },
      {
        kind: 'reasonRetention',
        key: '2026-12-03|reasonRetention',
        cutoff: thursday0700 - 28 * 86_400_000,
        state: 'recorded',
      },
    ]);
  });
});

describe('planDailyRun on a day the organisation is closed', () => {
  const closingDays: WorkingDayCalendar = {
    extraClosingDays: ['2026-12-24' as never],
    openOnStatutoryDays: ['2027-05-05' as never],
  };
  it.each([
    ['a Saturday', '2026-12-05T07:00:00+01:00', STATUTORY_CALENDAR, { kind: 'weekend' }],
    ['a Sunday', '2026-12-06T07:00:00+01:00', STATUTORY_CALENDAR, { kind: 'weekend' }],
    [
      'Christmas Day',
      '2026-12-25T07:00:00+01:00',
      STATUTORY_CALENDAR,
      { kind: 'statutoryHoliday', holiday: 'christmasDay' },
    ],
    [
      'Easter Monday',
      '2027-03-29T07:00:00+02:00',
      STATUTORY_CALENDAR,
      { kind: 'statutoryHoliday', holiday: 'easterMonday' },
    ],
    ['a configured closing day', '2026-12-24T07:00:00+01:00', closingDays, { kind: 'closingDay' }],
  ])('does nothing on %s', (_name, iso, calendar, why) => {
    expect(planDailyRun(input({ now: at(iso), calendar }))).toEqual({
      kind: 'closed',
      date: iso.slice(0, 10),
      why,
    });
  });

  it('works on a statutory holiday the organisation is open on', () => {
    expect(
      planDailyRun(input({ now: at('2027-05-05T07:00:00+02:00'), calendar: closingDays })).kind,
    ).toBe('working');
  });
});
