import { redactPersonalData } from '../callbacks';
import { aRequest, anAttempt, at } from '../callbacks/callback-test-fixtures';
import type { Contact, ContactOutcome } from '../contacts';
import { STATUTORY_CALENDAR } from '../working-days/working-day-calendar';
import type { ContactFigures, ContactFiguresOptions } from './contact-figures';
import {
  computeContactFigures,
  contactRates,
  createContactFiguresAccumulator,
} from './contact-figures';

// Weeks 2 and 3 of 2026 (Mon 5 – Sun 18 January); "now" is Thursday 15 January 12:00. Counted by hand.
const options: ContactFiguresOptions = {
  period: { from: at('2026-01-05T00:00:00+01:00'), to: at('2026-01-19T00:00:00+01:00') },
  now: at('2026-01-15T12:00:00+01:00'),
  calendar: STATUTORY_CALENDAR,
};

let counter = 0;
const contact = (
  iso: string,
  outcome: ContactOutcome,
  team: string | null,
  callbackRequestId: string | null = null,
): Contact => ({
  id: `c${++counter}`,
  recordedAt: at(iso),
  agentId: 'agent-1',
  personId: team === null ? null : 'emp-1',
  team,
  outcome,
  callbackRequestId,
});

const requests = [
  // Made Monday 5 Jan, due end of Wednesday 7 Jan; tried Wednesday: on time.
  aRequest({
    id: 'r-on-time',
    madeAt: at('2026-01-05T10:00:00+01:00'),
    dueAt: at('2026-01-07T23:59:59.999+01:00'),
    attempts: [anAttempt('2026-01-07T15:00:00+01:00', 'noAnswer')],
  }),
  // Made Monday 5 Jan, first tried Thursday 8 Jan: late.
  aRequest({
    id: 'r-late',
    madeAt: at('2026-01-05T11:00:00+01:00'),
    dueAt: at('2026-01-07T23:59:59.999+01:00'),
    attempts: [anAttempt('2026-01-08T09:00:00+01:00', 'reached')],
    status: 'done',
  }),
  // Made Wednesday 14 Jan, due end of Friday 16 Jan, not tried yet at now: pending.
  aRequest({
    id: 'r-pending',
    madeAt: at('2026-01-14T10:00:00+01:00'),
    dueAt: at('2026-01-16T23:59:59.999+01:00'),
  }),
  // Made Monday 12 Jan, due Wednesday 14 Jan, never tried: overdue, failed.
  aRequest({
    id: 'r-overdue',
    madeAt: at('2026-01-12T10:00:00+01:00'),
    dueAt: at('2026-01-14T23:59:59.999+01:00'),
  }),
];

const known: Contact[] = [
  // Week 2, Burgerzaken: answered, substitute, callback on time, callback late, not answered.
  contact('2026-01-05T09:00:00+01:00', 'answered', 'Burgerzaken'),
  contact('2026-01-05T09:30:00+01:00', 'substituteAnswered', 'Burgerzaken'),
  contact('2026-01-05T10:00:00+01:00', 'callbackRequested', 'Burgerzaken', 'r-on-time'),
  contact('2026-01-05T11:00:00+01:00', 'callbackRequested', 'Burgerzaken', 'r-late'),
  contact('2026-01-06T14:00:00+01:00', 'notAnswered', 'Burgerzaken'),
  // Week 3, Belastingen: answered, callback pending, callback overdue, callback whose request was never made.
  contact('2026-01-12T09:00:00+01:00', 'answered', 'Belastingen'),
  contact('2026-01-14T10:00:00+01:00', 'callbackRequested', 'Belastingen', 'r-pending'),
  contact('2026-01-12T10:00:00+01:00', 'callbackRequested', 'Belastingen', 'r-overdue'),
  contact('2026-01-13T10:00:00+01:00', 'callbackRequested', 'Belastingen', 'r-cancelled-form'),
  // Self answered, both weeks: apart.
  contact('2026-01-06T10:00:00+01:00', 'selfAnswered', null),
  contact('2026-01-13T10:00:00+01:00', 'selfAnswered', null),
  // Outside the period: Sunday 4 January 23:59 and Monday 19 January 00:00.
  contact('2026-01-04T23:59:00+01:00', 'answered', 'Burgerzaken'),
  contact('2026-01-19T00:00:00+01:00', 'answered', 'Burgerzaken'),
];

