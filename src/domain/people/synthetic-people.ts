// Deterministic fictional colleagues for tests and the search benchmark. Pure: same (count, seed), same people.
import type { PersonSummary } from './person-summary';

/** A small, fast, deterministic PRNG (mulberry32); returns numbers in [0, 1). */
const mulberry32 = (seed: number): (() => number) => {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
};

const GIVEN_NAMES = [
  'Pieter',
  'Anja',
  'Jan',
  'Fatima',
  'Mohamed',
  'Sanne',
  'Daan',
  'Emma',
  'Lucas',
  'Julia',
  'Sem',
  'Zoë',
  'Noah',
  'Eva',
  'Mehmet',
  'Ayşe',
  'Joost',
  'Marieke',
  'Bram',
  'Lotte',
  'Kees',
  'Ingrid',
  'Rachid',
  'Priya',
  'Wouter',
  'Chantal',
  'Thijs',
  'Femke',
  'René',
  'Anouk',
  'Hüseyin',
  'Noël',
  'Ilse',
  'Youssef',
  'Maaike',
  'Gerrit',
  'Sofie',
  'Ruben',
];

const SURNAMES = [
  'van der Berg',
  'de Vries',
  'Jansen',
  'Bakker',
  'Visser',
  'Smit',
  'Meijer',
  'de Boer',
  'Mulder',
  'de Groot',
  'Bos',
  'Vos',
  'Peters',
  'Hendriks',
  'van Leeuwen',
  'Dekker',
  'Brouwer',
  'de Wit',
  'Dijkstra',
  'Smits',
  'van den Heuvel',
  'van Dijk',
  'Özdemir',
  'Yılmaz',
  'Çelik',
  'El Amrani',
  'Bouzid',
  'van de Kamp',
  "van 't Hof",
  'ter Horst',
  'ten Brink',
  'Kramer',
  'Vermeulen',
  'van der Linden',
  'Bergman',
  'Verbeek',
  'Koç',
  'Sánchez',
  'Jansen-de Vries',
  'van den Bergh',
  'Hoekstra',
  'Willems',
  'van Beek',
  'Postma',
  'Kuipers',
  'Schouten',
];

/** Teams of a fictional municipality with the topics they handle. */
export const SYNTHETIC_TEAMS: readonly {
  team: string;
  department: string;
  topics: readonly string[];
}[] = [
  {
    team: 'Burgerzaken',
    department: 'Publiekszaken',
    topics: ['paspoort', 'identiteitskaart', 'rijbewijs', 'verhuizing doorgeven'],
  },
  {
    team: 'Klantcontactpunt',
    department: 'Publiekszaken',
    topics: ['algemene vragen', 'terugbelverzoeken'],
  },
  {
    team: 'Burgerlijke stand',
    department: 'Publiekszaken',
    topics: ['huwelijk', 'geboorteaangifte', 'overlijden'],
  },
  {
    team: 'Vergunningen',
    department: 'Ruimte',
    topics: ['omgevingsvergunning', 'bouwen', 'kappen van bomen'],
  },
  {
    team: 'Handhaving',
    department: 'Veiligheid',
    topics: ['overlast', 'parkeren', 'illegale bouw'],
  },
  {
    team: 'Afval en reiniging',
    department: 'Buitenruimte',
    topics: ['grofvuil', 'containers', 'afvalpas'],
  },
  {
    team: 'Openbare ruimte',
    department: 'Buitenruimte',
    topics: ['straatverlichting', 'groen', 'meldingen openbare ruimte'],
  },
  {
    team: 'Belastingen',
    department: 'Bedrijfsvoering',
    topics: ['WOZ', 'gemeentelijke belastingen', 'kwijtschelding'],
  },
  {
    team: 'Werk en inkomen',
    department: 'Sociaal domein',
    topics: ['bijstand', 'participatiewet', 'schuldhulpverlening'],
  },
  {
    team: 'Wmo',
    department: 'Sociaal domein',
    topics: ['huishoudelijke hulp', 'hulpmiddelen', 'mantelzorg'],
  },
  { team: 'Jeugd', department: 'Sociaal domein', topics: ['jeugdhulp', 'leerplicht'] },
  {
    team: 'Economische zaken',
    department: 'Ruimte',
    topics: ['ondernemers', 'markt', 'evenementen'],
  },
];

const JOB_TITLES = [
  'Medewerker',
  'Senior medewerker',
  'Teamleider',
  'Coördinator',
  'Beleidsadviseur',
  'Specialist',
  'Consulent',
  'Juridisch adviseur',
  'Projectleider',
];

const pick = <T>(random: () => number, list: readonly T[]): T => {
  const value = list[Math.floor(random() * list.length)];
  if (value === undefined) throw new Error('empty list');
  return value;
};

const mailPart = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ı/g, 'i')
    .replace(/[^a-z]/g, '');

/**
 * `count` fictional colleagues, the same for the same seed: Dutch names with particles and
 * diacritics, teams with departments and topics, job titles, mail and phone numbers.
 * @example generateSyntheticPeople(2, 42).map((p) => p.displayName) // e.g. ['Sanne de Vries', 'Mehmet Özdemir']
 */
export const generateSyntheticPeople = (count: number, seed: number): PersonSummary[] => {
  const random = mulberry32(seed);
  const people: PersonSummary[] = [];
  for (let index = 0; index < count; index += 1) {
    const givenName = pick(random, GIVEN_NAMES);
    const surname = pick(random, SURNAMES);
    const team = pick(random, SYNTHETIC_TEAMS);
    const job = pick(random, JOB_TITLES);
    const serial = String(index + 1).padStart(5, '0');
    const phoneDigits = String(Math.floor(random() * 1_000_000)).padStart(6, '0');
    people.push({
      id: `synthetic-${seed}-${serial}`,
      displayName: `${givenName} ${surname}`,
      givenName,
      surname,
      jobTitle: `${job} ${team.team.toLowerCase()}`,
      department: team.department,
      team: team.team,
      mail: `${mailPart(givenName).charAt(0)}.${mailPart(surname)}${serial}@gemeente.example`,
      phones: [
        { kind: 'business', number: `+31 20 5${phoneDigits}` },
        ...(random() < 0.5 ? [{ kind: 'mobile' as const, number: `+31 6 1${phoneDigits}0` }] : []),
      ],
      topics: team.topics,
    });
  }
  return people;
};
