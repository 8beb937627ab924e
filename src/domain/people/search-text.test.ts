import { foldText, searchTokens } from './search-text';

describe('foldText', () => {
  it.each([
    // Plain ASCII takes the fast way and must fold exactly as the full way does.
    ['Jansen', 'jansen'],
    ["O'Neill", 'oneill'],
    ['Van `t Hof', 'van t hof'],
    ['pieter.vandenberg@lindeburg.example', 'pieter.vandenberg@lindeburg.example'],
    ['', ''],
    // Anything else: decomposed, accents stripped, ligatures opened, every apostrophe dropped.
    ['Özdemir-Coördinator', 'ozdemir-coordinator'],
    ['van ’t Hof', 'van t hof'],
    ['Straße', 'strasse'],
    ['Łukasz Ørsted', 'lukasz orsted'],
    ['ﬁets', 'fiets'],
  ])('%j → %j', (text, folded) => {
    expect(foldText(text)).toBe(folded);
  });
});

describe('searchTokens', () => {
  it.each([
    ['Pieter v.d. Berg', ['pieter', 'vd', 'berg']],
    ['Jansen-van der Berg', ['jansen', 'van', 'der', 'berg']],
    ['Klant Contact Centrum (KCC)', ['klant', 'contact', 'centrum', 'kcc']],
  ])('%j → %j', (text, tokens) => {
    expect(searchTokens(text)).toEqual(tokens);
  });
});
