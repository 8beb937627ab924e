// Messages of the callbacks feature (terugbelverzoeken), Dutch first; English must have every key.
const nl = {
  'callbacks.loading': 'Terugbelverzoeken worden geladen…',
  'callbacks.loadFailed':
    'De terugbelverzoeken konden niet worden geladen. Probeer het zo opnieuw.',
  'callbacks.directoryLoading': 'Adresboek wordt geladen…',
  'callbacks.refresh': 'Vernieuwen',
  'callbacks.cancel': 'Annuleren',
  'callbacks.counts':
    '{open, plural, =0 {Geen open terugbelverzoeken} one {# open terugbelverzoek} other {# open terugbelverzoeken}}: {dueToday} uiterlijk vandaag, {overdue} te laat',

  'callbacks.form.title': 'Terugbelverzoek vastleggen',
  'callbacks.form.save': 'Terugbelverzoek opslaan',
  'callbacks.form.clearDraft': 'Wis concept',
  'callbacks.form.draftRestored': 'Concept hersteld: wat u eerder typte, staat er weer.',
  'callbacks.form.queued':
    'Terugbelverzoek voor {name} wordt opgeslagen. U kunt het volgende gesprek aannemen.',
  'callbacks.form.due': 'Uiterlijk terugbellen: {date}, einde dag',
  'callbacks.form.teamMailbox': 'Gaat naar team {team}; de melding gaat naar {mailbox}.',
  'callbacks.form.teamNoMailbox': 'Gaat naar team {team}; dit team heeft geen algemene mailbox.',
  'callbacks.form.unknownColleague': 'onbekende collega',

  'callbacks.field.citizenName': 'Naam van de inwoner',
  'callbacks.field.phone': 'Telefoonnummer',
  'callbacks.field.phoneHint': 'Nederlands nummer of internationaal met +',
  'callbacks.field.phoneNormalised': 'Wordt opgeslagen als {number}',
  'callbacks.field.email': 'E-mailadres (optioneel)',
  'callbacks.field.question': 'Vraag',
  'callbacks.field.channel': 'Kanaal',
  'callbacks.field.preferredTime': 'Voorkeurstijd (optioneel)',
  'callbacks.field.person': 'Voor medewerker',
  'callbacks.field.team': 'Of voor team',
  'callbacks.field.noTeam': '— geen team —',

  'callbacks.channel.phone': 'Telefoon',
  'callbacks.channel.email': 'E-mail',
  'callbacks.channel.desk': 'Balie',
  'callbacks.channel.chat': 'Chat',

  'callbacks.error.citizenNameRequired': 'Vul de naam van de inwoner in.',
  'callbacks.error.contactRequired': 'Vul een telefoonnummer of een e-mailadres in.',
  'callbacks.error.phoneInvalid':
    'Dit telefoonnummer klopt niet. Gebruik bijvoorbeeld 06-12345678, 020 123 4567 of +32 470 12 34 56.',
  'callbacks.error.emailInvalid': 'Dit e-mailadres klopt niet, bijvoorbeeld naam@voorbeeld.nl.',
  'callbacks.error.questionRequired': 'Beschrijf de vraag van de inwoner.',
  'callbacks.error.assigneeRequired': 'Kies een medewerker of een team.',
  'callbacks.error.madeAtInvalid':
    'Het tijdstip van het verzoek ligt in de toekomst. Wis het concept en begin opnieuw.',
  'callbacks.error.tooLong': 'Maximaal {max} tekens.',

  'callbacks.substitute.label':
    '{name} is afwezig tot na de streefdatum ({back}). Waar moet het terugbelverzoek heen?',
  'callbacks.substitute.labelBeforeDue':
    '{name} is afwezig voor de streefdatum ({back}). Waar moet het terugbelverzoek heen?',
  'callbacks.substitute.back': 'terug {date}',
  'callbacks.substitute.backUnknown': 'einde onbekend',
  'callbacks.substitute.acceptMailbox':
    'Naar de algemene mailbox van {team}: {mailbox} (aanbevolen)',
  'callbacks.substitute.nobody':
    'Er is geen vervanger en geen algemene mailbox bekend; kies zelf een collega of team.',
  'callbacks.substitute.accept': 'Naar de vervanger: {name} (aanbevolen)',
  'callbacks.substitute.decline': 'Toch naar {name}',

  'callbacks.outbox.title': 'Opslaan',
  'callbacks.outbox.saving': 'Terugbelverzoek voor {name}: wordt opgeslagen…',
  'callbacks.outbox.notSaved':
    'Terugbelverzoek voor {name}: nog niet opgeslagen — nieuwe poging om {time}',
  'callbacks.outbox.notifyPending':
    'Terugbelverzoek voor {name}: opgeslagen, melding nog niet verstuurd — nieuwe poging om {time}',
  'callbacks.outbox.saved': 'Terugbelverzoek voor {name}: opgeslagen',
  'callbacks.outbox.savedNotNotified':
    'Terugbelverzoek voor {name}: opgeslagen, maar de melding kon niet worden verstuurd',
  'callbacks.outbox.savedEmailedInstead':
    'Terugbelverzoek voor {name}: opgeslagen; de melding in Teams kwam niet aan (app niet geïnstalleerd), daarom verstuurd per e-mail',
  'callbacks.outbox.retryNow': 'Nu opnieuw proberen',

  'callbacks.mine.title': 'Mijn terugbelverzoeken',
  'callbacks.mine.empty': 'Geen open terugbelverzoeken voor u of uw team.',

  'callbacks.card.overdue': 'Te laat: uiterlijk {date}',
  'callbacks.card.dueToday': 'Vandaag uiterlijk terugbellen',
  'callbacks.card.due': 'Uiterlijk {date}',
  'callbacks.card.call': 'Bel {name}: {number}',
  'callbacks.card.for': 'Voor {name}',
  'callbacks.card.forTeam': 'Voor team {team}, nog niet opgepakt',
  'callbacks.card.preferredTime': 'Voorkeurstijd: {time}',
  'callbacks.card.attempts': 'Pogingen ({count})',
  'callbacks.card.redacted': 'Persoonsgegevens verwijderd',
  'callbacks.card.claim': 'Oppakken',
  'callbacks.card.claimed': 'U hebt dit verzoek opgepakt.',
  'callbacks.card.alreadyClaimed': 'Al opgepakt door {name}.',
  'callbacks.card.conflictBy':
    '{name} heeft dit verzoek intussen gewijzigd ({at}): {parts}. Hieronder ziet u de actuele stand; uw wijziging is niet opgeslagen.',
  'callbacks.part.status': 'status',
  'callbacks.part.assignee': 'toegewezen aan',
  'callbacks.part.team': 'team',
  'callbacks.part.claimed': 'opgepakt door',
  'callbacks.part.attempts': 'pogingen',
  'callbacks.part.due': 'uiterlijk terugbellen',
  'callbacks.part.outcome': 'uitkomst',
  'callbacks.part.citizen': 'gegevens van de inwoner',
  'callbacks.card.conflict':
    'Iemand anders heeft dit verzoek intussen gewijzigd; hieronder ziet u de actuele stand.',
  'callbacks.card.failed': 'Dat lukte niet. Probeer het opnieuw.',
  'callbacks.card.logAttempt': 'Poging vastleggen',
  'callbacks.card.close': 'Afsluiten',
  'callbacks.card.closeOnBehalf': 'Afsluiten namens {name}',
  'callbacks.card.closedNotice': 'Het terugbelverzoek is afgesloten.',
  'callbacks.card.reassign': 'Toewijzen',
  'callbacks.card.suggestClose':
    'Drie keer geprobeerd zonder de inwoner te bereiken. Afsluiten als niet bereikt?',
  'callbacks.card.closeNotReached': 'Afsluiten als niet bereikt',
  'callbacks.card.notReachedNote': 'Niet bereikt na drie pogingen.',

  'callbacks.outcome.reached': 'Bereikt',
  'callbacks.outcome.noAnswer': 'Geen gehoor',
  'callbacks.outcome.voicemail': 'Voicemail',
  'callbacks.outcome.wrongNumber': 'Verkeerd nummer',
  'callbacks.outcome.emailed': 'Gemaild',

  'callbacks.attempt.outcome': 'Uitkomst van de poging',
  'callbacks.attempt.note': 'Notitie (optioneel)',
  'callbacks.attempt.save': 'Poging opslaan',
  'callbacks.attempt.saved': 'De poging is vastgelegd.',

  'callbacks.close.status': 'Afsluiten als',
  'callbacks.close.note': 'Uitkomst (optioneel)',
  'callbacks.close.save': 'Terugbelverzoek afsluiten',

  'callbacks.status.open': 'Open',
  'callbacks.status.done': 'Afgehandeld',
  'callbacks.status.cancelled': 'Vervallen',

  'callbacks.reassign.to': 'Toewijzen aan',
  'callbacks.reassign.choose': '— kies —',
  'callbacks.reassign.mailbox': 'Teammailbox ({mailbox})',
  'callbacks.reassign.save': 'Toewijzing opslaan',
  'callbacks.reassign.saved': 'Het terugbelverzoek is opnieuw toegewezen.',
  'callbacks.reassign.savedNotified':
    'Het terugbelverzoek is toegewezen aan {name}, die er bericht van heeft gekregen.',
  'callbacks.reassign.savedEmailedInstead':
    'Het terugbelverzoek is toegewezen aan {name}; de melding in Teams kwam niet aan (app niet geïnstalleerd), daarom verstuurd per e-mail.',
  'callbacks.reassign.savedNotNotified':
    'Het terugbelverzoek is toegewezen aan {name}, maar het bericht daarover kon niet worden verstuurd. Het staat wel in de lijst van {name}.',

  'callbacks.team.title': 'Terugbelverzoeken van mijn team',
  'callbacks.team.choose': 'Team',
  'callbacks.team.noTeam': 'U bent van geen team de teamleider.',
  'callbacks.team.empty': 'Geen terugbelverzoeken in deze lijst.',
  'callbacks.team.tab.open': 'Open ({count})',
  'callbacks.team.tab.dueSoon': 'Binnenkort ({count})',
  'callbacks.team.tab.overdue': 'Te laat ({count})',
  'callbacks.team.tab.done': 'Afgehandeld, laatste {days} dagen ({count})',
  'callbacks.form.otherDraft': 'Er staat nog een concept voor {target}.',
  'callbacks.form.continueDraft': 'Verder met concept voor {target}',
  'callbacks.form.newFor': 'Nieuw voor {target}',
  'callbacks.form.newRequest': 'Nieuw terugbelverzoek',
  'callbacks.stale':
    'Deze lijst is niet bijgewerkt: {what} kon niet worden opgehaald ({reason}). U ziet de stand van {time}; het aantal open verzoeken is onbekend.',
  'callbacks.loadFailedWhat':
    'De terugbelverzoeken konden niet worden geladen: {what} kon niet worden opgehaald ({reason}). Probeer het zo opnieuw.',
  'callbacks.part.assigned': 'uw eigen verzoeken',
  'callbacks.part.teamQueue': 'de verzoeken van uw team',
  'callbacks.part.both': 'uw eigen verzoeken en die van uw team',
  'callbacks.part.unknown': 'de lijst',
  'callbacks.reason.throttled': 'Microsoft 365 vraagt even te wachten',
  'callbacks.reason.offline': 'geen verbinding',
  'callbacks.reason.refused': 'geweigerd, code {status}',
  'callbacks.reason.unavailable': 'tijdelijk niet beschikbaar, code {status}',
  'callbacks.card.closedFor': 'Het terugbelverzoek van {name} is afgesloten.',
  'callbacks.card.takenBy':
    'Het terugbelverzoek van {citizen} is al opgepakt door {name}; het staat niet meer in uw lijst.',
  'callbacks.card.goneFromList':
    'Het terugbelverzoek van {citizen} is intussen gewijzigd en staat niet meer in uw lijst.',
  'callbacks.form.saveShortcut': 'Ctrl+Enter slaat op, ook vanuit de vraag.',
  'callbacks.card.closedAt.done': 'Afgehandeld op {date}',
  'callbacks.card.closedAt.cancelled': 'Vervallen op {date}',
  'callbacks.card.closedAtBy.done': 'Afgehandeld op {date} door {name}',
  'callbacks.card.closedAtBy.cancelled': 'Vervallen op {date} door {name}',
  'callbacks.reassign.absentMember': '{name} (afwezig)',
} satisfies Record<string, string>;

