import { dutchStem } from './dutch-stem';

describe('dutchStem', () => {
  it.each<[string, string]>([
    ['verhuizen', 'verhuis'],
    ['verhuizing', 'verhuis'],
    ['verhuize', 'verhuis'],
    ['verhuis', 'verhuis'],
    ['boom', 'bom'],
    ['bomen', 'bom'],
    ['boo', 'bo'],
    ['straat', 'strat'],
    ['straten', 'strat'],
    ['parkeren', 'parker'],
    ['parkeer', 'parker'],
    ['vergunning', 'vergun'],
    ['vergunningen', 'vergun'],
    ['trouwen', 'trouw'],
    ['trouw', 'trouw'],
    ['containers', 'container'],
    ['mogelijkheden', 'mogelijkheid'],
    ['kaartje', 'kaart'],
    ['huis', 'huis'],
    ['leven', 'lef'],
    ['leef', 'lef'],
    // short and non-letter tokens stay as they are
    ['id', 'id'],
    ['en', 'en'],
    ['ben', 'ben'],
    ['2026', '2026'],
  ])('%j → %j', (word, stem) => {
    expect(dutchStem(word)).toBe(stem);
  });
});
