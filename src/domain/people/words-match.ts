// The same word rules as the people index, for a handful of texts (a team's name, department and topics), so that a
// team is found by exactly the queries that find its members.
import { dutchStem } from './dutch-stem';
import { MIN_INFIX_LENGTH } from './people-index';
import { searchTokens } from './search-text';

/**
 * Whether every word of the query matches a word of the texts: as its start, by Dutch stem, or (4 letters or more)
 * inside it; a text of several words also counts joined ("id-kaart" as "idkaart").
 * @example wordsMatchQuery(['Burgerzaken', 'verhuizing'], 'verhuizen') // true
 * @example wordsMatchQuery(['Burgerzaken', 'identiteitskaart'], 'kaart') // true
 */
export function wordsMatchQuery(texts: readonly (string | null)[], query: string): boolean {
  const queryTokens = searchTokens(query);
  if (queryTokens.length === 0) return false;
  const words = texts.flatMap((text) => {
    const tokens = searchTokens(text ?? '');
    return tokens.length > 1 ? [...tokens, tokens.join('')] : tokens;
  });
  const stems = words.map(dutchStem);
  return queryTokens.every((queryToken) => {
    const stem = dutchStem(queryToken);
    return words.some(
      (word, position) =>
        word.startsWith(queryToken) ||
        (stems[position] ?? word).startsWith(stem) ||
        (queryToken.length >= MIN_INFIX_LENGTH && word.includes(queryToken)) ||
        (stem.length >= MIN_INFIX_LENGTH && (stems[position] ?? word).includes(stem)),
    );
  });
}