const en: Record<keyof typeof nl, string> = {
  'callbacks.loading': 'Loading callback requests…',
  'callbacks.loadFailed': 'The callback requests could not be loaded. Please try again shortly.',
  'callbacks.directoryLoading': 'Loading the directory…',
  'callbacks.refresh': 'Refresh',
  'callbacks.cancel': 'Cancel',
  'callbacks.counts':
    '{open, plural, =0 {No open callback requests} one {# open callback request} other {# open callback requests}}: {dueToday} due today, {overdue} overdue',

  'callbacks.form.title': 'Log a callback request',
  'callbacks.form.save': 'Save callback request',
  'callbacks.form.clearDraft': 'Clear draft',
  'callbacks.form.draftRestored': 'Draft restored: what you typed before is back.',
  'callbacks.form.queued':
    'The callback request for {name} is being saved. You can take the next call.',
  'callbacks.form.due': 'Call back by: {date}, end of day',
  'callbacks.form.teamMailbox': 'Goes to team {team}; the notification goes to {mailbox}.',
  'callbacks.form.teamNoMailbox': 'Goes to team {team}; this team has no general mailbox.',
  'callbacks.form.unknownColleague': 'unknown colleague',

  'callbacks.field.citizenName': "Citizen's name",
  'callbacks.field.phone': 'Phone number',
  'callbacks.field.phoneHint': 'Dutch number, or international with +',
  'callbacks.field.phoneNormalised': 'Will be saved as {number}',
  'callbacks.field.email': 'E-mail address (optional)',
  'callbacks.field.question': 'Question',
  'callbacks.field.channel': 'Channel',
  'callbacks.field.preferredTime': 'Preferred time (optional)',
  'callbacks.field.person': 'For colleague',
  'callbacks.field.team': 'Or for team',
  'callbacks.field.noTeam': '— no team —',

  'callbacks.channel.phone': 'Phone',
  'callbacks.channel.email': 'E-mail',
  'callbacks.channel.desk': 'Desk',
  'callbacks.channel.chat': 'Chat',

  'callbacks.error.citizenNameRequired': "Enter the citizen's name.",
  'callbacks.error.contactRequired': 'Enter a phone number or an e-mail address.',
  'callbacks.error.phoneInvalid':
    'This phone number is not right. Use for example 06-12345678, 020 123 4567 or +32 470 12 34 56.',
  'callbacks.error.emailInvalid': 'This e-mail address is not right, e.g. name@example.nl.',
  'callbacks.error.questionRequired': "Describe the citizen's question.",
  'callbacks.error.assigneeRequired': 'Choose a colleague or a team.',
  'callbacks.error.madeAtInvalid':
    'The time of the request lies in the future. Clear the draft and start again.',
  'callbacks.error.tooLong': 'At most {max} characters.',

  'callbacks.substitute.label':
    '{name} is absent until after the due date ({back}). Where should the callback request go?',
  'callbacks.substitute.labelBeforeDue':
    '{name} will be absent before the due date ({back}). Where should the callback request go?',
  'callbacks.substitute.back': 'back {date}',
  'callbacks.substitute.backUnknown': 'end unknown',
  'callbacks.substitute.acceptMailbox': 'To the general mailbox of {team}: {mailbox} (recommended)',
  'callbacks.substitute.nobody':
    'No substitute and no general mailbox is known; choose a colleague or team yourself.',
  'callbacks.substitute.accept': 'To the substitute: {name} (recommended)',
  'callbacks.substitute.decline': 'To {name} anyway',

  'callbacks.outbox.title': 'Saving',
  'callbacks.outbox.saving': 'Callback request for {name}: saving…',
  'callbacks.outbox.notSaved': 'Callback request for {name}: not saved yet — next try at {time}',
  'callbacks.outbox.notifyPending':
    'Callback request for {name}: saved, notification not sent yet — next try at {time}',
  'callbacks.outbox.saved': 'Callback request for {name}: saved',
  'callbacks.outbox.savedNotNotified':
    'Callback request for {name}: saved, but the notification could not be sent',
  'callbacks.outbox.savedEmailedInstead':
    'Callback request for {name}: saved; the Teams notification could not be delivered (app not installed), so it was sent by e-mail',
  'callbacks.outbox.retryNow': 'Try again now',

  'callbacks.mine.title': 'My callback requests',
  'callbacks.mine.empty': 'No open callback requests for you or your team.',

  'callbacks.card.overdue': 'Overdue: due {date}',
  'callbacks.card.dueToday': 'Call back today',
  'callbacks.card.due': 'Due {date}',
  'callbacks.card.call': 'Call {name}: {number}',
  'callbacks.card.for': 'For {name}',
  'callbacks.card.forTeam': 'For team {team}, not taken on yet',
  'callbacks.card.preferredTime': 'Preferred time: {time}',
  'callbacks.card.attempts': 'Attempts ({count})',
  'callbacks.card.redacted': 'Personal data removed',
  'callbacks.card.claim': 'Take on',
  'callbacks.card.claimed': 'You have taken this request on.',
  'callbacks.card.alreadyClaimed': 'Already taken on by {name}.',
  'callbacks.card.conflictBy':
    '{name} changed this request in the meantime ({at}): {parts}. Below is how it stands now; your change was not saved.',
  'callbacks.part.status': 'status',
  'callbacks.part.assignee': 'assigned to',
  'callbacks.part.team': 'team',
  'callbacks.part.claimed': 'taken on by',
  'callbacks.part.attempts': 'attempts',
  'callbacks.part.due': 'call back by',
  'callbacks.part.outcome': 'outcome',
  'callbacks.part.citizen': "the resident's details",
  'callbacks.card.conflict':
    'Someone else changed this request in the meantime; below is how it stands now.',
  'callbacks.card.failed': 'That did not work. Please try again.',
  'callbacks.card.logAttempt': 'Log attempt',
  'callbacks.card.close': 'Close',
  'callbacks.card.closeOnBehalf': 'Close on behalf of {name}',
  'callbacks.card.closedNotice': 'The callback request has been closed.',
  'callbacks.card.reassign': 'Reassign',
  'callbacks.card.suggestClose':
    'Three attempts without reaching the citizen. Close as not reached?',
  'callbacks.card.closeNotReached': 'Close as not reached',
  'callbacks.card.notReachedNote': 'Not reached after three attempts.',

  'callbacks.outcome.reached': 'Reached',
  'callbacks.outcome.noAnswer': 'No answer',
  'callbacks.outcome.voicemail': 'Voicemail',
  'callbacks.outcome.wrongNumber': 'Wrong number',
  'callbacks.outcome.emailed': 'E-mailed',

  'callbacks.attempt.outcome': 'Outcome of the attempt',
  'callbacks.attempt.note': 'Note (optional)',
  'callbacks.attempt.save': 'Save attempt',
  'callbacks.attempt.saved': 'The attempt has been logged.',

  'callbacks.close.status': 'Close as',
  'callbacks.close.note': 'Outcome (optional)',
  'callbacks.close.save': 'Close callback request',

  'callbacks.status.open': 'Open',
  'callbacks.status.done': 'Done',
  'callbacks.status.cancelled': 'Cancelled',

  'callbacks.reassign.to': 'Assign to',
  'callbacks.reassign.choose': '— choose —',
  'callbacks.reassign.mailbox': 'Team mailbox ({mailbox})',
  'callbacks.reassign.save': 'Save assignment',
  'callbacks.reassign.saved': 'The callback request has been reassigned.',
  'callbacks.reassign.savedNotified':
    'The callback request has been assigned to {name}, who has been notified.',
  'callbacks.reassign.savedEmailedInstead':
    'The callback request has been assigned to {name}; the Teams notification could not be delivered (app not installed), so it was sent by e-mail.',
  'callbacks.reassign.savedNotNotified':
    'The callback request has been assigned to {name}, but the notification could not be sent. It is in the list of {name} all the same.',

  'callbacks.team.title': "My team's callback requests",
  'callbacks.team.choose': 'Team',
  'callbacks.team.noTeam': 'You are not the team leader of any team.',
  'callbacks.team.empty': 'No callback requests in this list.',
  'callbacks.team.tab.open': 'Open ({count})',
  'callbacks.team.tab.dueSoon': 'Due soon ({count})',
  'callbacks.team.tab.overdue': 'Overdue ({count})',
  'callbacks.team.tab.done': 'Done, last {days} days ({count})',
  'callbacks.form.otherDraft': 'There is still a draft for {target}.',
  'callbacks.form.continueDraft': 'Continue the draft for {target}',
  'callbacks.form.newFor': 'New for {target}',
  'callbacks.form.newRequest': 'New callback request',
  'callbacks.stale':
    'This list is not up to date: {what} could not be fetched ({reason}). You see the list as it was at {time}; the number of open requests is unknown.',
  'callbacks.loadFailedWhat':
    'The callback requests could not be loaded: {what} could not be fetched ({reason}). Please try again shortly.',
  'callbacks.part.assigned': 'your own requests',
  'callbacks.part.teamQueue': "your team's requests",
  'callbacks.part.both': "your own and your team's requests",
  'callbacks.part.unknown': 'the list',
  'callbacks.reason.throttled': 'Microsoft 365 asks to wait a moment',
  'callbacks.reason.offline': 'no connection',
  'callbacks.reason.refused': 'refused, code {status}',
  'callbacks.reason.unavailable': 'temporarily unavailable, code {status}',
  'callbacks.card.closedFor': 'The callback request of {name} has been closed.',
  'callbacks.card.takenBy':
    'The callback request of {citizen} was already taken on by {name}; it is no longer in your list.',
  'callbacks.card.goneFromList':
    'The callback request of {citizen} has changed meanwhile and is no longer in your list.',
  'callbacks.form.saveShortcut': 'Ctrl+Enter saves, also from the question.',
  'callbacks.card.closedAt.done': 'Done on {date}',
  'callbacks.card.closedAt.cancelled': 'Cancelled on {date}',
  'callbacks.card.closedAtBy.done': 'Done on {date} by {name}',
  'callbacks.card.closedAtBy.cancelled': 'Cancelled on {date} by {name}',
  'callbacks.reassign.absentMember': '{name} (absent)',
};

export const callbacksMessages = { nl, en };
