// Person search for the agent screen: a prefix index over precomputed, normalised tokens.
// Building the index does all the text work once; a query only normalises its own few tokens.
import { dutchStem } from './dutch-stem';
import type { PersonSummary } from './person-summary';
import { NAME_PARTICLES, STOP_WORDS, searchTokens } from './search-text';

/** Where a query token matched. Name fields rank above the others. */
export type PersonSearchField =
  | 'surname'
  | 'surnameJoined'
  | 'givenName'
  | 'nameOther'
  | 'particle'
  | 'mail'
  | 'jobTitle'
  | 'team'
  | 'department'
  | 'topic';

const FIELDS: readonly PersonSearchField[] = [
  'surname',
  'surnameJoined',
  'givenName',
  'nameOther',
  'particle',
  'mail',
  'jobTitle',
  'team',
  'department',
  'topic',
];

const FIELD_CODES = Object.fromEntries(FIELDS.map((field, code) => [field, code])) as Readonly<
  Record<PersonSearchField, number>
>;

/** Base score per field; name fields are 1000 and up. */
const FIELD_SCORE: Readonly<Record<PersonSearchField, number>> = {
  surname: 1300,
  surnameJoined: 1250,
  givenName: 1200,
  nameOther: 1150,
  particle: 1100,
  mail: 400,
  jobTitle: 300,
  team: 250,
  department: 200,
  topic: 150,
};
const NAME_SCORE_FLOOR = 1000;
// Larger than the gap between name fields: an exact word ("jan") ranks above a prefix of a stronger field (Jansen).
const EXACT_TOKEN_BONUS = 200;
/** A query word this long also matches inside a topic word ("kaart" in "identiteitskaart"). */
export const MIN_INFIX_LENGTH = 4;
const FIELD_CODE_BITS = 4;
const FIELD_CODE_SPAN = 1 << FIELD_CODE_BITS;
const FIELD_CODE_MASK = FIELD_CODE_SPAN - 1;
const NAME_FIELDS: ReadonlySet<PersonSearchField> = new Set([
  'surname',
  'surnameJoined',
  'givenName',
  'nameOther',
  'particle',
]);
/** At most this many distinct query words are used. */
const MAX_QUERY_TOKENS = 8;

/** An index built once per directory load; searching it does not change it. */
export type PeopleIndex = {
  readonly people: readonly PersonSummary[];
  /** Unique tokens, sorted by code unit, for prefix ranges by binary search. */
  readonly tokens: readonly string[];
  /** Per token: (person index << 4 | field code) entries. */
  readonly postings: readonly Int32Array[];
  /** Per person: position in alphabetical order (surname, given name, display name; Dutch collation). */
  readonly alphabeticalRank: Int32Array;
  /** Indexes into `tokens` of the topic words, for matching inside them (a few hundred at most). */
  readonly topicTokenIndexes: Int32Array;
};

export type PersonSearchResult = {
  person: PersonSummary;
  /** 'name' when every query word matched the name; otherwise the weakest field that matched. */
  matchedOn:
    | 'name'
    | Exclude<
        PersonSearchField,
        'surname' | 'surnameJoined' | 'givenName' | 'nameOther' | 'particle'
      >;
};

type FieldToken = { token: string; field: PersonSearchField };

const nonEmpty = (text: string | null | undefined): string =>
  typeof text === 'string' ? text : '';

/**
 * Text work memoised for one index build: most people share a job title, team, department and topics, and many a
 * given name, so each distinct text is folded, split and stemmed once instead of once per person.
 */
type TextTokens = {
  /** {@link searchTokens} of a text. */
  tokens: (text: string) => readonly string[];
  /** A text's words for a non-name field: its tokens without stop words, each followed by its stem when that differs. */
  words: (text: string) => {
    readonly words: readonly string[];
    readonly withStems: readonly string[];
  };
};

