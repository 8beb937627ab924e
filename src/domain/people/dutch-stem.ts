// A small Dutch stemmer for search: strips the common inflection and derivation endings and evens out spelling
// changes (boom/bomen, verhuizen/verhuis, parkeer/parkeren), so that the way a citizen says a thing finds the way a
// team wrote it down. Light by design: it only has to make two forms of one word meet, not find a linguistic root.

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);
const isConsonant = (letter: string | undefined): boolean =>
  letter !== undefined && /[a-z]/.test(letter) && !VOWELS.has(letter);

/** A stem must keep at least this many letters, so short words ("een", "ben") stay themselves. */
const MIN_STEM = 3;

/** Endings, longest first; each is stripped only when what is left is a plausible stem. */
const ENDINGS: readonly {
  ending: string;
  replacement: string;
  after?: (stem: string) => boolean;
}[] = [
  { ending: 'heden', replacement: 'heid' },
  { ending: 'ingen', replacement: '' },
  { ending: 'ing', replacement: '' },
  { ending: 'jes', replacement: '', after: (stem) => isConsonant(stem.at(-1)) },
  { ending: 'je', replacement: '', after: (stem) => isConsonant(stem.at(-1)) },
  { ending: 'en', replacement: '', after: (stem) => isConsonant(stem.at(-1)) },
  // Plural -s after -el, -em, -en, -er, -ie: "containers", "sollicitaties"; not "huis", "paspoorts" is rare.
  { ending: 's', replacement: '', after: (stem) => /(?:el|em|en|er|ie)$/.test(stem) },
  { ending: 'e', replacement: '', after: (stem) => isConsonant(stem.at(-1)) },
];

/**
 * The stem of one folded search token (lower case, no accents). Steps: strip one ending (-heden → -heid, -ingen,
 * -ing, -je(s), -en, plural -s, -e); undouble a final double consonant (vergunn → vergun); final z → s and
 * v → f (verhuiz → verhuis); a long vowel written double in the last syllable written single (boom → bom,
 * parkeer → parker), also at the very end (boo → bo), so the stem of a word being typed grows towards the stem of
 * the whole word.
 * @example dutchStem('verhuizen') // 'verhuis'
 * @example dutchStem('verhuizing') // 'verhuis'
 * @example dutchStem('bomen') === dutchStem('boom') // true ('bom')
 */
export function dutchStem(token: string): string {
  if (token.length < MIN_STEM || /[^a-z]/.test(token)) return token;
  let stem = token;
  for (const { ending, replacement, after } of ENDINGS) {
    if (!stem.endsWith(ending)) continue;
    const candidate = stem.slice(0, stem.length - ending.length);
    if (candidate.length < MIN_STEM) continue;
    if (after !== undefined && !after(candidate)) continue;
    stem = candidate + replacement;
    break;
  }
  const last = stem.at(-1);
  if (isConsonant(last) && last === stem.at(-2) && stem.length > MIN_STEM) stem = stem.slice(0, -1);
  if (stem.endsWith('z')) stem = `${stem.slice(0, -1)}s`;
  else if (stem.endsWith('v')) stem = `${stem.slice(0, -1)}f`;
  // "aa", "ee", "oo", "uu" before a final single consonant (not "ie", "oe", "eu", "ui": those are other sounds).
  const doubled = /(^|[^aeiouy])(aa|ee|oo|uu)([^aeiouy]?)$/.exec(stem);
  if (doubled !== null && stem.length - 1 >= 2)
    stem = `${stem.slice(0, doubled.index)}${doubled[1]}${doubled[2]?.charAt(0) ?? ''}${doubled[3]}`;
  return stem;
}
