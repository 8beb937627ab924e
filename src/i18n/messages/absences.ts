// Messages of the team leader's absences screen ("Mijn team"). Dutch first; English has every key.
const nl = {
  'absences.title': 'Mijn team',
  'absences.title.team': 'Mijn team: {name}',
  'absences.loading': 'Team wordt geladen…',
  'absences.load.failed':
    'Het team kon niet worden geladen: {message} Vernieuw de pagina om het opnieuw te proberen.',
  'absences.team.choose': 'Team',
  'absences.team.directReports': 'Mijn medewerkers',
  'absences.team.none':
    'U bent in Bereikbaar niet als teamleider van een team ingesteld en heeft geen medewerkers.',

  'absences.members.title': 'Teamleden ({count})',
  'absences.column.person': 'Medewerker',
  'absences.column.jobTitle': 'Functie',
  'absences.column.state': 'Nu',
  'absences.column.actions': 'Acties',
  'absences.column.substitutes': 'Vervangers',
  'absences.state.absentUntil': 'Afwezig tot {until}',
  'absences.state.absentOpen': 'Afwezig, einde onbekend',
  'absences.state.noAbsence': 'Geen afwezigheid gemeld',
  'absences.live.loading': 'Status wordt opgehaald…',
  'absences.live.failed': '(actuele status niet op te halen)',
  'absences.live.until.time': 'tot {time}',
  'absences.live.until.tomorrow': 'tot morgen {time}',
  'absences.live.until.date': 'tot {day}, {time}',
  'absences.live.back.time': 'terug om {time}',
  'absences.live.back.tomorrow': 'terug morgen {time}',
  'absences.live.back.date': 'terug {day}, {time}',
  'absences.live.until.unknown': 'einde onbekend',
  'absences.live.reason': 'reden: {reason}',

  'absences.action.register': 'Afwezigheid melden',
  'absences.action.register.label': 'Afwezigheid melden voor {name}',
  'absences.action.edit': 'Wijzigen',
  'absences.action.edit.label': 'Afwezigheid van {name} wijzigen',
  'absences.action.end': 'Weer aanwezig',
  'absences.action.end.label': '{name} is weer aanwezig',
  'absences.action.confirmBack': 'Bevestig: weer aanwezig',
  'absences.action.confirmBack.label': 'Bevestig: {name} weer aanwezig',
  'absences.action.extend': 'Verlengen',
  'absences.action.extend.label': 'Afwezigheid van {name} verlengen',
  'absences.action.handOverCallbacks': 'Open terugbelverzoeken overdragen aan vervanger',
  'absences.action.handOverCallbacks.label':
    'Open terugbelverzoeken overdragen aan vervanger: {name}',

  'absences.section.current': 'Nu afwezig',
  'absences.section.upcoming': 'Gepland',
  'absences.section.past': 'Afgelopen (60 dagen)',
  'absences.section.empty': 'Geen.',
  'absences.endedAt': 'Beëindigd {at}',
  'absences.substitutes': 'Telefoon: {calls} · Terugbellen: {callbacks}',
  'absences.substitute.none': 'niemand',
  'absences.substitute.mailbox': 'teammailbox {mailbox}',
  'absences.substitute.unknownPerson': 'onbekende collega',
  'absences.until.unknown': 'einde onbekend',
  'absences.list.loading': 'Afwezigheden worden geladen…',
  'absences.list.failed': 'De afwezigheden konden niet worden geladen: {message}',

  'absences.confirm.title': 'Verwachte einddatum verstreken',
  'absences.confirm.explain':
    'Deze collega’s tellen sinds hun verwachte einddatum weer als aanwezig. Bevestig dat ze terug zijn, of verleng de afwezigheid.',
  'absences.confirm.item': '{name}: verwacht terug {until}',
  'absences.confirm.itemOpen': '{name}: einde onbekend',

  'absences.kind.sick': 'Ziek',
  'absences.kind.leave': 'Verlof',
  'absences.kind.specialLeave': 'Bijzonder verlof',
  'absences.kind.training': 'Opleiding',
  'absences.kind.other': 'Overig',
  'absences.kind.notVisible': 'Reden niet zichtbaar',
  'absences.kind.missing': 'Reden ontbreekt',

  'absences.form.newTitle': 'Afwezigheid melden',
  'absences.form.editTitle': 'Afwezigheid van {name} wijzigen',
  'absences.form.save': 'Afwezigheid opslaan',
  'absences.form.saveChanges': 'Wijzigingen opslaan',
  'absences.form.cancel': 'Annuleren',
  'absences.field.person': 'Medewerker',
  'absences.field.person.choose': 'Kies een medewerker',
  'absences.field.kind': 'Soort afwezigheid',
  'absences.field.kind.leaderOnly':
    'Alleen de teamleider van dit team legt de reden vast en kan die zien. U meldt alleen dat de collega afwezig is.',
  'absences.field.kind.choose': 'Kies een soort',
  'absences.field.from': 'Vanaf',
  'absences.field.fromDate': 'Vanaf (datum)',
  'absences.field.fromTime': 'Vanaf (tijd)',
  'absences.field.until': 'Verwacht tot',
  'absences.field.until.unknown': 'Onbekend',
  'absences.field.until.date': 'Datum en tijd',
  'absences.field.untilDate': 'Verwacht tot (datum)',
  'absences.field.untilTime': 'Verwacht tot (tijd)',
  'absences.field.callsSubstitute': 'Vervanger voor telefoon',
  'absences.field.picker.hint': 'Typ een naam, team of onderwerp en kies met Enter.',
  'absences.field.callbacks': 'Terugbelverzoeken naar',
  'absences.field.callbacks.sameAsCalls': 'Dezelfde vervanger als voor telefoon',
  'absences.field.callbacks.person': 'Een andere collega',
  'absences.field.callbacks.teamMailbox': 'Algemene teammailbox ({mailbox})',
  'absences.field.callbacks.none': 'Niemand',
  'absences.field.callbacksSubstitute': 'Vervanger voor terugbelverzoeken',
  'absences.field.note': 'Toelichting voor het KCP',
  'absences.field.note.hint':
    '{count} van {max} tekens. Zichtbaar voor het KCP; noem de reden niet.',
  'absences.picker.none': 'Niemand gevonden voor “{query}”.',

  'absences.error.generic': 'Controleer dit veld.',
  'absences.error.person.required': 'Kies de medewerker die afwezig is.',
  'absences.error.kind.required': 'Kies de soort afwezigheid.',
  'absences.error.from.invalidDate': 'Vul een geldige begindatum in (dd-mm-jjjj).',
  'absences.error.from.invalidTime': 'Vul een geldige begintijd in (uu:mm).',
  'absences.error.from.overlaps':
    'Deze medewerker heeft in deze periode al een afwezigheid. Kies een andere periode of verleng de bestaande.',
  'absences.error.until.invalidDate':
    'Vul een geldige einddatum in (dd-mm-jjjj), of kies “Onbekend”.',
  'absences.error.until.invalidTime': 'Vul een geldige eindtijd in (uu:mm).',
  'absences.error.until.notAfterFrom':
    'Het einde moet na het begin liggen. Pas de datum of tijd aan.',
  'absences.error.substitute.isAbsentPerson':
    'De vervanger kan niet de afwezige zelf zijn. Kies een collega.',
  'absences.error.callbacks.required': 'Kies wie de terugbelverzoeken krijgt, of kies “Niemand”.',
  'absences.error.callbacks.mailboxInvalid': 'De teammailbox is geen geldig e-mailadres.',
  'absences.error.callbacks.tooLong': 'De teammailbox is te lang (maximaal 255 tekens).',
  'absences.error.note.tooLong': 'De toelichting is te lang: maximaal 500 tekens. Maak hem korter.',
  'absences.overlap.extend': 'Bestaande afwezigheid verlengen (nu tot {until})',
  'absences.overlap.extendOpen': 'Bestaande afwezigheid verlengen (nu einde onbekend)',
  'absences.warning.substituteAway':
    '{name} is dan zelf afwezig, terug op {until}. Kies eventueel een andere vervanger.',
  'absences.warning.substituteAwayUnknown':
    '{name} is dan zelf afwezig, terugkeer onbekend. Kies eventueel een andere vervanger.',

  'absences.conflict.title': 'Iemand anders heeft deze afwezigheid intussen gewijzigd',
  'absences.conflict.explain':
    'Uw wijzigingen zijn nog niet opgeslagen. Vergelijk beide versies (wijzigingen zijn gemarkeerd) en kies. Opslaan bewaart alleen wat u zelf wijzigde; wat de ander wijzigde blijft staan.',
  'absences.conflict.current': 'Huidige versie',
  'absences.conflict.mine': 'Uw wijzigingen',
  'absences.conflict.saveMine': 'Mijn wijzigingen opslaan',
  'absences.conflict.takeCurrent': 'Huidige versie overnemen',

  'absences.save.failed':
    'Opslaan is niet gelukt: {message} Uw invoer is bewaard; probeer het opnieuw.',
  'absences.save.reasonNotSaved': 'de reden kon niet worden vastgelegd, dus er is niets opgeslagen',
  'absences.save.notAllowed':
    'U mag geen afwezigheden melden of wijzigen: dat mogen alleen teamleiders en de KCP-coördinator. Er is niets opgeslagen. Vraag uw teamleider de afwezigheid te melden.',
  'absences.saved.created': 'Afwezigheid van {name} opgeslagen.',
  'absences.saved.created.mailed':
    'Afwezigheid van {name} opgeslagen. Het KCP is per e-mail geïnformeerd.',
  'absences.saved.created.mailFailed':
    'Afwezigheid van {name} opgeslagen, maar de e-mail aan het KCP kon niet worden verstuurd. Het KCP ziet de afwezigheid wel in Bereikbaar.',
  'absences.saved.updated': 'Afwezigheid van {name} gewijzigd.',
  'absences.ended': '{name} is weer aanwezig.',
  'absences.ended.conflict':
    'De afwezigheid van {name} is intussen door iemand anders gewijzigd en niet beëindigd. Bekijk de huidige versie hieronder.',
  'absences.ended.failed': 'Beëindigen van de afwezigheid van {name} is niet gelukt: {message}',
  'absences.ended.notAllowed':
    'De afwezigheid van {name} is niet beëindigd: alleen teamleiders en de KCP-coördinator mogen afwezigheden wijzigen.',
  'absences.callbacks.handedOver':
    '{count, plural, =0 {{name} had geen open terugbelverzoeken om over te dragen.} one {# open terugbelverzoek van {name} overgedragen aan de vervanger.} other {# open terugbelverzoeken van {name} overgedragen aan de vervanger.}}',
  'absences.callbacks.handedOverNotNotified':
    '{count, plural, one {# open terugbelverzoek} other {# open terugbelverzoeken}} van {name} overgedragen aan de vervanger; over {failed} daarvan kreeg de vervanger geen bericht, maar alle staan in de lijst van de vervanger.',
  'absences.callbacks.failed': 'Overdragen van de terugbelverzoeken is niet gelukt: {message}',
  'absences.conflict.fields.mine': 'Alleen door u gewijzigd: {fields}.',
  'absences.conflict.fields.theirs': 'Alleen door de ander gewijzigd, blijft staan: {fields}.',
  'absences.conflict.fields.both':
    'Door u allebei gewijzigd: {fields}. Bij opslaan geldt uw versie.',
  'absences.saved.updated.mailed':
    'Afwezigheid van {name} gewijzigd. Het KCP is per e-mail geïnformeerd.',
  'absences.saved.updated.mailFailed':
    'Afwezigheid van {name} gewijzigd, maar de e-mail aan het KCP kon niet worden verstuurd. Het KCP ziet de wijziging wel in Bereikbaar.',
  'absences.ended.mailed': '{name} is weer aanwezig. Het KCP is per e-mail geïnformeerd.',
  'absences.ended.mailFailed':
    '{name} is weer aanwezig, maar de e-mail aan het KCP kon niet worden verstuurd. Het KCP ziet het wel in Bereikbaar.',
  'absences.end.confirm.label': 'Afwezigheid van {name} beëindigen',
  'absences.end.confirm.question':
    'Afwezigheid nu beëindigen? Dit kan niet ongedaan worden gemaakt.',
  'absences.end.confirm.yes': 'Ja, {name} is weer aanwezig',
  'absences.end.confirm.no': 'Annuleren',
  'absences.picker.self': '{name} kan niet de eigen vervanger zijn.',
  'absences.error.substitute.unresolved':
    'Kies de vervanger uit de lijst: typ een deel van de naam en kies met de pijltjes en Enter.',
} satisfies Record<string, string>;