const memoised = <T>(compute: (text: string) => T): ((text: string) => T) => {
  const known = new Map<string, T>();
  return (text) => {
    const cached = known.get(text);
    if (cached !== undefined) return cached;
    const value = compute(text);
    known.set(text, value);
    return value;
  };
};

const textTokens = (): TextTokens => {
  const tokens = memoised(searchTokens);
  const words = memoised((text) => {
    const words = tokens(text).filter((token) => !STOP_WORDS.has(token));
    const withStems: string[] = [];
    for (const token of words) {
      withStems.push(token);
      const stem = dutchStem(token);
      if (stem !== token) withStems.push(stem);
    }
    return { words, withStems };
  });
  return { tokens, words };
};

/** The searchable tokens of one person, each with the field it came from. */
const personTokens = (person: PersonSummary, text: TextTokens): FieldToken[] => {
  const tokensOf = text.tokens;
  const result: FieldToken[] = [];
  const add = (token: string, field: PersonSearchField): void => {
    if (token !== '') result.push({ token, field });
  };

  const given = tokensOf(nonEmpty(person.givenName));
  const givenSet = new Set(given);
  for (const token of given) add(token, 'givenName');

  const displayTokens = tokensOf(nonEmpty(person.displayName));
  const surnameTokens = person.surname
    ? tokensOf(person.surname)
    : displayTokens.filter((token) => !givenSet.has(token));
  // The name's surname part in order, with its particles: from the display name when it holds them
  // ("Pieter van der Berg" with surname "Berg"), else from the surname ("van der Berg").
  const surnameStart = displayTokens.findIndex((token) => !givenSet.has(token));
  const displaySurnamePart = surnameStart < 0 ? [] : displayTokens.slice(surnameStart);
  const surnamePart = displaySurnamePart.some((token) => NAME_PARTICLES.has(token))
    ? displaySurnamePart
    : surnameTokens;

  const surnameSet = new Set(surnameTokens);
  surnameTokens.forEach((token, index) => {
    const isParticle = NAME_PARTICLES.has(token) && index < surnameTokens.length - 1;
    add(token, isParticle ? 'particle' : 'surname');
  });
  for (const token of displayTokens) {
    if (givenSet.has(token) || surnameSet.has(token)) continue;
    add(token, NAME_PARTICLES.has(token) ? 'particle' : 'nameOther');
  }

  // Particle runs: "van der" also as "vd"; "van der Berg" also as "vanderberg" and "vdberg".
  for (let index = 0; index < surnamePart.length; index += 1) {
    const previous = surnamePart[index - 1];
    if (
      !NAME_PARTICLES.has(surnamePart[index] ?? '') ||
      (previous !== undefined && NAME_PARTICLES.has(previous))
    )
      continue;
    let end = index;
    while (end < surnamePart.length && NAME_PARTICLES.has(surnamePart[end] ?? '')) end += 1;
    const run = surnamePart.slice(index, end);
    const core = surnamePart[end];
    const abbreviation = run.map((particle) => particle.charAt(0)).join('');
    if (run.length >= 2) add(abbreviation, 'particle');
    if (core !== undefined) {
      add(run.join('') + core, 'surnameJoined');
      if (run.length >= 2) add(abbreviation + core, 'surnameJoined');
    }
  }

  const mailLocalPart = nonEmpty(person.mail).split('@')[0] ?? '';
  const mailJoined = tokensOf(mailLocalPart).join('');
  if (mailJoined.length >= 3) add(mailJoined, 'mail');

  // Words (not names) also by their stem, so "verhuizen" meets "verhuizing"; a topic of several words also joined
  // ("id-kaart" as "idkaart").
  const addWords = (value: string | null | undefined, field: PersonSearchField): void => {
    const { words, withStems } = text.words(nonEmpty(value));
    for (const token of withStems) add(token, field);
    if (field === 'topic' && words.length > 1) add(words.join(''), field);
  };
  addWords(person.jobTitle, 'jobTitle');
  addWords(person.team, 'team');
  addWords(person.department, 'department');
  for (const topic of Array.isArray(person.topics) ? (person.topics as readonly string[]) : [])
    addWords(topic, 'topic');
  return result;
};

