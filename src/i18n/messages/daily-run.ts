// Messages of the daily job (`npm run daily`): the reminders, escalations and absences messages it sends, what it
// prints, and the monitor's "Laatste dagelijkse controle". Dutch first; English has every key.
export const dailyRunNl = {
  'daily.signature': 'Bereikbaar, dagelijkse controle',
  'daily.noLink': 'Open Bereikbaar in Teams of Outlook.',
  'daily.link.myCallbacks': 'Open Mijn terugbelverzoeken',
  'daily.link.teamCallbacks': 'Open Terugbelverzoeken van mijn team',
  'daily.link.myTeam': 'Open Mijn team',
  'daily.greeting.person': 'Beste {name},',
  'daily.greeting.team': 'Aan team {team},',

  'daily.reminder.subject':
    'Herinnering: {count, plural, one {# terugbelverzoek} other {# terugbelverzoeken}} vandaag of te laat',
  'daily.reminder.intro': 'Deze terugbelverzoeken moet u vandaag afhandelen of ze zijn al te laat:',
  'daily.mailbox.subject':
    'Herinnering: {count, plural, one {# terugbelverzoek} other {# terugbelverzoeken}} van {team} nog niet opgepakt',
  'daily.mailbox.intro':
    'Deze terugbelverzoeken van het team heeft nog niemand opgepakt; ze moeten vandaag worden afgehandeld of ze zijn al te laat:',
  'daily.escalation.subject':
    'Escalatie: {count, plural, one {# terugbelverzoek} other {# terugbelverzoeken}} van {team}',
  'daily.escalation.intro':
    'Deze terugbelverzoeken van uw team zijn te laat, of al langer dan een werkdag door niemand opgepakt:',
  'daily.absences.subject':
    '{count, plural, one {# afwezigheid} other {# afwezigheden}} voorbij de verwachte einddatum',
  'daily.absences.intro':
    'Deze afwezigheden in uw team zijn voorbij de verwachte einddatum: weer aanwezig of verlengen?',

  'daily.item.late': 'te laat, uiterlijk {due}',
  'daily.item.dueToday': 'vandaag, uiterlijk {due}',
  'daily.item.unclaimed': 'nog niet opgepakt, gemaakt {made}',
  'daily.item.holder': 'bij {name}',
  'daily.item.team': 'team {team}',
  'daily.item.absence': '{name}: verwacht terug {until}',

  'daily.activity.topic.callbacks': 'Terugbelverzoeken',
  'daily.activity.topic.team': 'Mijn team',
  'daily.activity.reminder':
    'Herinnering: {count, plural, one {# terugbelverzoek} other {# terugbelverzoeken}} vandaag of te laat',
  'daily.activity.escalation':
    'Escalatie: {count, plural, one {# terugbelverzoek} other {# terugbelverzoeken}} van {team}',
  'daily.activity.absences':
    '{count, plural, one {# afwezigheid} other {# afwezigheden}} voorbij de verwachte einddatum',

  'daily.run.closed.weekend':
    '{date}: weekend. De dagelijkse controle verstuurt en verwijdert niets.',
  'daily.run.closed.statutoryHoliday':
    '{date}: {holiday}, een feestdag. De dagelijkse controle verstuurt en verwijdert niets.',
  'daily.run.closed.closingDay':
    '{date}: een sluitingsdag (BRK_CLOSING_DAYS). De dagelijkse controle verstuurt en verwijdert niets.',
  'daily.run.start': 'Dagelijkse controle {date} op {target}',
  'daily.run.dryRun': 'Proefdraai (--dry-run): er wordt niets verstuurd, verwijderd of vastgelegd.',
  'daily.run.already':
    '{count, plural, one {# bericht was} other {# berichten waren}} vandaag al verstuurd of vastgelegd.',
  'daily.run.would': 'Zou versturen: {what}',
  'daily.run.sent': 'Verstuurd ({channel}): {what}',
  'daily.run.nobody': 'Niet verstuurd, geen Teams-app en geen e-mailadres: {what}',
  'daily.run.failed':
    'Geweigerd door Microsoft 365 (de volgende run probeert het opnieuw): {what}: {message}',
  'daily.run.notKnownSent':
    'Niet zeker verstuurd (vastgelegd, maar het antwoord ontbrak); wordt niet nog eens verstuurd: {what}',
  'daily.run.retention.would':
    'Zou opschonen: persoonsgegevens van verzoeken afgesloten vóór {callbacks}, redenen van afwezigheden geëindigd vóór {reasons}.',
  'daily.run.retention.recorded': 'Bewaartermijn was vandaag al uitgevoerd; opnieuw gecontroleerd.',
  'daily.run.summary':
    'Samenvatting: {reminders} herinneringen, {escalations} escalaties, {absences} afwezigheidsmeldingen, {redacted} verzoeken opgeschoond, {reasons} redenen verwijderd.',
  'daily.run.summary.problems': 'Let op: {notKnownSent} niet zeker verstuurd, {failed} geweigerd.',
  'daily.run.stopped':
    'De dagelijkse controle is gestopt: {message} Wat hierboven als verstuurd staat, is verstuurd; de rest niet. Een nieuwe run vandaag verstuurt niets twee keer.',

  'daily.what.reminder.person':
    'herinnering aan {name} ({count, plural, one {# verzoek} other {# verzoeken}})',
  'daily.what.reminder.mailbox':
    'herinnering aan {mailbox} van {team} ({count, plural, one {# verzoek} other {# verzoeken}})',
  'daily.what.escalation':
    'escalatie aan {name} over {team} ({count, plural, one {# verzoek} other {# verzoeken}})',
  'daily.what.absences':
    'afwezigheden aan {name} ({count, plural, one {# afwezigheid} other {# afwezigheden}})',

  'daily.fail.directory.denied':
    'Microsoft Graph weigerde de gebruikers te lezen ({status}: {message}). Geef de app-registratie de toepassingsmachtiging User.Read.All (met beheerderstoestemming).',
  'daily.fail.site.denied':
    'SharePoint weigerde de lijsten van Bereikbaar ({status}: {message}). Geef de app Sites.Selected met schrijfrecht op de Bereikbaar-site (docs/deploy.md, de dagelijkse controle).',
  'daily.fail.site.missing':
    'Een lijst van Bereikbaar ontbreekt ({status}: {message}). Voer npm run provision uit en controleer BRK_SHAREPOINT_SITE.',
  'daily.fail.send.denied':
    'Microsoft 365 weigerde het versturen ({status}: {message}). Geef de app Mail.Send, beperkt tot de postbus in BRK_FRONT_OFFICE_MAILBOX, en TeamsActivity.Send (docs/deploy.md).',
  'daily.fail.send.mailbox':
    'BRK_FRONT_OFFICE_MAILBOX ({mailbox}) is geen postbus in deze tenant ({status}: {message}). Geef het adres van de postbus van het KCP.',
  'daily.fail.signIn': 'Aanmelden als de app lukte niet: {message}',
  'daily.fail.read':
    'Lezen uit Microsoft 365 lukte niet ({status}: {message}). Probeer het later opnieuw.',
  'daily.fail.other': 'Microsoft 365 antwoordde {status}: {message}',
  'daily.holiday.newYearsDay': 'Nieuwjaarsdag',
  'daily.holiday.goodFriday': 'Goede Vrijdag',
  'daily.holiday.easterMonday': 'Tweede Paasdag',
  'daily.holiday.kingsDay': 'Koningsdag',
  'daily.holiday.liberationDay': 'Bevrijdingsdag',
  'daily.holiday.ascensionDay': 'Hemelvaartsdag',
  'daily.holiday.whitMonday': 'Tweede Pinksterdag',
  'daily.holiday.christmasDay': 'Eerste Kerstdag',
  'daily.holiday.boxingDay': 'Tweede Kerstdag',
  'daily.monitor.label': 'Laatste dagelijkse controle',
  'daily.monitor.done':
    'Laatste dagelijkse controle: {when}, {reminders, plural, one {# herinnering} other {# herinneringen}}, {escalations, plural, one {# escalatie} other {# escalaties}}, {redacted, plural, one {# verzoek} other {# verzoeken}} opgeschoond',
  'daily.monitor.failed':
    'Laatste dagelijkse controle: {when} mislukt ({error}). Vraag de beheerder om de dagelijkse controle na te kijken.',
  'daily.monitor.running':
    'Laatste dagelijkse controle: {when} gestart en niet afgerond. Vraag de beheerder om de dagelijkse controle na te kijken.',
  'daily.monitor.problems':
    '{count, plural, one {# bericht} other {# berichten}} niet zeker verstuurd of geweigerd.',
  'daily.monitor.never':
    'De dagelijkse controle heeft nog niet gedraaid: er gaan geen herinneringen of escalaties uit en er wordt niets opgeschoond.',
  'daily.monitor.loading': 'Laatste dagelijkse controle wordt gelezen…',
  'daily.monitor.loadFailed': 'De laatste dagelijkse controle kon niet worden gelezen: {message}',
  'daily.monitor.today': 'vandaag {time}',
};
