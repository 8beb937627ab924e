import { displayPhone, readPhone } from './phone';

describe('readPhone', () => {
  it.each([
    ['06-12345678', '+31612345678'],
    ['06 1234 5678', '+31612345678'],
    ['020 123 4567', '+31201234567'],
    ['(020) 123 45 67', '+31201234567'],
    ['+31 6 12345678', '+31612345678'],
    ['0031 20 123 4567', '+31201234567'],
    ['+32 470 12 34 56', '+32470123456'],
    ['+44 20 7946 0958', '+442079460958'],
  ])('reads %s as %s', (typed, e164) => {
    expect(readPhone(typed)).toMatchObject({ kind: 'valid', e164 });
  });

  it('shows the normalised number in international form', () => {
    expect(readPhone('06-12345678').display).toBe('+31 6 12345678');
  });

  it.each(['12', '06-1234', '020 123 45678 9', 'bel mij', '+999 123'])('refuses %s', (typed) => {
    expect(readPhone(typed)).toEqual({ kind: 'invalid', display: null });
  });

  it('treats blank as empty', () => {
    expect(readPhone('   ')).toEqual({ kind: 'empty', display: null });
  });
});

describe('displayPhone', () => {
  it('shows Dutch numbers nationally and others internationally', () => {
    expect(displayPhone('+31201234567')).toBe('020 123 4567');
    expect(displayPhone('+32470123456')).toBe('+32 470 12 34 56');
  });
});
