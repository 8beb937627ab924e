import type { CallbackRequest } from './callback-request';
import { isPastRetention, isRedacted, redactPersonalData } from './callback-retention';
import { aRequest, anAttempt, at } from './callback-test-fixtures';

describe('redactPersonalData', () => {
  const request = aRequest({
    status: 'done',
    closedAt: at('2026-01-13T11:00:00+01:00'),
    outcomeNote: 'Mevrouw Jansen gebeld, adres Dorpsstraat 1',
    attempts: [
      anAttempt('2026-01-13T09:00:00+01:00', 'noAnswer', 'geen gehoor op 06-12345678'),
      anAttempt('2026-01-13T11:00:00+01:00', 'reached', 'gesproken met Jan'),
    ],
  });

  it('removes everything personal and keeps what the figures need', () => {
    const redacted = redactPersonalData(request);
    expect(redacted).toEqual({
      ...request,
      citizen: { name: '', phone: null, email: null },
      question: '',
      preferredTime: null,
      outcomeNote: null,
      attempts: [
        { at: at('2026-01-13T09:00:00+01:00'), byId: 'emp-1', outcome: 'noAnswer', note: '' },
        { at: at('2026-01-13T11:00:00+01:00'), byId: 'emp-1', outcome: 'reached', note: '' },
      ],
    });
    expect(JSON.stringify(redacted)).not.toMatch(
      /Jansen|Jan|06-12345678|paspoort|Dorpsstraat|\+316/i,
    );
  });

  it('leaves the original untouched and is idempotent', () => {
    const redacted = redactPersonalData(request);
    expect(request.citizen.name).toBe('Jan Jansen');
    expect(request.attempts[0]?.note).toBe('geen gehoor op 06-12345678');
    expect(redactPersonalData(redacted)).toEqual(redacted);
  });

  it('is recognisable', () => {
    expect(isRedacted(redactPersonalData(request))).toBe(true);
    expect(isRedacted(request)).toBe(false);
  });
});

describe('redactPersonalData and Herhaalverkeer', () => {
  it('keeps what the repeat-traffic figure needs: the earlier request and the repeat calls', () => {
    const repeat = aRequest({
      repeatOfId: 'cb-0',
      repeatCalls: [{ id: 'k1', at: at('2026-01-13T09:00:00+01:00'), byId: 'agent-2' }],
    });
    const redacted = redactPersonalData(repeat);
    expect(redacted.citizen).toEqual({ name: '', phone: null, email: null });
    expect(redacted.repeatOfId).toBe('cb-0');
    expect(redacted.repeatCalls).toEqual(repeat.repeatCalls);
  });
});

describe('isPastRetention', () => {
  const closedAt = at('2026-01-13T11:00:00+01:00');
  it.each<[string, Partial<CallbackRequest>, string, number, boolean]>([
    ['open, long ago', {}, '2027-01-01T00:00:00Z', 30, false],
    ['done, one day short', { status: 'done', closedAt }, '2026-02-11T11:00:00+01:00', 30, false],
    [
      'done, a millisecond short',
      { status: 'done', closedAt },
      '2026-02-12T10:59:59.999+01:00',
      30,
      false,
    ],
    ['done, exactly 30 days', { status: 'done', closedAt }, '2026-02-12T11:00:00+01:00', 30, true],
    ['done, later', { status: 'done', closedAt }, '2026-06-01T00:00:00Z', 30, true],
    ['cancelled, past', { status: 'cancelled', closedAt }, '2026-02-13T00:00:00Z', 30, true],
    ['retention 0: right away', { status: 'done', closedAt }, '2026-01-13T11:00:00+01:00', 0, true],
    [
      'closed without a closing time (bad data)',
      { status: 'done', closedAt: null },
      '2027-01-01T00:00:00Z',
      30,
      false,
    ],
  ])('%s', (_name, overrides, now, days, expected) => {
    expect(isPastRetention(aRequest(overrides), at(now), days)).toBe(expected);
  });
});
