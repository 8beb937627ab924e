// The organisation chart of the fictional municipality "Gemeente Lindeburg": departments and teams
// (seed-organisation.ts builds its people from them; the demo data script fills the team settings from them).

export type TeamSeed = {
  name: string;
  department: string;
  /** Mailbox local part for the team's general mailbox and shared calendar-free contact. */
  mailbox: string;
  topics: string;
  memberCount: number;
  /** Job title of most members; a few get the senior variant. */
  memberTitle: string;
  /** Office location (building and floor). */
  office: string;
};

export const gemeentesecretarisTitle = 'Gemeentesecretaris / algemeen directeur';

/** Departments (afdelingen) with their head's title; teams below refer to them by name. */
export const departments: readonly { name: string; headTitle: string }[] = [
  { name: 'Dienstverlening', headTitle: 'Afdelingshoofd Dienstverlening' },
  { name: 'Vergunningen, Toezicht en Handhaving', headTitle: 'Afdelingshoofd VTH' },
  { name: 'Sociaal Domein', headTitle: 'Afdelingshoofd Sociaal Domein' },
  { name: 'Fysiek Domein', headTitle: 'Afdelingshoofd Fysiek Domein' },
  { name: 'Bedrijfsvoering', headTitle: 'Afdelingshoofd Bedrijfsvoering' },
  { name: 'Bestuur en Concernstaf', headTitle: 'Hoofd Concernstaf' },
];

