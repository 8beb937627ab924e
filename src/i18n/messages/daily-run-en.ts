// English of messages/daily-run.ts, in the English chunk with en.ts: a Dutch reader never fetches it.
import type { dailyRunNl } from './daily-run';

export const dailyRunEn: Record<keyof typeof dailyRunNl, string> = {
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
};
