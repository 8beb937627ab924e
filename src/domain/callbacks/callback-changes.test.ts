import { claimRequest, closeRequest, logAttempt, reassignRequest } from './callback-changes';
import { aRequest, anAttempt, at } from './callback-test-fixtures';

const frozen = <T>(value: T): T => {
  const freeze = (v: unknown): void => {
    if (v && typeof v === 'object') {
      Object.values(v).forEach(freeze);
      Object.freeze(v);
    }
  };
  freeze(value);
  return value;
};

describe('logAttempt', () => {
  it('returns a new request with the attempt appended, in time order', () => {
    const first = anAttempt('2026-01-13T10:00:00+01:00', 'noAnswer');
    const request = frozen(aRequest({ attempts: [first] }));
    const second = anAttempt('2026-01-13T14:00:00+01:00', 'voicemail', 'ingesproken');
    const logged = logAttempt(request, second);
    expect(logged).not.toBe(request);
    expect(logged.attempts).toEqual([first, second]);
    expect(request.attempts).toEqual([first]);
    expect(logged.status).toBe('open');
  });

  it('puts a late-logged earlier attempt in its place', () => {
    const later = anAttempt('2026-01-13T14:00:00+01:00', 'noAnswer');
    const earlier = anAttempt('2026-01-13T09:00:00+01:00', 'noAnswer');
    expect(logAttempt(aRequest({ attempts: [later] }), earlier).attempts).toEqual([earlier, later]);
  });

  it.each(['done', 'cancelled'] as const)('leaves a %s request unchanged', (status) => {
    const request = aRequest({ status });
    expect(logAttempt(request, anAttempt('2026-01-13T10:00:00+01:00', 'reached'))).toBe(request);
  });
});

describe('closeRequest', () => {
  it.each([
    ['done', ' Burger geïnformeerd ', 'Burger geïnformeerd'],
    ['done', '', null],
    ['done', null, null],
    ['cancelled', 'Dubbel ingevoerd', 'Dubbel ingevoerd'],
  ] as const)('closes as %s with note %j', (status, note, expected) => {
    const request = frozen(aRequest());
    const closedAt = at('2026-01-13T11:00:00+01:00');
    const closed = closeRequest(request, { status, note }, closedAt, 'u-leader');
    expect(closed).toEqual({
      ...request,
      status,
      closedAt,
      closedById: 'u-leader',
      outcomeNote: expected,
    });
    expect(request.status).toBe('open');
  });

  it('keeps the first closing', () => {
    const closed = closeRequest(
      aRequest(),
      { status: 'done', note: 'eerst' },
      at('2026-01-13T11:00:00Z'),
      'u1',
    );
    expect(
      closeRequest(
        closed,
        { status: 'cancelled', note: 'later' },
        at('2026-01-14T11:00:00Z'),
        'u2',
      ),
    ).toBe(closed);
    expect(closed.closedById).toBe('u1');
  });
});

describe('claimRequest', () => {
  it('claims an unclaimed open request', () => {
    const request = frozen(aRequest({ assignedToPersonId: null }));
    expect(claimRequest(request, 'emp-2')).toEqual({ ...request, claimedById: 'emp-2' });
    expect(request.claimedById).toBeNull();
  });

  it.each([
    ['already claimed', aRequest({ claimedById: 'emp-3' })],
    ['closed', aRequest({ status: 'done' })],
  ])('leaves a request that is %s unchanged', (_name, request) => {
    expect(claimRequest(request, 'emp-2')).toBe(request);
  });
});

describe('reassignRequest', () => {
  it('moves the request, clears the claim and keeps the due moment', () => {
    const request = frozen(aRequest({ claimedById: 'emp-1' }));
    const moved = reassignRequest(request, {
      personId: 'emp-9',
      team: null,
      teamMailbox: 'x@example.nl',
    });
    expect(moved).toEqual({
      ...request,
      assignedToPersonId: 'emp-9',
      assignedToTeam: null,
      teamMailbox: null,
      claimedById: null,
    });
    expect(moved.dueAt).toBe(request.dueAt);
  });
});
