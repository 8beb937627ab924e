import { wordsMatchQuery } from './words-match';

const burgerzaken = [
  'Burgerzaken',
  'Dienstverlening',
  'identiteitskaart',
  'id-kaart',
  'verhuizing',
];

describe('wordsMatchQuery', () => {
  it.each<[string, boolean]>([
    ['burg', true],
    ['verhuizen', true],
    ['verhuize', true],
    ['kaart', true],
    ['id kaart', true],
    ['idkaart', true],
    ['dienst verhuis', true],
    ['erz', false], // too short to match inside a word
    ['paspoort', false],
    ['', false],
  ])('%j → %s', (query, expected) => {
    expect(wordsMatchQuery(burgerzaken, query)).toBe(expected);
  });
});
