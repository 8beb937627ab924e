import type { PersonSummary } from './person-summary';
import { createPeopleIndex, searchPeople } from './people-index';
import { foldText, searchTokens } from './search-text';
import { SYNTHETIC_TEAMS, generateSyntheticPeople } from './synthetic-people';

const person = (
  id: string,
  displayName: string,
  rest: Partial<PersonSummary> = {},
): PersonSummary => ({
  id,
  displayName,
  givenName: displayName.split(' ')[0] ?? null,
  surname: displayName.split(' ').slice(1).join(' ') || null,
  jobTitle: null,
  department: null,
  team: null,
  mail: null,
  phones: [],
  topics: [],
  ...rest,
});

const burgerzaken = {
  team: 'Burgerzaken',
  department: 'Publiekszaken',
  topics: ['paspoort', 'identiteitskaart', 'rijbewijs'],
};

const people: PersonSummary[] = [
  person('pieter', 'Pieter van der Berg', {
    ...burgerzaken,
    jobTitle: 'Medewerker burgerzaken',
    mail: 'p.vanderberg@gemeente.example',
  }),
  person('anja', 'Anja Bergman', { team: 'Vergunningen', topics: ['omgevingsvergunning'] }),
  person('mehmet', 'Mehmet Özdemir', { team: 'Klantcontactpunt', jobTitle: 'Coördinator KCP' }),
  person('jan', 'Jan de Vries', { ...burgerzaken }),
  person('sanne', 'Sanne van den Berg', { surname: 'Berg', team: 'Wmo', topics: ['mantelzorg'] }),
  person('kees', 'Kees Jansen', { team: 'Berging en opslag', jobTitle: 'Magazijnmedewerker' }),
  person('fatima', 'Fatima El Amrani', {
    team: 'Burgerlijke stand',
    topics: ['huwelijk', 'geboorteaangifte'],
  }),
  person('bert', 'Bert Vandenberg', { team: 'Belastingen' }),
  person('lotte', "Lotte van 't Hof", { team: 'Jeugd', department: 'Sociaal domein' }),
  person('ayse', 'Ayşe Yılmaz-Çelik', { team: 'Werk en inkomen', jobTitle: 'Consulent' }),
];
const index = createPeopleIndex(people);
const ids = (query: string, limit = 20): string[] =>
  searchPeople(index, query, limit).map((result) => result.person.id);

describe('searchPeople: matching', () => {
  it.each<[string, string[]]>([
    // Dutch particles
    ['berg', ['pieter', 'sanne', 'anja', 'kees']],
    ['Berg', ['pieter', 'sanne', 'anja', 'kees']],
    ['vd berg', ['pieter', 'sanne']],
    ['v.d. berg', ['pieter', 'sanne']],
    ['v/d berg', ['pieter', 'sanne']],
    ['v. d. berg', ['pieter', 'sanne']],
    ['van der', ['pieter']],
    ['van der berg', ['pieter']],
    ['van den berg', ['sanne']],
    ['van de', ['pieter', 'sanne']],
    ['vanderberg', ['pieter']],
    ['vandenberg', ['bert', 'sanne']],
    ['vdberg', ['pieter', 'sanne']],
    ['pieter berg', ['pieter']],
    ['pieter vd b', ['pieter']],
    ['berg pieter', ['pieter']],
    ['pie', ['pieter']],
    ["van 't hof", ['lotte']],
    ['hof', ['lotte']],
    ['de vries', ['jan']],
    ['el amrani', ['fatima']],
    // diacritics and case
    ['ozdemir', ['mehmet']],
    ['Özdemir', ['mehmet']],
    ['OZDEMIR', ['mehmet']],
    ['coordinator', ['mehmet']],
    ['coördinator', ['mehmet']],
    ['ayse yilmaz', ['ayse']],
    ['celik', ['ayse']],
    // team, department, job title, topics
    ['paspoort', ['pieter', 'jan']],
    ['rijbew', ['pieter', 'jan']],
    ['burgerzaken', ['pieter', 'jan']],
    ['publiekszaken', ['pieter', 'jan']],
    ['huwelijk', ['fatima']],
    ['sociaal', ['lotte']],
    ['consulent', ['ayse']],
    ['pieter paspoort', ['pieter']],
    // mail alias
    ['p.vanderberg', ['pieter']],
    // nothing
    ['xyz', []],
    ['', []],
    ['   ', []],
    ['!!!', []],
    ['en', []],
  ])('%j → %j', (query, expected) => {
    expect(ids(query)).toEqual(expected);
  });
});