const figures = (partial: Partial<ContactFigures>): ContactFigures => ({
  calls: 0,
  answered: 0,
  substituteAnswered: 0,
  answeredDirectly: 0,
  callbackRequested: 0,
  calledBackOnTime: 0,
  pending: 0,
  notAnswered: 0,
  successful: 0,
  failed: 0,
  selfAnswered: 0,
  requests: 0,
  repeatRequests: 0,
  repeatCalls: 0,
  ...partial,
});

describe('computeContactFigures', () => {
  const report = computeContactFigures(known, requests, options);

  it.each([
    [
      'total',
      report.total,
      figures({
        calls: 9,
        answered: 2,
        substituteAnswered: 1,
        answeredDirectly: 3,
        callbackRequested: 5,
        calledBackOnTime: 1,
        pending: 1,
        notAnswered: 1,
        successful: 4,
        failed: 4,
        selfAnswered: 2,
        // The four requests made in the period, all assigned to Burgerzaken (Herhaalverkeer counts requests).
        requests: 4,
      }),
    ],
    [
      'week 2',
      report.weeks[0]?.figures,
      figures({
        calls: 5,
        answered: 1,
        substituteAnswered: 1,
        answeredDirectly: 2,
        callbackRequested: 2,
        calledBackOnTime: 1,
        notAnswered: 1,
        successful: 3,
        failed: 2,
        selfAnswered: 1,
        requests: 2,
      }),
    ],
    [
      'week 3',
      report.weeks[1]?.figures,
      figures({
        calls: 4,
        answered: 1,
        answeredDirectly: 1,
        callbackRequested: 3,
        pending: 1,
        successful: 1,
        failed: 2,
        selfAnswered: 1,
        requests: 2,
      }),
    ],
    [
      'Belastingen',
      report.teams[0]?.figures,
      figures({
        calls: 4,
        answered: 1,
        answeredDirectly: 1,
        callbackRequested: 3,
        pending: 1,
        successful: 1,
        failed: 2,
      }),
    ],
    ['Burgerzaken in week 3', report.teams[1]?.weeks[1]?.figures, figures({ requests: 2 })],
  ])('counts %s by hand', (_name, actual, expected) => {
    expect(actual).toEqual(expected);
  });

  it('lists the teams by name, never self-answered calls as a team', () => {
    expect(report.teams.map((team) => team.team)).toEqual(['Belastingen', 'Burgerzaken']);
  });

  it('skips contacts outside the period and counts a contact read twice once', () => {
    const twice = computeContactFigures([...known, known[0] as Contact], requests, options);
    expect(twice.outsidePeriod).toBe(2);
    expect(twice.total).toEqual(report.total);
  });

  it.each([
    // A request tried later than due, seen before the due moment had passed, is still pending then.
    ['2026-01-07T12:00:00+01:00', 'pending', 1, 0],
    ['2026-01-08T12:00:00+01:00', 'failed', 0, 1],
  ])('at %s the late request is %s', (nowIso, _state, pending, failed) => {
    const untried = { ...requests[1]!, attempts: [], status: 'open' as const };
    const one = [contact('2026-01-05T11:00:00+01:00', 'callbackRequested', 'X', 'r-late')];
    const result = computeContactFigures(one, [untried], { ...options, now: at(nowIso) });
    expect([result.total.pending, result.total.failed]).toEqual([pending, failed]);
  });

  it('gives every week of the period, also empty ones', () => {
    expect(computeContactFigures([], [], options).weeks.map((week) => week.week)).toEqual([
      '2026-W02',
      '2026-W03',
    ]);
  });
});

describe('createContactFiguresAccumulator', () => {
  it.each([1, 2, 5])(
    'added in slices of %i gives the same report as all at once (a contact in two slices counts once)',
    (size) => {
      const accumulator = createContactFiguresAccumulator(requests, options);
      const given = [...known, known[0] as Contact];
      for (let start = 0; start < given.length; start += size)
        accumulator.add(given.slice(start, start + size));
      expect(accumulator.finish()).toEqual(computeContactFigures(known, requests, options));
    },
  );
});

describe('contactRates', () => {
  it.each([
    [figures({ calls: 10, answeredDirectly: 4, successful: 7, failed: 2 }), [0.4, 0.7, 0.2]],
    [figures({}), [null, null, null]],
  ])('divides by the calls for the team', (input, [direct, successful, failed]) => {
    expect(contactRates(input)).toEqual({
      answeredDirectly: direct,
      successful,
      failed,
      repeatTraffic: null,
    });
  });

  it.each([
    [figures({ requests: 8, repeatRequests: 2, repeatCalls: 2 }), 0.4],
    [figures({ requests: 0, repeatCalls: 1 }), 1],
    [figures({}), null],
  ])('Herhaalverkeer divides repeats by requests made plus repeat calls', (input, rate) => {
    expect(contactRates(input).repeatTraffic).toBe(rate);
  });
});

