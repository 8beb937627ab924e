// Texts of the demo tenant's calendars and presences: meeting subjects, places, private items, absences, status messages.

export const meetingSubjects: readonly string[] = [
  'Teamoverleg',
  'Werkoverleg',
  'Bilateraal overleg',
  'Casusoverleg',
  'Overleg met wethouder',
  'Projectoverleg',
  'Afstemming ketenpartners',
  'Intake',
  'Huisbezoek',
  'Keukentafelgesprek',
  'Training Klantgericht schrijven',
  'Sprintreview',
  'MT-overleg',
  'Voortgangsgesprek',
  'Klantafspraak',
  'Inwerken nieuwe collega',
  'Regio-overleg',
  'Spreekuur',
  'Kwartaalrapportage',
  'Stand-up',
  'Overleg VNG-werkgroep',
  'Bezoek locatie',
  'Hoorzitting bezwaar',
];

export const meetingLocations: readonly string[] = [
  'Microsoft Teams-vergadering',
  'Stadhuis, kamer 1.12',
  'Stadskantoor, zaal De Linde',
  'Stadskantoor, kamer 3.04',
  'Stadhuis, raadzaal',
  'Gemeentewerf, kantine',
  'Microsoft Teams-vergadering',
  'Op locatie',
];

export const privateSubjects: readonly string[] = [
  'Tandarts',
  'Afspraak huisarts',
  'Ouderavond school',
  'Fysiotherapie',
  'Persoonlijke afspraak',
];

export const absenceSubjects: readonly string[] = [
  'Vakantie',
  'Vrij',
  'Verlof',
  'Cursus (afwezig)',
  'Studiedag',
];

export const statusMessages: readonly string[] = [
  'Vandaag thuis, bereikbaar via Teams',
  'Focus-tijd tot de lunch, alleen spoed',
  'Op locatie, liever een bericht',
  'Bel gerust voor vragen over de begroting',
  'Spreekuur tot 12:00',
];
