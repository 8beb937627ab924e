import { aRequest, anAttempt, at } from '../callbacks/callback-test-fixtures';
import type { CallbackRequest } from '../callbacks/callback-request';
import { instantFromEpochMs } from '../time/instant';
import { STATUTORY_CALENDAR } from '../working-days/working-day-calendar';
import { callbackDueAt } from '../working-days/callback-deadline';
import type { CallbackFigures, FiguresOptions } from './callback-figures';
import {
  computeFigures,
  createFiguresAccumulator,
  medianOf,
  overdueByPerson,
} from './callback-figures';

// A small set around Easter 2026 (Good Friday 3 April, Easter Monday 6 April), counted by hand.
// "Now" is Thursday 9 April 2026 12:00; the period is ISO weeks 14 and 15 (Mon 30 March – Sun 12 April).
const now = at('2026-04-09T12:00:00+02:00');
const options: FiguresOptions = {
  period: { from: at('2026-03-30T00:00:00+02:00'), to: at('2026-04-13T00:00:00+02:00') },
  now,
  calendar: STATUTORY_CALENDAR,
};

const request = (id: string, madeIso: string, dueIso: string, rest: Partial<CallbackRequest>) =>
  aRequest({
    id,
    madeAt: at(madeIso),
    dueAt: at(dueIso),
    assignedToPersonId: null,
    claimedById: null,
    ...rest,
  });

const known: CallbackRequest[] = [
  // r1: Thursday before Easter, due Wednesday after (Good Friday, weekend, Easter Monday skipped); tried Tuesday
  // 09:00, on time; 60 + 30 = 90 working minutes; done.
  request('r1', '2026-04-02T16:00:00+02:00', '2026-04-08T23:59:59.999+02:00', {
    assignedToTeam: 'Burgerzaken',
    attempts: [anAttempt('2026-04-07T09:00:00+02:00', 'reached')],
    status: 'done',
    closedAt: at('2026-04-07T09:05:00+02:00'),
  }),
  // r2: Saturday, due Wednesday; first tried Thursday 10:00, late (510 + 510 + 90 = 1110 minutes); still open → overdue.
  request('r2', '2026-04-04T11:00:00+02:00', '2026-04-08T23:59:59.999+02:00', {
    assignedToTeam: 'Burgerzaken',
    assignedToPersonId: 'p1',
    attempts: [
      anAttempt('2026-04-09T14:00:00+02:00', 'noAnswer'),
      anAttempt('2026-04-09T10:00:00+02:00', 'noAnswer'),
    ],
  }),
  // r3: Wednesday, due Friday, no attempt yet: pending.
  request('r3', '2026-04-08T09:00:00+02:00', '2026-04-10T23:59:59.999+02:00', {
    assignedToTeam: 'Burgerzaken',
    assignedToPersonId: 'p1',
  }),
  // r4: made on Easter Monday (week 15), due Wednesday; nobody tried: overdue, in the team mailbox.
  request('r4', '2026-04-06T10:00:00+02:00', '2026-04-08T23:59:59.999+02:00', {
    assignedToTeam: 'Burgerzaken',
  }),
  // r5: reopened: tried on time (180 + 390 = 570 minutes), closed, reopened; open and past due now.
  request('r5', '2026-03-31T14:00:00+02:00', '2026-04-02T23:59:59.999+02:00', {
    assignedToTeam: 'Belastingen',
    assignedToPersonId: 'p2',
    attempts: [anAttempt('2026-04-01T15:00:00+02:00', 'reached')],
    closedAt: at('2026-04-01T15:10:00+02:00'),
  }),
  // r6: cancelled before anyone called: made, cancelled, not assessable.
  request('r6', '2026-04-09T09:00:00+02:00', '2026-04-13T23:59:59.999+02:00', {
    assignedToTeam: 'Belastingen',
    status: 'cancelled',
    closedAt: at('2026-04-09T09:30:00+02:00'),
  }),
  // r7: no team; made before opening, tried 08:45 (15 minutes), then cancelled: assessable, on time.
  request('r7', '2026-04-07T08:00:00+02:00', '2026-04-09T23:59:59.999+02:00', {
    assignedToTeam: null,
    attempts: [anAttempt('2026-04-07T08:45:00+02:00', 'reached')],
    status: 'cancelled',
    closedAt: at('2026-04-07T08:50:00+02:00'),
  }),
  // r8: closed as done without a logged attempt: resolved, assessable, not called back.
  request('r8', '2026-03-31T10:00:00+02:00', '2026-04-02T23:59:59.999+02:00', {
    assignedToTeam: 'Belastingen',
    status: 'done',
    closedAt: at('2026-04-01T11:00:00+02:00'),
  }),
  // r9: made on Sunday 29 March, before the period.
  request('r9', '2026-03-29T12:00:00+02:00', '2026-03-31T23:59:59.999+02:00', {
    assignedToTeam: 'Burgerzaken',
  }),
];

