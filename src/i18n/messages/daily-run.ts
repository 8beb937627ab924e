// Messages of the daily job (`npm run daily`): the reminders, escalations and absences messages it sends, what it
// prints, and the monitor's "Laatste dagelijkse controle". Dutch first; English has every key.
const nl = {
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

const en = {
  'daily.signature': 'Bereikbaar, daily check',
  'daily.noLink': 'Open Bereikbaar in Teams or Outlook.',
  'daily.link.myCallbacks': 'Open My callback requests',
  'daily.link.teamCallbacks': "Open My team's callback requests",
  'daily.link.myTeam': 'Open My team',
  'daily.greeting.person': 'Dear {name},',
  'daily.greeting.team': 'To team {team},',

  'daily.reminder.subject':
    'Reminder: {count, plural, one {# callback request} other {# callback requests}} due today or late',
  'daily.reminder.intro': 'These callback requests are due today or already late:',
  'daily.mailbox.subject':
    'Reminder: {count, plural, one {# callback request} other {# callback requests}} of {team} not taken on',
  'daily.mailbox.intro':
    "Nobody has taken these of the team's callback requests on yet; they are due today or already late:",
  'daily.escalation.subject':
    'Escalation: {count, plural, one {# callback request} other {# callback requests}} of {team}',
  'daily.escalation.intro':
    "These of your team's callback requests are late, or nobody has taken them on for more than a working day:",
  'daily.absences.subject':
    '{count, plural, one {# absence} other {# absences}} past the expected end',
  'daily.absences.intro':
    'These absences in your team are past their expected end: back at work, or extend?',

  'daily.item.late': 'late, due {due}',
  'daily.item.dueToday': 'today, due {due}',
  'daily.item.unclaimed': 'not taken on, made {made}',
  'daily.item.holder': 'with {name}',
  'daily.item.team': 'team {team}',
  'daily.item.absence': '{name}: expected back {until}',

  'daily.activity.topic.callbacks': 'Callback requests',
  'daily.activity.topic.team': 'My team',
  'daily.activity.reminder':
    'Reminder: {count, plural, one {# callback request} other {# callback requests}} due today or late',
  'daily.activity.escalation':
    'Escalation: {count, plural, one {# callback request} other {# callback requests}} of {team}',
  'daily.activity.absences':
    '{count, plural, one {# absence} other {# absences}} past the expected end',

  'daily.run.closed.weekend': '{date}: weekend. The daily check sends and removes nothing.',
  'daily.run.closed.statutoryHoliday':
    '{date}: {holiday}, a public holiday. The daily check sends and removes nothing.',
  'daily.run.closed.closingDay':
    '{date}: a closing day (BRK_CLOSING_DAYS). The daily check sends and removes nothing.',
  'daily.run.start': 'Daily check {date} on {target}',
  'daily.run.dryRun': 'Dry run (--dry-run): nothing is sent, removed or recorded.',
  'daily.run.already':
    '{count, plural, one {# message was} other {# messages were}} already sent or recorded today.',
  'daily.run.would': 'Would send: {what}',
  'daily.run.sent': 'Sent ({channel}): {what}',
  'daily.run.nobody': 'Not sent, no Teams app and no e-mail address: {what}',
  'daily.run.failed': 'Refused by Microsoft 365 (the next run tries again): {what}: {message}',
  'daily.run.notKnownSent':
    'Not known to be sent (recorded, but the answer was missing); not sent again: {what}',
  'daily.run.retention.would':
    'Would clean up: personal data of requests closed before {callbacks}, reasons of absences ended before {reasons}.',
  'daily.run.retention.recorded': 'Retention already ran today; checked again.',
  'daily.run.summary':
    'Summary: {reminders} reminders, {escalations} escalations, {absences} absence messages, {redacted} requests cleaned up, {reasons} reasons deleted.',
  'daily.run.summary.problems': 'Note: {notKnownSent} not known to be sent, {failed} refused.',
  'daily.run.stopped':
    'The daily check stopped: {message} What is listed above as sent was sent; the rest was not. Another run today sends nothing twice.',

  'daily.what.reminder.person':
    'reminder to {name} ({count, plural, one {# request} other {# requests}})',
  'daily.what.reminder.mailbox':
    'reminder to {mailbox} of {team} ({count, plural, one {# request} other {# requests}})',
  'daily.what.escalation':
    'escalation to {name} about {team} ({count, plural, one {# request} other {# requests}})',
  'daily.what.absences': 'absences to {name} ({count, plural, one {# absence} other {# absences}})',

  'daily.fail.directory.denied':
    'Microsoft Graph refused to read the users ({status}: {message}). Give the app registration the application permission User.Read.All (with admin consent).',
  'daily.fail.site.denied':
    "SharePoint refused Bereikbaar's lists ({status}: {message}). Give the app Sites.Selected with write on the Bereikbaar site (docs/deploy.md, the daily check).",
  'daily.fail.site.missing':
    'A Bereikbaar list is missing ({status}: {message}). Run npm run provision and check BRK_SHAREPOINT_SITE.',
  'daily.fail.send.denied':
    'Microsoft 365 refused to send ({status}: {message}). Give the app Mail.Send, restricted to the mailbox in BRK_FRONT_OFFICE_MAILBOX, and TeamsActivity.Send (docs/deploy.md).',
  'daily.fail.send.mailbox':
    'BRK_FRONT_OFFICE_MAILBOX ({mailbox}) is not a mailbox in this tenant ({status}: {message}). Give the address of the front office mailbox.',
  'daily.fail.signIn': 'Signing in as the app failed: {message}',
  'daily.fail.read': 'Reading from Microsoft 365 failed ({status}: {message}). Try again later.',
  'daily.fail.other': 'Microsoft 365 answered {status}: {message}',
  'daily.holiday.newYearsDay': "New Year's Day",
  'daily.holiday.goodFriday': 'Good Friday',
  'daily.holiday.easterMonday': 'Easter Monday',
  'daily.holiday.kingsDay': "King's Day",
  'daily.holiday.liberationDay': 'Liberation Day',
  'daily.holiday.ascensionDay': 'Ascension Day',
  'daily.holiday.whitMonday': 'Whit Monday',
  'daily.holiday.christmasDay': 'Christmas Day',
  'daily.holiday.boxingDay': 'Boxing Day',
  'daily.monitor.label': 'Last daily check',
  'daily.monitor.done':
    'Last daily check: {when}, {reminders, plural, one {# reminder} other {# reminders}}, {escalations, plural, one {# escalation} other {# escalations}}, {redacted, plural, one {# request} other {# requests}} cleaned up',
  'daily.monitor.failed':
    'Last daily check: {when} failed ({error}). Ask the administrator to look at the daily check.',
  'daily.monitor.running':
    'Last daily check: {when} started and did not finish. Ask the administrator to look at the daily check.',
  'daily.monitor.problems':
    '{count, plural, one {# message} other {# messages}} not known to be sent or refused.',
  'daily.monitor.never':
    'The daily check has not run yet: no reminders or escalations go out and nothing is cleaned up.',
  'daily.monitor.loading': 'Reading the last daily check…',
  'daily.monitor.loadFailed': 'The last daily check could not be read: {message}',
  'daily.monitor.today': 'today {time}',
} as Record<keyof typeof nl, string>;

export const dailyRunMessages = { nl, en };
