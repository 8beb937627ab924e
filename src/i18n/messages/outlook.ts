// Messages of the Outlook add-in's task panes (reading: callback from a message; writing: recipients'
// availability). Dutch first; English has exactly the same keys.
const nl = {
  'outlook.route.read': 'Terugbelverzoek uit e-mail',
  'outlook.route.compose': 'Ontvangers',
  'outlook.route.none': 'Bereikbaar in Outlook',

  'outlook.read.fromMessage':
    'Overgenomen uit de e-mail van {name} ({address}): naam, e-mailadres en onderwerp als vraag. Controleer en vul aan, en kies voor wie het verzoek is.',
  'outlook.read.noSender':
    'Deze e-mail heeft geen afzender. Het onderwerp is als vraag overgenomen; vul de gegevens van de inwoner zelf in.',

  'outlook.compose.title': 'Bereikbaarheid van de ontvangers',
  'outlook.compose.intro':
    'Voor elke collega onder Aan en CC: bereikbaar, bezet of afwezig, tot wanneer en waarom. Bij afwezigheid ziet u de vervanger.',
  'outlook.compose.list': 'Ontvangers',
  'outlook.compose.loading': 'Ontvangers worden gelezen…',
  'outlook.compose.readFailed': 'De ontvangers konden niet worden gelezen: {message}',
  'outlook.compose.empty': 'Nog geen ontvangers. Voeg ontvangers toe onder Aan of CC.',
  'outlook.compose.reread': 'Ontvangers opnieuw lezen',
  'outlook.compose.directoryLoading': 'Adresboek wordt geladen…',
  'outlook.compose.directoryFailed': 'Het adresboek kon niet worden geladen: {message}',
  'outlook.compose.field.to': 'Aan',
  'outlook.compose.field.cc': 'CC',
  'outlook.compose.notColleague': 'geen collega',
  'outlook.compose.substitute': 'Vervanger: {name}',
  'outlook.compose.substituteMailbox': 'Vervanger: teammailbox {mailbox}',
  'outlook.compose.noSubstitute': 'Geen vervanger opgegeven.',
  'outlook.compose.substituteUnknown': 'De vervanger staat niet (meer) in het adresboek.',
  'outlook.compose.addSubstitute': 'Vervanger toevoegen',
  'outlook.compose.addSubstitute.label': 'Vervanger toevoegen: {name}, voor {absent}',
  'outlook.compose.adding': 'Bezig met toevoegen…',
  'outlook.compose.added': '{name} is toegevoegd aan {field}.',
  'outlook.compose.alreadyRecipient': '{name} staat al bij de ontvangers.',
  'outlook.compose.addFailed': '{name} kon niet worden toegevoegd: {message}',

  'outlook.none.noItem':
    'Open een e-mail om er een terugbelverzoek van te maken, of schrijf een e-mail om te zien of de ontvangers bereikbaar zijn.',
  'outlook.none.noOffice':
    'Deze pagina is de Outlook-invoegtoepassing van Bereikbaar en werkt alleen in Outlook.',
  'outlook.role.notAllowed':
    'Dit deel van Bereikbaar is voor KCP-medewerkers, teamleiders en de KCP-coördinator.',
} satisfies Record<string, string>;

const en = {
  'outlook.route.read': 'Callback from e-mail',
  'outlook.route.compose': 'Recipients',
  'outlook.route.none': 'Bereikbaar in Outlook',

  'outlook.read.fromMessage':
    'Taken from the e-mail of {name} ({address}): name, e-mail address and the subject as the question. Check and complete it, and choose who the request is for.',
  'outlook.read.noSender':
    'This e-mail has no sender. The subject was taken as the question; enter the citizen’s details yourself.',

  'outlook.compose.title': 'Availability of the recipients',
  'outlook.compose.intro':
    'For every colleague under To and Cc: reachable, busy or absent, until when and why. When absent, you see the substitute.',
  'outlook.compose.list': 'Recipients',
  'outlook.compose.loading': 'Reading the recipients…',
  'outlook.compose.readFailed': 'The recipients could not be read: {message}',
  'outlook.compose.empty': 'No recipients yet. Add recipients under To or Cc.',
  'outlook.compose.reread': 'Read recipients again',
  'outlook.compose.directoryLoading': 'Loading the directory…',
  'outlook.compose.directoryFailed': 'The directory could not be loaded: {message}',
  'outlook.compose.field.to': 'To',
  'outlook.compose.field.cc': 'Cc',
  'outlook.compose.notColleague': 'not a colleague',
  'outlook.compose.substitute': 'Substitute: {name}',
  'outlook.compose.substituteMailbox': 'Substitute: team mailbox {mailbox}',
  'outlook.compose.noSubstitute': 'No substitute given.',
  'outlook.compose.substituteUnknown': 'The substitute is not (or no longer) in the directory.',
  'outlook.compose.addSubstitute': 'Add substitute',
  'outlook.compose.addSubstitute.label': 'Add substitute: {name}, for {absent}',
  'outlook.compose.adding': 'Adding…',
  'outlook.compose.added': '{name} was added to {field}.',
  'outlook.compose.alreadyRecipient': '{name} is already a recipient.',
  'outlook.compose.addFailed': '{name} could not be added: {message}',

  'outlook.none.noItem':
    'Open an e-mail to make a callback request from it, or write an e-mail to see whether its recipients are reachable.',
  'outlook.none.noOffice':
    'This page is the Outlook add-in of Bereikbaar and works only in Outlook.',
  'outlook.role.notAllowed':
    'This part of Bereikbaar is for front-office agents, team leaders and the front-office coordinator.',
} as Record<keyof typeof nl, string>;

export const outlookMessages = { nl, en };