const alphabeticalKey = (person: PersonSummary, tokens: readonly FieldToken[]): string => {
  const surnameCore = tokens
    .filter((entry) => entry.field === 'surname')
    .map((entry) => entry.token)
    .join(' ');
  return `${surnameCore}\u0000${nonEmpty(person.givenName)}\u0000${person.displayName}`;
};

/**
 * Builds the search index over a directory: every name, particle form, job title, team,
 * department and topic token normalised once.
 * @example const index = createPeopleIndex(people); searchPeople(index, 'vd berg', 10)
 */
export const createPeopleIndex = (people: readonly PersonSummary[]): PeopleIndex => {
  const postingLists = new Map<string, number[]>();
  const keys: string[] = [];
  const text = textTokens();
  people.forEach((person, personIndex) => {
    const tokens = personTokens(person, text);
    keys.push(alphabeticalKey(person, tokens));
    for (const { token, field } of tokens) {
      const entry = (personIndex << FIELD_CODE_BITS) | FIELD_CODES[field];
      const list = postingLists.get(token);
      if (list) list.push(entry);
      else postingLists.set(token, [entry]);
    }
  });
  const tokens = [...postingLists.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const postings = tokens.map((token) => Int32Array.from(postingLists.get(token) ?? []));
  const topicCode = FIELDS.indexOf('topic');
  const topicTokenIndexes = Int32Array.from(
    tokens.flatMap((_, tokenIndex) =>
      (postings[tokenIndex] ?? []).some((entry) => (entry & FIELD_CODE_MASK) === topicCode)
        ? [tokenIndex]
        : [],
    ),
  );

  const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });
  const order = people
    .map((_, index) => index)
    .sort((a, b) => collator.compare(keys[a] ?? '', keys[b] ?? '') || a - b);
  const alphabeticalRank = new Int32Array(people.length);
  order.forEach((personIndex, rank) => {
    alphabeticalRank[personIndex] = rank;
  });
  return { people, tokens, postings, alphabeticalRank, topicTokenIndexes };
};

/** The first index in sorted `tokens` whose token is >= `prefix`. */
const lowerBound = (tokens: readonly string[], prefix: string): number => {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((tokens[middle] ?? '') < prefix) low = middle + 1;
    else high = middle;
  }
  return low;
};

/**
 * People matching a query, best first, at most `limit`. Every query word must be the start of a
 * word of the person's name (particles included: "vd", "v.d.", "v/d", "van der"), job title,
 * team, department or team topics; accents and case are ignored. Words other than names also match
 * by their Dutch stem ("verhuizen" finds "verhuizing", "boom" finds "bomen"), and a query word of 4
 * letters or more also matches inside a topic word ("kaart" finds "identiteitskaart"). Ranking:
 * people matched on name alone first (exact words above prefixes, then surname above given name),
 * then the rest; ties alphabetically (surname, given name).
 * @example searchPeople(index, 'vd berg', 5).map((r) => r.person.displayName) // ['Pieter van der Berg', …]
 * @example searchPeople(index, 'paspoort', 5)[0]?.matchedOn // 'topic'
 */
