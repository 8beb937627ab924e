// Messages of the coordinator's reminders (the monitor's signals "agenda niet gedeeld" and "geen werktijden"), the
// reminder itself (Teams activity and e-mail), and the calendar-sharing share per team. Dutch first.
const nl = {
  'reminders.notice.activity.topic': 'Mijn bereikbaarheid',
  'reminders.notice.activity.action': 'regel het in Mijn bereikbaarheid',
  'reminders.notice.calendarNotShared.subject': 'open uw agenda voor collega’s',
  'reminders.notice.workingHoursMissing.subject': 'vul uw werktijden in Outlook in',
  'reminders.notice.mail.subject': 'Herinnering: {what}',
  'reminders.notice.mail.greeting': 'Beste {name},',
  'reminders.notice.calendarNotShared.body':
    'Het klantcontactpunt (KCP) ziet in uw agenda alleen of u vrij of bezet bent, niet waarmee. Zo kan het KCP tijdens een gesprek niet inschatten of het u kan doorverbinden. De gemeente heeft afgesproken dat iedereen de agenda openstelt voor collega’s; privé-afspraken blijven privé. Op de pagina Mijn bereikbaarheid doet u dat met één klik.',
  'reminders.notice.workingHoursMissing.body':
    'In Outlook staan voor u geen bruikbare werktijden. Daardoor weet het klantcontactpunt (KCP) niet wanneer u werkt en wanneer niet. Op de pagina Mijn bereikbaarheid ziet u wat Outlook nu heeft en hoe u het aanpast.',
  'reminders.notice.mail.link': 'Open Mijn bereikbaarheid',
  'reminders.notice.mail.noLink': 'Open Bereikbaar in Teams en kies Mijn bereikbaarheid.',
  'reminders.notice.mail.signature': 'Met vriendelijke groet, {name}, KCP-coördinator',

  'reminders.signal.workingHours.heading': 'Geen werktijden',
  'reminders.signal.workingHours.explain':
    'Van deze collega’s staan in Outlook geen werktijden, of werktijden van de hele dag (zoals 00:00–23:59). Dan kan het KCP “buiten werktijd” niet van “bereikbaar” onderscheiden. Vastgesteld uit dezelfde agenda-opvraag.',
  'reminders.signal.workingHours.none': 'Iedereen van wie de agenda te lezen is, heeft werktijden.',
  'reminders.signal.workingHours.caption':
    'Geen werktijden: {count, plural, one {# collega} other {# collega’s}}, per team',

  'reminders.form.calendarNotShared.legend': 'Herinnering sturen: agenda openstellen',
  'reminders.form.workingHoursMissing.legend': 'Herinnering sturen: werktijden invullen',
  'reminders.form.explain':
    'Via een Teams-melding (of per e-mail als de app niet is geïnstalleerd), met een link naar Mijn bereikbaarheid. Wie deze week al over hetzelfde is herinnerd, krijgt geen tweede.',
  'reminders.form.whom': 'Aan wie',
  'reminders.form.whom.person': 'Eén collega',
  'reminders.form.whom.team': 'Een team',
  'reminders.form.whom.everyone':
    'Iedereen in deze lijst ({count, plural, one {# collega} other {# collega’s}})',
  'reminders.form.person': 'Collega',
  'reminders.form.team': 'Team',
  'reminders.form.calendarNotShared.send': 'Herinnering agenda sturen',
  'reminders.form.workingHoursMissing.send': 'Herinnering werktijden sturen',
  'reminders.form.sending': 'Herinneringen worden verstuurd…',
  'reminders.form.retry': 'Niet verstuurde opnieuw proberen',
  'reminders.form.failed':
    'Er is niets verstuurd: de lijst met herinneringen kon niet worden gelezen ({message}). Probeer het opnieuw.',

  'reminders.result.summary':
    '{sent, plural, =0 {Niemand herinnerd} one {# collega herinnerd} other {# collega’s herinnerd}}; {skipped, plural, =0 {niemand overgeslagen} other {# overgeslagen}}; {failed, plural, =0 {alles gelukt} other {# niet verstuurd}}.',
  'reminders.result.sent.teamsActivity': '{name}: Teams-melding verstuurd',
  'reminders.result.sent.email': '{name}: e-mail verstuurd',
  'reminders.result.alreadySent': '{name}: al verstuurd bij deze herinnering',
  'reminders.result.skipped': '{name}: overgeslagen, al herinnerd op {day}',
  'reminders.result.unreachable':
    '{name}: niet verstuurd, de app is niet geïnstalleerd en er is geen e-mailadres',
  'reminders.result.failed': '{name}: niet verstuurd. {reason}',
  'reminders.result.details': 'Per collega',

  'sharing.heading': 'Agenda gedeeld met collega’s, per team',
  'sharing.explain':
    '“Nu” is het aandeel collega’s van wie de agenda titels en locaties aan collega’s toont, vastgesteld uit de agenda-opvraag van zojuist (agenda’s die niet te lezen waren tellen niet mee). Elke keer dat een KCP-coördinator de monitor opent, wordt deze meting per team bewaard; per week telt de laatste meting. De weken komen alleen uit die metingen: een week zonder meting blijft leeg, er wordt niets geschat.',
  'sharing.caption': 'Agenda gedeeld met collega’s per team: nu en per week',
  'sharing.column.now': 'Nu',
  'sharing.column.week': 'week {week}',
  'sharing.cell': '{share} ({sharing} van {checked})',
  'sharing.cell.none': 'geen agenda te lezen',
  'sharing.cell.noMeasurement': 'geen meting',
  'sharing.loading': 'De metingen van eerdere weken worden gelezen…',
  'sharing.trend.failed': 'De metingen van eerdere weken konden niet worden gelezen: {message}',
  'sharing.record.failed': 'De meting van nu kon niet worden bewaard: {message}',
};