const en: Record<keyof typeof nl, string> = {
  'absences.title': 'My team',
  'absences.title.team': 'My team: {name}',
  'absences.loading': 'Loading the team…',
  'absences.load.failed': 'The team could not be loaded: {message} Reload the page to try again.',
  'absences.team.choose': 'Team',
  'absences.team.directReports': 'My direct reports',
  'absences.team.none':
    'You are not set up in Bereikbaar as the leader of a team and have no direct reports.',

  'absences.members.title': 'Team members ({count})',
  'absences.column.person': 'Colleague',
  'absences.column.jobTitle': 'Job title',
  'absences.column.state': 'Now',
  'absences.column.actions': 'Actions',
  'absences.column.substitutes': 'Substitutes',
  'absences.state.absentUntil': 'Absent until {until}',
  'absences.state.absentOpen': 'Absent, end unknown',
  'absences.state.noAbsence': 'No absence registered',
  'absences.live.loading': 'Fetching status…',
  'absences.live.failed': '(current status could not be fetched)',
  'absences.live.until.time': 'until {time}',
  'absences.live.until.tomorrow': 'until tomorrow {time}',
  'absences.live.until.date': 'until {day}, {time}',
  'absences.live.back.time': 'back at {time}',
  'absences.live.back.tomorrow': 'back tomorrow {time}',
  'absences.live.back.date': 'back {day}, {time}',
  'absences.live.until.unknown': 'end unknown',
  'absences.live.reason': 'reason: {reason}',

  'absences.action.register': 'Register absence',
  'absences.action.register.label': 'Register absence for {name}',
  'absences.action.edit': 'Edit',
  'absences.action.edit.label': 'Edit absence of {name}',
  'absences.action.end': 'Back at work',
  'absences.action.end.label': '{name} is back at work',
  'absences.action.confirmBack': 'Confirm: back at work',
  'absences.action.confirmBack.label': 'Confirm: {name} back at work',
  'absences.action.extend': 'Extend',
  'absences.action.extend.label': 'Extend absence of {name}',
  'absences.action.handOverCallbacks': 'Hand open callback requests over to the substitute',
  'absences.action.handOverCallbacks.label':
    'Hand open callback requests over to the substitute: {name}',

  'absences.section.current': 'Absent now',
  'absences.section.upcoming': 'Planned',
  'absences.section.past': 'Past (60 days)',
  'absences.section.empty': 'None.',
  'absences.endedAt': 'Ended {at}',
  'absences.substitutes': 'Calls: {calls} · Callbacks: {callbacks}',
  'absences.substitute.none': 'nobody',
  'absences.substitute.mailbox': 'team mailbox {mailbox}',
  'absences.substitute.unknownPerson': 'unknown colleague',
  'absences.until.unknown': 'end unknown',
  'absences.list.loading': 'Loading absences…',
  'absences.list.failed': 'The absences could not be loaded: {message}',

  'absences.confirm.title': 'Expected end has passed',
  'absences.confirm.explain':
    'These colleagues count as present again since their expected end. Confirm they are back, or extend the absence.',
  'absences.confirm.item': '{name}: expected back {until}',
  'absences.confirm.itemOpen': '{name}: end unknown',

  'absences.kind.sick': 'Sick',
  'absences.kind.leave': 'Leave',
  'absences.kind.specialLeave': 'Special leave',
  'absences.kind.training': 'Training',
  'absences.kind.other': 'Other',
  'absences.kind.notVisible': 'Reason not visible',
  'absences.kind.missing': 'Reason missing',

  'absences.form.newTitle': 'Register absence',
  'absences.form.editTitle': 'Edit absence of {name}',
  'absences.form.save': 'Save absence',
  'absences.form.saveChanges': 'Save changes',
  'absences.form.cancel': 'Cancel',
  'absences.field.person': 'Colleague',
  'absences.field.person.choose': 'Choose a colleague',
  'absences.field.kind': 'Kind of absence',
  'absences.field.kind.leaderOnly':
    "Only this team's leader records the reason and can see it. You only register that the colleague is away.",
  'absences.field.kind.choose': 'Choose a kind',
  'absences.field.from': 'From',
  'absences.field.fromDate': 'From (date)',
  'absences.field.fromTime': 'From (time)',
  'absences.field.until': 'Expected until',
  'absences.field.until.unknown': 'Unknown',
  'absences.field.until.date': 'Date and time',
  'absences.field.untilDate': 'Expected until (date)',
  'absences.field.untilTime': 'Expected until (time)',
  'absences.field.callsSubstitute': 'Substitute for calls',
  'absences.field.picker.hint': 'Type a name, team or topic and pick with Enter.',
  'absences.field.callbacks': 'Callback requests go to',
  'absences.field.callbacks.sameAsCalls': 'The same substitute as for calls',
  'absences.field.callbacks.person': 'Another colleague',
  'absences.field.callbacks.teamMailbox': 'Team mailbox ({mailbox})',
  'absences.field.callbacks.none': 'Nobody',
  'absences.field.callbacksSubstitute': 'Substitute for callback requests',
  'absences.field.note': 'Note for the front office',
  'absences.field.note.hint':
    '{count} of {max} characters. The front office sees it; do not state the reason.',
  'absences.picker.none': 'Nobody found for “{query}”.',

  'absences.error.generic': 'Check this field.',
  'absences.error.person.required': 'Choose the colleague who is absent.',
  'absences.error.kind.required': 'Choose the kind of absence.',
  'absences.error.from.invalidDate': 'Enter a valid start date (dd-mm-yyyy).',
  'absences.error.from.invalidTime': 'Enter a valid start time (hh:mm).',
  'absences.error.from.overlaps':
    'This colleague already has an absence in this period. Choose another period or extend the existing one.',
  'absences.error.until.invalidDate': 'Enter a valid end date (dd-mm-yyyy), or choose “Unknown”.',
  'absences.error.until.invalidTime': 'Enter a valid end time (hh:mm).',
  'absences.error.until.notAfterFrom': 'The end must be after the start. Change the date or time.',
  'absences.error.substitute.isAbsentPerson':
    'The substitute cannot be the absent colleague. Choose someone else.',
  'absences.error.callbacks.required': 'Choose who gets the callback requests, or choose “Nobody”.',
  'absences.error.callbacks.mailboxInvalid': 'The team mailbox is not a valid e-mail address.',
  'absences.error.callbacks.tooLong': 'The team mailbox is too long (at most 255 characters).',
  'absences.error.note.tooLong': 'The note is too long: at most 500 characters. Shorten it.',
  'absences.overlap.extend': 'Extend the existing absence (now until {until})',
  'absences.overlap.extendOpen': 'Extend the existing absence (now end unknown)',
  'absences.warning.substituteAway':
    '{name} is absent then too, back on {until}. Consider another substitute.',
  'absences.warning.substituteAwayUnknown':
    '{name} is absent then too, return unknown. Consider another substitute.',

  'absences.conflict.title': 'Someone else changed this absence in the meantime',
  'absences.conflict.explain':
    'Your changes have not been saved yet. Compare both versions (changes are highlighted) and choose. Saving keeps only what you changed yourself; what the other person changed stays.',
  'absences.conflict.current': 'Current version',
  'absences.conflict.mine': 'Your changes',
  'absences.conflict.saveMine': 'Save my changes',
  'absences.conflict.takeCurrent': 'Take the current version',

  'absences.save.failed': 'Saving failed: {message} What you typed is kept; try again.',
  'absences.save.reasonNotSaved': 'the reason could not be stored, so nothing was saved',
  'absences.save.notAllowed':
    'You may not register or change absences: only team leaders and the KCP coordinator may. Nothing was saved. Ask your team leader to register the absence.',
  'absences.saved.created': 'Absence of {name} saved.',
  'absences.saved.created.mailed':
    'Absence of {name} saved. The front office has been informed by e-mail.',
  'absences.saved.created.mailFailed':
    'Absence of {name} saved, but the e-mail to the front office could not be sent. The front office does see the absence in Bereikbaar.',
  'absences.saved.updated': 'Absence of {name} changed.',
  'absences.ended': '{name} is back at work.',
  'absences.ended.conflict':
    'The absence of {name} was changed by someone else in the meantime and has not been ended. See the current version below.',
  'absences.ended.failed': 'Ending the absence of {name} failed: {message}',
  'absences.ended.notAllowed':
    'The absence of {name} was not ended: only team leaders and the KCP coordinator may change absences.',
  'absences.callbacks.handedOver':
    '{count, plural, =0 {{name} had no open callback requests to hand over.} one {# open callback request of {name} handed over to the substitute.} other {# open callback requests of {name} handed over to the substitute.}}',
  'absences.callbacks.handedOverNotNotified':
    "{count, plural, one {# open callback request} other {# open callback requests}} of {name} handed over to the substitute; for {failed} of them the substitute could not be notified (they are in the substitute's list all the same).",
  'absences.callbacks.failed': 'Handing over the callback requests failed: {message}',
  'absences.conflict.fields.mine': 'Changed only by you: {fields}.',
  'absences.conflict.fields.theirs': 'Changed only by the other person, kept: {fields}.',
  'absences.conflict.fields.both': 'Changed by both of you: {fields}. Saving keeps your version.',
  'absences.saved.updated.mailed':
    'Absence of {name} changed. The front office has been informed by e-mail.',
  'absences.saved.updated.mailFailed':
    'Absence of {name} changed, but the e-mail to the front office could not be sent. The front office does see the change in Bereikbaar.',
  'absences.ended.mailed': '{name} is back at work. The front office has been informed by e-mail.',
  'absences.ended.mailFailed':
    '{name} is back at work, but the e-mail to the front office could not be sent. The front office does see it in Bereikbaar.',
  'absences.end.confirm.label': 'End the absence of {name}',
  'absences.end.confirm.question': 'End the absence now? This cannot be undone.',
  'absences.end.confirm.yes': 'Yes, {name} is back at work',
  'absences.end.confirm.no': 'Cancel',
  'absences.picker.self': '{name} cannot be their own substitute.',
  'absences.error.substitute.unresolved':
    'Choose the substitute from the list: type part of the name and choose with the arrow keys and Enter.',
};

export const absencesMessages = { nl, en };