export const searchPeople = (
  index: PeopleIndex,
  query: string,
  limit = 20,
): PersonSearchResult[] => {
  const queryTokens = [...new Set(searchTokens(query))].slice(0, MAX_QUERY_TOKENS);
  if (queryTokens.length === 0 || limit <= 0) return [];
  const count = index.people.length;
  const total = new Float64Array(count);
  const matchedTokens = new Uint8Array(count);
  const weakest = new Int32Array(count).fill(0x7fffffff);
  const weakestField = new Uint8Array(count);
  const best = new Int32Array(count);

  for (let queryIndex = 0; queryIndex < queryTokens.length; queryIndex += 1) {
    const prefix = queryTokens[queryIndex] ?? '';
    const stem = dutchStem(prefix);
    const touched: number[] = [];
    /** Scores one token's postings for this query word; `fields` limits which fields may match. */
    const collect = (
      tokenIndex: number,
      bonus: number,
      fields: 'all' | 'words' | 'topics',
    ): void => {
      const list = index.postings[tokenIndex];
      if (!list) return;
      for (const entry of list) {
        const personIndex = entry >> FIELD_CODE_BITS;
        if (matchedTokens[personIndex] !== queryIndex) continue;
        const fieldCode = entry & FIELD_CODE_MASK;
        const field = FIELDS[fieldCode] ?? 'topic';
        if (fields === 'words' && NAME_FIELDS.has(field)) continue;
        if (fields === 'topics' && field !== 'topic') continue;
        const packed = (FIELD_SCORE[field] + bonus) * FIELD_CODE_SPAN + fieldCode;
        const previous = best[personIndex] ?? 0;
        if (previous === 0) touched.push(personIndex);
        if (packed > previous) best[personIndex] = packed;
      }
    };
    /** Every token starting with `start`. */
    const collectPrefix = (start: string, fields: 'all' | 'words'): void => {
      for (
        let tokenIndex = lowerBound(index.tokens, start);
        tokenIndex < index.tokens.length;
        tokenIndex += 1
      ) {
        const token = index.tokens[tokenIndex] ?? '';
        if (!token.startsWith(start)) break;
        collect(tokenIndex, token === start ? EXACT_TOKEN_BONUS : 0, fields);
      }
    };
    collectPrefix(prefix, 'all');
    // Names are not inflected: the stem only meets job titles, teams, departments and topics.
    if (stem !== prefix) collectPrefix(stem, 'words');
    if (prefix.length >= MIN_INFIX_LENGTH) {
      for (const tokenIndex of index.topicTokenIndexes) {
        const token = index.tokens[tokenIndex] ?? '';
        if (token.startsWith(prefix) || token.startsWith(stem)) continue;
        if (token.includes(prefix) || (stem.length >= MIN_INFIX_LENGTH && token.includes(stem)))
          collect(tokenIndex, 0, 'topics');
      }
    }
    for (const personIndex of touched) {
      const packed = best[personIndex] ?? 0;
      const score = Math.floor(packed / FIELD_CODE_SPAN);
      total[personIndex] = (total[personIndex] ?? 0) + score;
      matchedTokens[personIndex] = queryIndex + 1;
      if (score < (weakest[personIndex] ?? 0)) {
        weakest[personIndex] = score;
        weakestField[personIndex] = packed % FIELD_CODE_SPAN;
      }
      best[personIndex] = 0;
    }
  }

  const candidates: number[] = [];
  for (let personIndex = 0; personIndex < count; personIndex += 1) {
    if (matchedTokens[personIndex] === queryTokens.length) candidates.push(personIndex);
  }
  const tierOf = (personIndex: number): number =>
    (weakest[personIndex] ?? 0) >= NAME_SCORE_FLOOR ? 1 : 0;
  candidates.sort(
    (a, b) =>
      tierOf(b) - tierOf(a) ||
      (total[b] ?? 0) - (total[a] ?? 0) ||
      (index.alphabeticalRank[a] ?? 0) - (index.alphabeticalRank[b] ?? 0),
  );
  return candidates.slice(0, limit).flatMap((personIndex) => {
    const person = index.people[personIndex];
    if (!person) return [];
    const field = FIELDS[weakestField[personIndex] ?? 0] ?? 'topic';
    const matchedOn: PersonSearchResult['matchedOn'] =
      tierOf(personIndex) === 1 ||
      field === 'surname' ||
      field === 'surnameJoined' ||
      field === 'givenName' ||
      field === 'nameOther' ||
      field === 'particle'
        ? 'name'
        : field;
    return [{ person, matchedOn }];
  });
};
