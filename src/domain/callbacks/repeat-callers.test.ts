import { STATUTORY_CALENDAR } from '../working-days';
import { redactPersonalData } from './callback-retention';
import { aRequest, at } from './callback-test-fixtures';
import {
  addRepeatCall,
  contactKeysOf,
  earlierRequestsOf,
  emailKeyOf,
  hasContactKey,
  isRecentRequestOf,
  phoneKeyOf,
  repeatWindowStart,
} from './repeat-callers';

describe('phoneKeyOf', () => {
  it.each([
    ['+31612345678', '+31612345678'],
    [' +31612345678 ', '+31612345678'],
    ['+31 6 12345678', null],
    ['+31 (0)20-123', null],
    ['+32470123456', '+32470123456'],
    ['0612345678', null],
    ['+0612345678', null],
    ['+316', null],
    ['', null],
    [null, null],
  ])('%j → %j', (input, key) => {
    expect(phoneKeyOf(input)).toBe(key);
  });
});

describe('emailKeyOf', () => {
  it.each([
    ['jan.jansen@example.nl', 'jan.jansen@example.nl'],
    [' J.Jansen@Example.NL ', 'j.jansen@example.nl'],
    // Exact: no provider-specific folding of dots or tags.
    ['j.jansen+gemeente@example.nl', 'j.jansen+gemeente@example.nl'],
    ['jjansen@example.nl', 'jjansen@example.nl'],
    ['jansen@example', null],
    ['jansen', null],
    ['', null],
    [null, null],
  ])('%j → %j', (input, key) => {
    expect(emailKeyOf(input)).toBe(key);
  });

  it('keeps addresses that differ only in dots apart', () => {
    expect(emailKeyOf('j.jansen@example.nl')).not.toBe(emailKeyOf('jjansen@example.nl'));
  });
});

describe('contactKeysOf and hasContactKey', () => {
  it.each([
    [{ name: 'Jan', phone: '+31612345678', email: 'Jan@X.nl' }, '+31612345678', 'jan@x.nl', true],
    [{ name: 'Jan', phone: null, email: 'jan@x.nl' }, null, 'jan@x.nl', true],
    [{ name: 'Jan', phone: '+31612345678', email: null }, '+31612345678', null, true],
    // Retention removed the citizen's data: nothing left to match on.
    [{ name: '', phone: null, email: null }, null, null, false],
  ])('%j → phone %j, e-mail %j', (citizen, phone, email, has) => {
    const keys = contactKeysOf(citizen);
    expect(keys).toEqual({ phone, email });
    expect(hasContactKey(keys)).toBe(has);
  });

  it('a redacted request has no keys', () => {
    expect(contactKeysOf(redactPersonalData(aRequest()).citizen)).toEqual({
      phone: null,
      email: null,
    });
  });
});

describe('repeatWindowStart: today and the ten working days before it', () => {
  it.each([
    // Wednesday 2 December 2026 → Wednesday 18 November.
    ['2026-12-02T10:00:00+01:00', '2026-11-18T00:00:00+01:00'],
    // Saturday: ten working days back from the weekend.
    ['2026-12-05T10:00:00+01:00', '2026-11-23T00:00:00+01:00'],
    // Across Easter (Good Friday 3 April, Easter Monday 6 April 2026 are no working days).
    ['2026-04-09T12:00:00+02:00', '2026-03-24T00:00:00+01:00'],
    // Across King's Day (27 April 2026, Monday) and Liberation Day (5 May, Tuesday).
    ['2026-05-08T09:00:00+02:00', '2026-04-22T00:00:00+02:00'],
  ])('at %s the window starts %s', (now, start) => {
    expect(repeatWindowStart(at(now), STATUTORY_CALENDAR)).toBe(at(start));
  });
});

describe('isRecentRequestOf and earlierRequestsOf', () => {
  const windowStart = at('2026-11-18T00:00:00+01:00');
  const phoneKeys = { phone: '+31612345678', email: null };
  const emailKeys = { phone: null, email: 'jan@example.nl' };
  const open = aRequest({ id: 'open', madeAt: at('2026-11-30T10:00:00+01:00') });
  const closedRecently = aRequest({
    id: 'closed-recent',
    status: 'done',
    madeAt: at('2026-11-20T10:00:00+01:00'),
    closedAt: at('2026-11-18T00:00:00+01:00'),
  });
  const closedLongAgo = aRequest({
    id: 'closed-old',
    status: 'cancelled',
    madeAt: at('2026-11-10T10:00:00+01:00'),
    closedAt: at('2026-11-17T23:59:59+01:00'),
  });
  const otherNumber = aRequest({
    id: 'other',
    citizen: { name: 'Piet', phone: '+31612345679', email: 'piet@example.nl' },
  });
  const redacted = redactPersonalData(closedRecently);

  it.each([
    ['an open request by phone', open, phoneKeys, true],
    ['an open request by e-mail, any case', open, { phone: null, email: 'jan@example.nl' }, true],
    ['closed at the window start', closedRecently, phoneKeys, true],
    ['closed just before the window', closedLongAgo, phoneKeys, false],
    ['another number, one digit apart', otherNumber, phoneKeys, false],
    ['a number that only starts the same', open, { phone: '+3161234', email: null }, false],
    ['no keys at all', open, { phone: null, email: null }, false],
    ['redacted', redacted, phoneKeys, false],
  ])('%s → %s', (_, request, keys, expected) => {
    expect(isRecentRequestOf(request, keys, windowStart)).toBe(expected);
  });

  it('shows open requests first, then the most recent, leaving out what does not match', () => {
    const shown = earlierRequestsOf(
      [closedRecently, otherNumber, closedLongAgo, open],
      emailKeys,
      windowStart,
    );
    expect(shown.map((request) => request.id)).toEqual(['open', 'closed-recent']);
  });
});

describe('addRepeatCall', () => {
  const call = { id: 'form-2', at: at('2026-12-01T11:00:00+01:00'), byId: 'agent-2' };

  it('adds the call once, however often it is sent', () => {
    const once = addRepeatCall(aRequest(), call);
    expect(once.repeatCalls).toEqual([call]);
    expect(addRepeatCall(once, call)).toBe(once);
    const second = { ...call, id: 'form-3' };
    expect(addRepeatCall(once, second).repeatCalls).toEqual([call, second]);
  });

  it('counts as no attempt (the callback figures stay as they were)', () => {
    expect(addRepeatCall(aRequest(), call).attempts).toEqual([]);
  });
});