describe('searchPeople: ranking', () => {
  it.each<[string, string, string[]]>([
    ['exact surname above surname prefix above team', 'berg', ['pieter', 'sanne', 'anja', 'kees']],
    ['exact given name above surname prefix', 'jan', ['jan', 'kees']],
    ['exact surname word above joined particles', 'vandenberg', ['bert', 'sanne']],
    ['alphabetical by surname, then given name, among equals', 'paspoort', ['pieter', 'jan']],
  ])('%s: %j', (_name, query, expected) => {
    expect(ids(query)).toEqual(expected);
  });

  it.each<[string, string, string]>([
    ['berg', 'pieter', 'name'],
    ['berg', 'kees', 'team'],
    ['paspoort', 'jan', 'topic'],
    ['coordinator', 'mehmet', 'jobTitle'],
    ['publiekszaken', 'jan', 'department'],
    ['pieter paspoort', 'pieter', 'topic'],
  ])('%j matches %s on %s', (query, id, field) => {
    expect(searchPeople(index, query).find((result) => result.person.id === id)?.matchedOn).toBe(
      field,
    );
  });

  it('honours the limit', () => {
    expect(ids('berg', 2)).toEqual(['pieter', 'sanne']);
    expect(ids('berg', 0)).toEqual([]);
  });
});

describe('searchPeople: topics the way citizens say them', () => {
  // Topics as a municipality keeps them in the teams list: its own words plus the words citizens use.
  const teams = {
    burgerzaken: {
      team: 'Burgerzaken',
      topics: ['paspoort', 'identiteitskaart', 'id-kaart', 'verhuizing', 'huwelijk', 'trouwen'],
    },
    openbareRuimte: { team: 'Openbare Ruimte', topics: ['straatverlichting', 'bomen', 'groen'] },
    handhaving: { team: 'Handhaving', topics: ['boa', 'parkeren', 'parkeervergunning'] },
    vergunningen: { team: 'Vergunningen', topics: ['omgevingsvergunning', 'kapvergunning'] },
  };
  const citizens = createPeopleIndex([
    person('bz', 'Nina Bakker', teams.burgerzaken),
    person('or', 'Omar Smit', teams.openbareRuimte),
    person('hh', 'Henk Mulder', teams.handhaving),
    person('vg', 'Vera Visser', teams.vergunningen),
  ]);
  const found = (query: string): string[] =>
    searchPeople(citizens, query).map((result) => result.person.id);

  it.each<[string, string[]]>([
    ['verhuizen', ['bz']],
    ['verhuize', ['bz']],
    ['verhuiz', ['bz']],
    ['verhuis', ['bz']],
    ['trouwen', ['bz']],
    ['id kaart', ['bz']],
    ['idkaart', ['bz']],
    ['kaart', ['bz']],
    ['boom', ['or']],
    ['bomen', ['or']],
    ['parkeervergunning', ['hh']],
    ['parkeer', ['hh']],
    ['vergunning', ['vg', 'hh']], // the team called Vergunningen first, then the topic
  ])('%j → %j', (query, expected) => {
    expect(found(query)).toEqual(expected);
  });

  it.each<[string, string]>([
    ['verhuizen', 'bz'],
    ['trouwen', 'bz'],
    ['id kaart', 'bz'],
    ['boom', 'or'],
    ['parkeervergunning', 'hh'],
  ])('typing %j letter by letter keeps finding %s', (query, id) => {
    for (let length = 2; length <= query.length; length += 1) {
      const typed = query.slice(0, length);
      expect({ typed, found: found(typed).includes(id) }).toEqual({ typed, found: true });
    }
  });

  it('says a stemmed or inside-the-word match is a topic match', () => {
    expect(searchPeople(citizens, 'verhuizen')[0]?.matchedOn).toBe('topic');
    expect(searchPeople(citizens, 'kaart')[0]?.matchedOn).toBe('topic');
  });

  it('does not stem names: "bakkers" does not find Nina Bakker', () => {
    expect(found('bakkers')).toEqual([]);
    expect(found('bakker')).toEqual(['bz']);
  });
});

