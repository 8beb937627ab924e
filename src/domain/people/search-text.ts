// Text normalisation shared by the people index and queries: lower case, diacritics removed,
// Dutch abbreviations ("v.d.", "v/d") joined, split into tokens.

const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

const PLAIN_ASCII = /^[\x20-\x7e]*$/;

/**
 * Text folded for matching: lower case, accents stripped, ligatures opened, apostrophes dropped.
 * @example foldText("Özdemir-Coördinator van 't Hof") // 'ozdemir-coordinator van t hof'
 */
export const foldText = (text: string): string =>
  // Plain ASCII (most names, titles and mail addresses) has nothing to decompose, strip or open: the fast way.
  PLAIN_ASCII.test(text)
    ? text.toLowerCase().replace(/['`]/g, '')
    : text
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[ßæœøłđðþı]/g, (letter) => SPECIAL_LETTERS[letter] ?? letter)
        .replace(/['’‘`´]/g, '');

/**
 * Search tokens of a text: folded, "v.d." / "v/d" / "v. d." kept as typed abbreviations joined
 * ("vd"), everything else split on anything that is not a letter or digit.
 * @example searchTokens('Pieter v.d. Berg') // ['pieter', 'vd', 'berg']
 * @example searchTokens('Jansen-van der Berg') // ['jansen', 'van', 'der', 'berg']
 */
export const searchTokens = (text: string): string[] =>
  foldText(text)
    .replace(/(?<![a-z0-9])([a-z])\s?[./]\s?([a-z])(?![a-z0-9])\.?/g, '$1$2')
    .split(/[^a-z0-9]+/)
    .filter((token) => token !== '');

/** Name particles (tussenvoegsels) as folded tokens. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'van',
  'de',
  'der',
  'den',
  'het',
  't',
  'ter',
  'ten',
  'te',
  'in',
  'op',
  'uit',
  'aan',
  'bij',
  'onder',
  'over',
  'voor',
  'la',
  'le',
  'du',
  'da',
  'di',
  'del',
  'des',
  'dos',
  'das',
  'von',
  'vom',
  'zu',
  'zum',
]);

/** Words too common to search by in job titles, team names and topics. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'en',
  'of',
  'de',
  'het',
  'een',
  'van',
  'voor',
  'in',
  'op',
  'met',
  'te',
  'aan',
  'bij',
  'over',
  'naar',
  'door',
  'and',
  'the',
]);