export const teams: readonly TeamSeed[] = [
  {
    name: 'KCP-TIC',
    department: 'Dienstverlening',
    mailbox: 'kcp',
    topics: 'algemene vragen, doorverbinden, terugbelverzoeken, afspraken maken, klachten',
    memberCount: 28,
    memberTitle: 'Medewerker klantcontactcentrum',
    office: 'Stadhuis, begane grond',
  },
  {
    name: 'Burgerzaken',
    department: 'Dienstverlening',
    mailbox: 'burgerzaken',
    topics:
      'paspoort, identiteitskaart, id-kaart, rijbewijs, verhuizing, adreswijziging, uittreksel BRP, geboorteaangifte, huwelijk, trouwen, overlijden',
    memberCount: 24,
    memberTitle: 'Medewerker burgerzaken',
    office: 'Stadhuis, begane grond',
  },
  {
    name: 'Informatiebeheer',
    department: 'Dienstverlening',
    mailbox: 'informatiebeheer',
    topics: 'archief, Woo-verzoek, post, bouwdossiers inzien',
    memberCount: 10,
    memberTitle: 'Medewerker informatiebeheer',
    office: 'Stadhuis, 1e verdieping',
  },
  {
    name: 'Vergunningen',
    department: 'Vergunningen, Toezicht en Handhaving',
    mailbox: 'vergunningen',
    topics:
      'omgevingsvergunning, bouwvergunning, kapvergunning, boom kappen, evenementenvergunning, APV-vergunning, uitrit',
    memberCount: 21,
    memberTitle: 'Vergunningverlener',
    office: 'Stadskantoor, 2e verdieping',
  },
  {
    name: 'Handhaving',
    department: 'Vergunningen, Toezicht en Handhaving',
    mailbox: 'handhaving',
    topics: 'boa, parkeren, parkeervergunning, overlast, illegale bouw, toezicht',
    memberCount: 18,
    memberTitle: 'Toezichthouder',
    office: 'Stadskantoor, 2e verdieping',
  },
  {
    name: 'Milieu',
    department: 'Vergunningen, Toezicht en Handhaving',
    mailbox: 'milieu',
    topics: 'bodem, geluid, asbest, milieumelding, energiebesparing bedrijven',
    memberCount: 11,
    memberTitle: 'Adviseur milieu',
    office: 'Stadskantoor, 2e verdieping',
  },
  {
    name: 'WMO',
    department: 'Sociaal Domein',
    mailbox: 'wmo',
    topics:
      'WMO, huishoudelijke hulp, hulpmiddelen, woningaanpassing, mantelzorg, scootmobiel, vervoer',
    memberCount: 23,
    memberTitle: 'Consulent WMO',
    office: 'Stadskantoor, 1e verdieping',
  },
  {
    name: 'Jeugd',
    department: 'Sociaal Domein',
    mailbox: 'jeugd',
    topics: 'jeugdhulp, opvoedondersteuning, leerplicht, jeugdzorg, CJG',
    memberCount: 18,
    memberTitle: 'Consulent jeugd',
    office: 'Stadskantoor, 1e verdieping',
  },
  {
    name: 'Participatie',
    department: 'Sociaal Domein',
    mailbox: 'participatie',
    topics:
      'bijstand, uitkering, schuldhulpverlening, re-integratie, inburgering, minimaregelingen',
    memberCount: 23,
    memberTitle: 'Klantmanager werk en inkomen',
    office: 'Stadskantoor, 1e verdieping',
  },
  {
    name: 'Onderwijs',
    department: 'Sociaal Domein',
    mailbox: 'onderwijs',
    topics: 'leerlingenvervoer, schoolgebouwen, kinderopvang, voorschoolse educatie',
    memberCount: 9,
    memberTitle: 'Beleidsmedewerker onderwijs',
    office: 'Stadskantoor, 3e verdieping',
  },
  {
    name: 'Openbare Ruimte',
    department: 'Fysiek Domein',
    mailbox: 'openbareruimte',
    topics:
      'melding openbare ruimte, straatverlichting, groen, bestrating, bomen, speeltuinen, riolering',
    memberCount: 26,
    memberTitle: 'Medewerker openbare ruimte',
    office: 'Gemeentewerf',
  },
  {
    name: 'Afval',
    department: 'Fysiek Domein',
    mailbox: 'afval',
    topics: 'afvalinzameling, grofvuil, containers, milieustraat, afvalpas',
    memberCount: 12,
    memberTitle: 'Medewerker afvalbeheer',
    office: 'Gemeentewerf',
  },
  {
    name: 'Ruimtelijke Ordening',
    department: 'Fysiek Domein',
    mailbox: 'ruimtelijkeordening',
    topics: 'omgevingsplan, bestemmingsplan, principeverzoek, planschade',
    memberCount: 12,
    memberTitle: 'Adviseur ruimtelijke ordening',
    office: 'Stadskantoor, 3e verdieping',
  },
  {
    name: 'Wonen',
    department: 'Fysiek Domein',
    mailbox: 'wonen',
    topics: 'woningzoekenden, urgentie, huisvesting statushouders, woningsplitsing, starterslening',
    memberCount: 9,
    memberTitle: 'Beleidsadviseur wonen',
    office: 'Stadskantoor, 3e verdieping',
  },
  {
    name: 'Economie',
    department: 'Fysiek Domein',
    mailbox: 'economie',
    topics: 'ondernemersloket, markt, bedrijventerrein, horeca, toerisme',
    memberCount: 9,
    memberTitle: 'Accountmanager bedrijven',
    office: 'Stadskantoor, 3e verdieping',
  },
  {
    name: 'Sport en Cultuur',
    department: 'Fysiek Domein',
    mailbox: 'sportencultuur',
    topics: 'sportaccommodaties, subsidie verenigingen, bibliotheek, kunst, evenementen',
    memberCount: 9,
    memberTitle: 'Beleidsmedewerker sport en cultuur',
    office: 'Stadskantoor, 3e verdieping',
  },
  {
    name: 'Belastingen',
    department: 'Bedrijfsvoering',
    mailbox: 'belastingen',
    topics:
      'WOZ, OZB, afvalstoffenheffing, rioolheffing, kwijtschelding, bezwaar aanslag, hondenbelasting',
    memberCount: 19,
    memberTitle: 'Medewerker belastingen',
    office: 'Stadskantoor, 4e verdieping',
  },
  {
    name: 'Financiën',
    department: 'Bedrijfsvoering',
    mailbox: 'financien',
    topics: 'facturen, betalingen, debiteuren, begroting',
    memberCount: 14,
    memberTitle: 'Financieel adviseur',
    office: 'Stadskantoor, 4e verdieping',
  },
  {
    name: 'HR',
    department: 'Bedrijfsvoering',
    mailbox: 'hr',
    topics: 'vacatures, sollicitaties, stages, personeelszaken',
    memberCount: 11,
    memberTitle: 'HR-adviseur',
    office: 'Stadskantoor, 4e verdieping',
  },
  {
    name: 'ICT',
    department: 'Bedrijfsvoering',
    mailbox: 'ict',
    topics: 'DigiD-storing, website, digitale formulieren, telefonie',
    memberCount: 14,
    memberTitle: 'Medewerker ICT',
    office: 'Stadskantoor, kelder',
  },
  {
    name: 'Facilitair',
    department: 'Bedrijfsvoering',
    mailbox: 'facilitair',
    topics: 'gevonden voorwerpen, vergaderzalen, gebouwbeheer, inkoop',
    memberCount: 11,
    memberTitle: 'Medewerker facilitaire zaken',
    office: 'Stadhuis, kelder',
  },
  {
    name: 'Juridische Zaken',
    department: 'Bedrijfsvoering',
    mailbox: 'juridischezaken',
    topics: 'bezwaar en beroep, aansprakelijkstelling, schadeclaim, klachtbehandeling',
    memberCount: 9,
    memberTitle: 'Juridisch adviseur',
    office: 'Stadhuis, 2e verdieping',
  },
  {
    name: 'Communicatie',
    department: 'Bestuur en Concernstaf',
    mailbox: 'communicatie',
    topics: 'pers, social media, nieuwsbrief, huis-aan-huisblad',
    memberCount: 9,
    memberTitle: 'Communicatieadviseur',
    office: 'Stadhuis, 2e verdieping',
  },
  {
    name: 'Griffie',
    department: 'Bestuur en Concernstaf',
    mailbox: 'griffie',
    topics: 'gemeenteraad, raadsvergadering, inspreken, burgerinitiatief',
    memberCount: 6,
    memberTitle: 'Raadsadviseur',
    office: 'Stadhuis, 2e verdieping',
  },
  {
    name: 'Bestuursondersteuning',
    department: 'Bestuur en Concernstaf',
    mailbox: 'bestuur',
    topics: 'burgemeester, wethouders, afspraak bestuurder, lintjes, jubilea',
    memberCount: 8,
    memberTitle: 'Bestuursadviseur',
    office: 'Stadhuis, 2e verdieping',
  },
];
