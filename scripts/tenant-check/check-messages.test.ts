// The tenant check counts in words a person would write: "1 index", not "1 indexen" (issue 11: plural rules
// for every count).
import { checkText } from './check-messages';

describe('checkText', () => {
  it.each([
    ['nl', 3, 1, '3 kolommen, 1 index'],
    ['nl', 1, 2, '1 kolom, 2 indexen'],
    ['en', 3, 1, '3 columns, 1 index'],
    ['en', 1, 2, '1 column, 2 indexes'],
  ] as const)('%s: %i columns, %i indexes → %s', (locale, columns, indexes, expected) => {
    expect(checkText(locale, 'list.got', { columns, indexes })).toBe(expected);
  });

  it.each([
    ['nl', 'mailTips.got', 1, '1 postvak gelezen'],
    ['en', 'mailTips.got', 1, '1 mailbox read'],
    ['nl', 'presence.got', 1, '1 status, bijvoorbeeld Available'],
    ['en', 'presence.got', 2, '2 presences, for example Available'],
  ] as const)('%s %s with %i', (locale, key, count, expected) => {
    expect(checkText(locale, key, { count, example: 'Available' })).toBe(expected);
  });

  it('fills plain placeholders and leaves unknown ones visible', () => {
    expect(checkText('en', 'index.got', { status: 200 })).toBe('answer 200');
    expect(checkText('en', 'index.got')).toBe('answer {status}');
  });
});