describe('Herhaalverkeer', () => {
  const call = (id: string, iso: string) => ({ id, at: at(iso), byId: 'agent-1' });
  // Weeks 2 and 3. Counted by hand:
  // Burgerzaken week 2: made r1, r2 (r2 a repeat of r1), and a repeat call on r1 → 2 requests, 1 repeat request,
  //   1 repeat call: 2 of 3. Week 3: a second repeat call on r1 → 0 requests, 1 repeat call: 1 of 1.
  // Belastingen week 3: made r3 (a repeat of a request made before the period) and r4; a repeat call on r0 (made
  //   before the period, so the request itself does not count): 2 requests, 1 repeat, 1 repeat call: 2 of 3.
  // No team: r5 in week 3, a repeat: only in the total.
  // Outside: r6 made on 19 January, and a repeat call on r3 on 19 January.
  const repeatSet = [
    aRequest({
      id: 'r0',
      assignedToTeam: 'Belastingen',
      madeAt: at('2025-12-30T10:00:00+01:00'),
      repeatCalls: [call('k0', '2026-01-13T09:00:00+01:00')],
    }),
    aRequest({
      id: 'r1',
      madeAt: at('2026-01-05T10:00:00+01:00'),
      repeatCalls: [
        call('k1', '2026-01-07T09:00:00+01:00'),
        call('k2', '2026-01-12T09:00:00+01:00'),
      ],
    }),
    aRequest({ id: 'r2', madeAt: at('2026-01-09T16:00:00+01:00'), repeatOfId: 'r1' }),
    aRequest({
      id: 'r3',
      assignedToTeam: 'Belastingen',
      madeAt: at('2026-01-14T10:00:00+01:00'),
      repeatOfId: 'r0',
      repeatCalls: [call('k3', '2026-01-19T09:00:00+01:00')],
    }),
    aRequest({ id: 'r4', assignedToTeam: 'Belastingen', madeAt: at('2026-01-15T10:00:00+01:00') }),
    aRequest({
      id: 'r5',
      assignedToTeam: null,
      madeAt: at('2026-01-16T10:00:00+01:00'),
      repeatOfId: 'r4',
    }),
    aRequest({ id: 'r6', madeAt: at('2026-01-19T08:00:00+01:00'), repeatOfId: 'r1' }),
  ];
  const report = computeContactFigures([], [...repeatSet, repeatSet[1]!], options);
  const tally = (f: ContactFigures | undefined) =>
    f && [f.requests, f.repeatRequests, f.repeatCalls, contactRates(f).repeatTraffic];

  it.each([
    ['total', report.total, [5, 3, 3, 6 / 8]],
    ['week 2', report.weeks[0]?.figures, [2, 1, 1, 2 / 3]],
    ['week 3', report.weeks[1]?.figures, [3, 2, 2, 4 / 5]],
    ['Belastingen', report.teams[0]?.figures, [2, 1, 1, 2 / 3]],
    ['Belastingen week 2', report.teams[0]?.weeks[0]?.figures, [0, 0, 0, null]],
    ['Burgerzaken', report.teams[1]?.figures, [2, 1, 2, 3 / 4]],
    ['Burgerzaken week 2', report.teams[1]?.weeks[0]?.figures, [2, 1, 1, 2 / 3]],
    ['Burgerzaken week 3', report.teams[1]?.weeks[1]?.figures, [0, 0, 1, 1]],
  ])('%s: requests, repeat requests, repeat calls and the rate by hand', (_name, f, expected) => {
    expect(tally(f)).toEqual(expected);
  });

  it('gives teams with callback traffic but no contacts a row, never the requests without a team', () => {
    expect(report.teams.map((team) => team.team)).toEqual(['Belastingen', 'Burgerzaken']);
  });

  it('counts only the requests asked for (the team leader: their own team)', () => {
    const own = computeContactFigures([], repeatSet, {
      ...options,
      repeatRequests: repeatSet.filter((request) => request.assignedToTeam === 'Belastingen'),
    });
    expect(tally(own.total)).toEqual([2, 1, 1, 2 / 3]);
  });

  it('stays the same after retention removed the citizens data', () => {
    const redacted = computeContactFigures([], repeatSet.map(redactPersonalData), options);
    expect(redacted.total).toEqual(report.total);
    expect(redacted.teams).toEqual(report.teams);
  });
});