const figures = (values: Partial<CallbackFigures>): CallbackFigures => ({
  made: 0,
  calledBack: 0,
  calledBackOnTime: 0,
  resolved: 0,
  cancelled: 0,
  overdueNow: 0,
  pending: 0,
  reopened: 0,
  assessable: 0,
  medianMinutesToFirstAttempt: null,
  ...values,
});

describe('callback figures', () => {
  it('has due moments that follow the deadline rule (a check on the hand-made set)', () => {
    for (const r of known) expect(r.dueAt, r.id).toBe(callbackDueAt(r.madeAt, STATUTORY_CALENDAR));
  });

  const report = computeFigures(known, options);

  it('counts the whole period by hand', () => {
    expect(report.total).toEqual(
      figures({
        made: 8,
        calledBack: 4, // r1 r2 r5 r7
        calledBackOnTime: 3, // r1 r5 r7
        resolved: 2, // r1 r8
        cancelled: 2, // r6 r7
        overdueNow: 3, // r2 r4 r5
        pending: 1, // r3
        reopened: 1, // r5
        assessable: 6, // 8 − r3 (pending) − r6 (cancelled untried)
        medianMinutesToFirstAttempt: 330, // 15, 90, 570, 1110 → (90 + 570) / 2
      }),
    );
    expect(report.outsidePeriod).toBe(1);
  });

  it('counts each ISO week by the day the request was made', () => {
    expect(report.weeks.map((w) => w.week)).toEqual(['2026-W14', '2026-W15']);
    expect(report.weeks[0]?.figures).toEqual(
      figures({
        made: 4, // r1 r2 r5 r8
        calledBack: 3,
        calledBackOnTime: 2,
        resolved: 2,
        overdueNow: 2,
        reopened: 1,
        assessable: 4,
        medianMinutesToFirstAttempt: 570,
      }),
    );
    expect(report.weeks[1]?.figures).toEqual(
      figures({
        made: 4, // r3 r4 r6 r7
        calledBack: 1,
        calledBackOnTime: 1,
        cancelled: 2,
        overdueNow: 1,
        pending: 1,
        assessable: 2,
        medianMinutesToFirstAttempt: 15,
      }),
    );
  });

  it('counts each team, with no team last, and each team per week', () => {
    expect(report.teams.map((t) => t.team)).toEqual(['Belastingen', 'Burgerzaken', null]);
    const [belastingen, burgerzaken, none] = report.teams;
    expect(belastingen?.figures).toEqual(
      figures({
        made: 3,
        calledBack: 1,
        calledBackOnTime: 1,
        resolved: 1,
        cancelled: 1,
        overdueNow: 1,
        reopened: 1,
        assessable: 2,
        medianMinutesToFirstAttempt: 570,
      }),
    );
    expect(burgerzaken?.figures).toEqual(
      figures({
        made: 4,
        calledBack: 2,
        calledBackOnTime: 1,
        resolved: 1,
        overdueNow: 2,
        pending: 1,
        assessable: 3,
        medianMinutesToFirstAttempt: 600, // (90 + 1110) / 2
      }),
    );
    expect(none?.figures).toEqual(
      figures({
        made: 1,
        calledBack: 1,
        calledBackOnTime: 1,
        cancelled: 1,
        assessable: 1,
        medianMinutesToFirstAttempt: 15,
      }),
    );
    expect(belastingen?.weeks.map((w) => [w.week, w.figures.made])).toEqual([
      ['2026-W14', 2],
      ['2026-W15', 1],
    ]);
    expect(burgerzaken?.weeks.map((w) => w.figures.overdueNow)).toEqual([1, 1]);
  });

  it('lists overdue requests, earliest due first, with who has them', () => {
    expect(report.overdue.map((o) => [o.requestId, o.team, o.personId, o.attempts])).toEqual([
      ['r5', 'Belastingen', 'p2', 1],
      ['r2', 'Burgerzaken', 'p1', 2],
      ['r4', 'Burgerzaken', null, 0],
    ]);
  });

  it('changes with the clock: before the due moment untried requests are pending, not late', () => {
    const set = known.filter((r) => ['r3', 'r4', 'r5'].includes(r.id));
    const count = (iso: string) => {
      const { total } = computeFigures(set, { ...options, now: at(iso) });
      return [total.pending, total.overdueNow, total.assessable];
    };
    // Wednesday noon: r3 and r4 not yet due (pending), r5 overdue.
    expect(count('2026-04-08T12:00:00+02:00')).toEqual([2, 1, 1]);
    // The last instant of Wednesday still counts as in time; one millisecond later r4 is late.
    expect(count('2026-04-08T23:59:59.999+02:00')).toEqual([2, 1, 1]);
    expect(count('2026-04-09T00:00:00+02:00')).toEqual([1, 2, 2]);
  });

  it('adds slices to the same result as one pass', () => {
    const accumulator = createFiguresAccumulator(options);
    accumulator.add(known.slice(0, 3));
    accumulator.add(known.slice(3));
    expect(accumulator.finish()).toEqual(report);
  });

  it('lists every week of the period, also empty ones, and handles an empty period', () => {
    const empty = computeFigures([], options);
    expect(empty.weeks.map((w) => w.week)).toEqual(['2026-W14', '2026-W15']);
    expect(empty.total).toEqual(figures({}));
    expect(empty.teams).toEqual([]);
    expect(computeFigures(known, { ...options, period: { from: now, to: now } }).weeks).toEqual([]);
  });

  it('counts a request made on Sunday 23:30 in that week, not the next (Amsterdam time, not UTC)', () => {
    const sunday = request('late', '2026-04-05T23:30:00+02:00', '2026-04-08T23:59:59.999+02:00', {
      assignedToTeam: 'Burgerzaken',
    });
    const r = computeFigures([sunday], options);
    expect(r.weeks.map((w) => w.figures.made)).toEqual([1, 0]);
  });
});

describe('median', () => {
  it.each([
    [[], null],
    [[5], 5],
    [[30, 10, 20], 20],
    [[30, 10, 20, 40], 25],
  ])('of %j is %j', (values, median) => {
    expect(medianOf([...values])).toBe(median);
  });
});

describe('overdue per person', () => {
  it('groups per team and person, most first', () => {
    const base = { madeAt: instantFromEpochMs(0), attempts: 0 };
    const due = (ms: number) => instantFromEpochMs(ms);
    expect(
      overdueByPerson([
        { ...base, requestId: 'a', team: 'T', personId: 'p1', dueAt: due(10) },
        { ...base, requestId: 'b', team: 'T', personId: 'p2', dueAt: due(5) },
        { ...base, requestId: 'c', team: 'T', personId: 'p2', dueAt: due(20) },
        { ...base, requestId: 'd', team: 'U', personId: 'p2', dueAt: due(1) },
      ]),
    ).toEqual([
      { team: 'T', personId: 'p2', count: 2, earliestDueAt: 5 },
      { team: 'U', personId: 'p2', count: 1, earliestDueAt: 1 },
      { team: 'T', personId: 'p1', count: 1, earliestDueAt: 10 },
    ]);
  });
});
