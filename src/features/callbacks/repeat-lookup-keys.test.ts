import { typedContactKeys } from './repeat-lookup-keys';

describe('typedContactKeys: what the agent types → the exact keys the lookup compares', () => {
  it.each([
    ['06-12345678', '', '+31612345678', null],
    ['06 1234 5678', '', '+31612345678', null],
    ['+31 6 12345678', '', '+31612345678', null],
    ['0031612345678', '', '+31612345678', null],
    ['020 123 4567', '', '+31201234567', null],
    ['+32 470 12 34 56', '', '+32470123456', null],
    // Not complete yet: no lookup at all (never a partial search).
    ['06-1234', '', null, null],
    ['', 'jan@example', null, null],
    ['', ' Jan.Jansen@Example.NL ', null, 'jan.jansen@example.nl'],
    ['06-12345678', 'jan@example.nl', '+31612345678', 'jan@example.nl'],
  ])('%j and %j → %j, %j', (phone, email, phoneKey, emailKey) => {
    expect(typedContactKeys(phone, email)).toEqual({ phone: phoneKey, email: emailKey });
  });
});
