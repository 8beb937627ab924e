// Dutch messages, the default. Uses the municipality's own words (terugbelverzoek, KCP-medewerker, ...).
export const nl = {
  'app.name': 'Bereikbaar',
  'app.loading': 'Bereikbaar wordt geladen…',

  'role.agent': 'KCP-medewerker',
  'role.teamLeader': 'Teamleider',
  'role.employee': 'Medewerker',
  'role.coordinator': 'KCP-coördinator',

  'host.teams': 'Microsoft Teams',
  'host.outlook': 'Outlook',
  'host.m365': 'Microsoft 365-app',
  'host.browser': 'Webbrowser',

  'shell.skipToContent': 'Naar de inhoud',
  'shell.navigation': 'Hoofdnavigatie',
  'shell.userRoles': 'Rollen: {roles}',
  'shell.language': 'Taal',
  'shell.language.nl': 'Nederlands',
  'shell.language.en': 'English',
  'shell.theme': 'Weergave',
  'shell.theme.light': 'Licht',
  'shell.theme.dark': 'Donker',
  'shell.theme.system': 'Systeem',
  'shell.signOut': 'Afmelden',

  'route.home': 'Start',

  'home.title': 'Welkom, {name}',
  'home.intro':
    'Bereikbaar laat tijdens een gesprek zien of een collega bereikbaar, bezet of afwezig is, wie de vervanger is, en zorgt dat elk terugbelverzoek binnen twee werkdagen wordt opgepakt.',
  'home.you': 'Uw gegevens',
  'home.account': 'Account',
  'home.roles': 'Uw rollen',
  'home.host': 'Geopend in',
  'home.dataSource': 'Gegevensbron',
  'home.dataSource.demo': 'Demotenant (gemeente Lindeburg) op {url}',
  'home.dataSource.tenant': 'Uw Microsoft 365-tenant ({tenant})',
  'home.graph.title': 'Verbinding met Microsoft Graph',
  'home.graph.checking': 'Verbinding controleren…',
  'home.graph.connected': 'Verbonden. Graph kent u als:',
  'home.graph.displayName': 'Naam',
  'home.graph.jobTitle': 'Functie',
  'home.graph.department': 'Afdeling',
  'home.graph.notSet': 'Niet ingevuld',
  'home.graph.failed': 'Geen verbinding met Microsoft Graph: {message}',
  'home.graph.checkedAt': 'Gecontroleerd om {time}',
  'home.graph.recheck': 'Opnieuw controleren',

  'signIn.demo.title': 'Aanmelden bij de demo',
  'signIn.demo.intro':
    'Dit is de demotenant van de fictieve gemeente Lindeburg. Kies als wie u Bereikbaar wilt bekijken; elke persoon heeft een andere rol.',
  'signIn.demo.loading': 'Demopersonen laden…',
  'signIn.demo.signingIn': 'Bezig met aanmelden…',
  'signIn.demo.none':
    'De demotenant heeft geen personen om mee aan te melden. Zet de demotenant terug met npm run emulator:reset.',
  'signIn.tenant.title': 'Aanmelden',
  'signIn.tenant.intro': 'Meld u aan met uw werkaccount van de gemeente.',
  'signIn.tenant.button': 'Aanmelden met uw werkaccount',
  'signIn.tenant.checking': 'Aanmelding controleren…',

  'error.retry': 'Opnieuw proberen',
  'error.details': 'Foutmelding: {message}',
  'error.whatToDo': 'Wat kunt u doen?',

  'error.config.title': 'Bereikbaar is niet goed ingesteld',
  'error.config.intro':
    'De app kan niet starten omdat de configuratie niet klopt. Pas deze omgevingsvariabelen aan en bouw of start de app opnieuw. Zonder BRK_CLIENT_ID start de app met de demotenant.',
  'error.config.variable': 'Variabele',
  'error.config.problem': 'Wat er mis is',
  'error.config.example': 'Voorbeeld',
  'error.config.value': '(nu: {value})',
  'config.problem.missing': 'Ontbreekt; verplicht als de app met een eigen tenant werkt.',
  'config.problem.notGuid': 'Is geen GUID.',
  'config.problem.notTenant': 'Is geen tenant-id (GUID) of geverifieerd domein.',
  'config.problem.notSharePointSite':
    'Is geen SharePoint-site in de vorm host:/sites/naam of een site-id.',
  'config.problem.notUrl': 'Is geen geldige URL.',
  'config.problem.notHttps': 'Moet https gebruiken; http mag alleen voor localhost.',
  'config.problem.notMode': 'Moet "demo" of "tenant" zijn.',

  'error.signIn.title': 'Aanmelden is mislukt',
  'error.signIn.intro': 'We konden u niet aanmelden bij Bereikbaar.',
  'error.signIn.advice':
    'Probeer het opnieuw. Sta pop-ups voor deze site toe als daarom gevraagd wordt. Lukt het dan nog niet, vraag de servicedesk of uw account toegang heeft tot Bereikbaar.',

  'error.graph.title': 'Microsoft Graph is niet bereikbaar',
  'error.graph.intro': 'De app kon {url} niet bereiken.',
  'error.graph.advice.demo':
    'De demotenant draait niet. Start app en demotenant samen met npm start, of alleen de demotenant met npm run emulator, en probeer het daarna opnieuw.',
  'error.graph.advice.tenant':
    'Controleer uw netwerkverbinding en probeer het opnieuw. Lukt het dan nog niet, meld het bij de servicedesk.',
} satisfies Record<string, string>;

export type MessageKey = keyof typeof nl;
export type MessageCatalog = Record<MessageKey, string>;