const en = {
  'reminders.notice.activity.topic': 'My reachability',
  'reminders.notice.activity.action': 'arrange it in My reachability',
  'reminders.notice.calendarNotShared.subject': 'open your calendar to colleagues',
  'reminders.notice.workingHoursMissing.subject': 'fill in your working hours in Outlook',
  'reminders.notice.mail.subject': 'Reminder: {what}',
  'reminders.notice.mail.greeting': 'Dear {name},',
  'reminders.notice.calendarNotShared.body':
    'The front office (KCP) sees only whether you are free or busy in your calendar, not with what. During a call it cannot judge whether to put the caller through to you. The municipality agreed that everyone opens their calendar to colleagues; private appointments stay private. On the page My reachability you do that in one click.',
  'reminders.notice.workingHoursMissing.body':
    'Outlook has no usable working hours for you, so the front office (KCP) cannot tell when you work and when you do not. The page My reachability shows what Outlook has now and how to change it.',
  'reminders.notice.mail.link': 'Open My reachability',
  'reminders.notice.mail.noLink': 'Open Bereikbaar in Teams and choose My reachability.',
  'reminders.notice.mail.signature': 'Kind regards, {name}, front-office coordinator',

  'reminders.signal.workingHours.heading': 'No working hours',
  'reminders.signal.workingHours.explain':
    'These colleagues have no working hours in Outlook, or working hours for the whole day (such as 00:00–23:59). The front office then cannot tell “outside working hours” from “reachable”. Found from the same calendar read.',
  'reminders.signal.workingHours.none': 'Everyone whose calendar can be read has working hours.',
  'reminders.signal.workingHours.caption':
    'No working hours: {count, plural, one {# colleague} other {# colleagues}}, by team',

  'reminders.form.calendarNotShared.legend': 'Send a reminder: open the calendar',
  'reminders.form.workingHoursMissing.legend': 'Send a reminder: fill in working hours',
  'reminders.form.explain':
    'As a Teams notification (or by e-mail when the app is not installed), with a link to My reachability. Anyone already reminded of the same thing this week does not get a second one.',
  'reminders.form.whom': 'To whom',
  'reminders.form.whom.person': 'One colleague',
  'reminders.form.whom.team': 'A team',
  'reminders.form.whom.everyone':
    'Everyone in this list ({count, plural, one {# colleague} other {# colleagues}})',
  'reminders.form.person': 'Colleague',
  'reminders.form.team': 'Team',
  'reminders.form.calendarNotShared.send': 'Send calendar reminder',
  'reminders.form.workingHoursMissing.send': 'Send working hours reminder',
  'reminders.form.sending': 'Sending reminders…',
  'reminders.form.retry': 'Try the unsent ones again',
  'reminders.form.failed':
    'Nothing was sent: the list of reminders could not be read ({message}). Please try again.',

  'reminders.result.summary':
    '{sent, plural, =0 {Nobody reminded} one {# colleague reminded} other {# colleagues reminded}}; {skipped, plural, =0 {nobody skipped} other {# skipped}}; {failed, plural, =0 {all done} other {# not sent}}.',
  'reminders.result.sent.teamsActivity': '{name}: Teams notification sent',
  'reminders.result.sent.email': '{name}: e-mail sent',
  'reminders.result.alreadySent': '{name}: already sent with this reminder',
  'reminders.result.skipped': '{name}: skipped, already reminded on {day}',
  'reminders.result.unreachable':
    '{name}: not sent, the app is not installed and there is no e-mail address',
  'reminders.result.failed': '{name}: not sent. {reason}',
  'reminders.result.details': 'Per colleague',

  'sharing.heading': 'Calendars shared with colleagues, by team',
  'sharing.explain':
    '“Now” is the share of colleagues whose calendar shows titles and locations to colleagues, found from the calendar read just now (calendars that could not be read do not count). Each time a front-office coordinator opens the monitor, this measurement is kept per team; per week the last measurement counts. The weeks come from those measurements only: a week without one stays empty, nothing is estimated.',
  'sharing.caption': 'Calendars shared with colleagues by team: now and per week',
  'sharing.column.now': 'Now',
  'sharing.column.week': 'week {week}',
  'sharing.cell': '{share} ({sharing} of {checked})',
  'sharing.cell.none': 'no calendar readable',
  'sharing.cell.noMeasurement': 'no measurement',
  'sharing.loading': 'Reading the measurements of earlier weeks…',
  'sharing.trend.failed': 'The measurements of earlier weeks could not be read: {message}',
  'sharing.record.failed': 'The measurement of now could not be kept: {message}',
} as Record<keyof typeof nl, string>;

export const remindersMessages = { nl, en };