describe('search text', () => {
  it.each<[string, string[]]>([
    ['Pieter v.d. Berg', ['pieter', 'vd', 'berg']],
    ['v/d Berg', ['vd', 'berg']],
    ["van 't Hof", ['van', 't', 'hof']],
    ['Jansen-de Vries', ['jansen', 'de', 'vries']],
    ['Ayşe Yılmaz-Çelik', ['ayse', 'yilmaz', 'celik']],
    ['Coördinator', ['coordinator']],
    ['Strauß', ['strauss']],
  ])('%j → %j', (text, tokens) => {
    expect(searchTokens(text)).toEqual(tokens);
  });
});

describe('5,000 generated people (correctness only; speed is measured by the benchmark)', () => {
  const many = generateSyntheticPeople(5000, 20260330);
  const bigIndex = createPeopleIndex(many);
  const foldedWords = (text: string | null): string[] => searchTokens(text ?? '');

  it('generates deterministically', () => {
    expect(generateSyntheticPeople(50, 7)).toEqual(generateSyntheticPeople(50, 7));
    expect(generateSyntheticPeople(50, 7)).not.toEqual(generateSyntheticPeople(50, 8));
    expect(new Set(many.map((p) => p.id)).size).toBe(5000);
  });

  it('finds every sampled person by full name and by given name + surname prefix', () => {
    for (let i = 0; i < many.length; i += 37) {
      const target = many[i]!;
      const byFullName = searchPeople(bigIndex, target.displayName, 5000).map((r) => r.person.id);
      expect(byFullName).toContain(target.id);
      const surnameCore = foldedWords(target.surname).at(-1)!;
      const short = `${target.givenName} ${surnameCore.slice(0, 3)}`;
      const results = searchPeople(bigIndex, short, 5000);
      expect(results.find((r) => r.person.id === target.id)?.matchedOn).toBe('name');
      const firstOther = results.findIndex((r) => r.matchedOn !== 'name');
      if (firstOther >= 0)
        expect(results.slice(firstOther).every((r) => r.matchedOn !== 'name')).toBe(true);
    }
  });

  it('a topic finds exactly the members of the teams handling it', () => {
    const expected = many
      .filter((p) => p.team === 'Burgerzaken')
      .map((p) => p.id)
      .sort();
    const found = searchPeople(bigIndex, 'paspoort', 5000)
      .map((r) => r.person.id)
      .sort();
    expect(found).toEqual(expected);
    expect(SYNTHETIC_TEAMS.find((t) => t.team === 'Burgerzaken')?.topics).toContain('paspoort');
  });

  it('"vd berg" finds exactly the van der/van den/van de Berg(h)s, names first', () => {
    const expected = many
      .filter((p) => /^van de[rn]? bergh?$/.test(foldText(p.surname ?? '')))
      .map((p) => p.id)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    const results = searchPeople(bigIndex, 'vd berg', 5000);
    expect(results.map((r) => r.person.id).sort()).toEqual(expected);
  });

  it('"berg" puts all name matches before team or topic matches, and orders names alphabetically within a score', () => {
    const results = searchPeople(bigIndex, 'berg', 5000);
    const firstOther = results.findIndex((r) => r.matchedOn !== 'name');
    const lastName = results.map((r) => r.matchedOn).lastIndexOf('name');
    expect(lastName).toBeGreaterThan(0);
    if (firstOther >= 0) expect(firstOther).toBeGreaterThan(lastName);
    // the exact "Berg" surnames come before "Bergman" / "Bergh"
    const firstBergman = results.findIndex((r) => r.person.surname === 'Bergman');
    const lastExactBerg = results
      .map((r) => /\bberg$/i.test(r.person.surname ?? ''))
      .lastIndexOf(true);
    expect(lastExactBerg).toBeLessThan(firstBergman);
  });

  it('every result of a prefix query really has a word starting with it', () => {
    for (const query of ['b', 'me', 'ozd', 'co', 'ter', 'vr']) {
      for (const { person: p } of searchPeople(bigIndex, query, 5000)) {
        const words = [
          p.displayName,
          p.givenName,
          p.surname,
          p.jobTitle,
          p.team,
          p.department,
          ...p.topics,
          (p.mail ?? '').split('@')[0]!.replace(/[^a-z]/gi, ''),
        ].flatMap((text) => foldedWords(text));
        const joined = foldedWords(p.surname).join('');
        expect(
          words.some((word) => word.startsWith(query)) ||
            joined.startsWith(query) ||
            query === 'vd',
        ).toBe(true);
      }
    }
  });
});
