// The coordinator's reminders about the monitor's signals, and the weekly measurements of calendar sharing.
import type { ListSpec } from './list-spec';

/**
 * Reminders sent from the monitor ("agenda niet gedeeld", "geen werktijden"), one item per person per send. The
 * monitor reads the last 7 days (SentAt, indexed: a week of reminders stays far below the list view threshold) to
 * send nobody a second reminder about the same thing within a week. ReminderId is unique, so a retried send finds
 * what it recorded instead of sending twice.
 * Written by the coordinators, who send them; read by them and the team leaders (who see the monitor). It names
 * colleagues, so not all staff.
 */
export const remindersList = {
  key: 'reminders',
  name: 'BereikbaarHerinneringen',
  displayName: 'Bereikbaar herinneringen',
  description:
    'Reminders the front-office coordinator sent to colleagues about their calendar sharing or working hours.',
  permissions: [
    { principal: 'teamLeaders', level: 'read' },
    { principal: 'coordinators', level: 'contribute' },
  ],
  versioning: 'on',
  columns: [
    // Title is required by SharePoint; it holds the colleague's name, for people reading the list in SharePoint.
    {
      name: 'Title',
      displayName: 'Collega',
      kind: 'text',
      required: 'required',
      indexed: 'notIndexed',
      maxLength: 255,
    },
    {
      name: 'ReminderId',
      displayName: 'Herinnering-id',
      kind: 'text',
      required: 'required',
      indexed: 'indexed',
      uniqueValues: 'enforced',
      maxLength: 160,
    },
    {
      name: 'PersonId',
      displayName: 'Collega-id',
      kind: 'text',
      required: 'required',
      indexed: 'indexed',
      maxLength: 64,
    },
    {
      name: 'Topic',
      displayName: 'Onderwerp',
      kind: 'choice',
      required: 'required',
      indexed: 'notIndexed',
      choices: ['calendarNotShared', 'workingHoursMissing'],
    },
    {
      name: 'SentAt',
      displayName: 'Verstuurd op',
      kind: 'dateTime',
      required: 'required',
      indexed: 'indexed',
    },
    {
      name: 'SentById',
      displayName: 'Verstuurd door',
      kind: 'text',
      required: 'required',
      indexed: 'notIndexed',
      maxLength: 64,
    },
    // 'sending': recorded, not yet known to be sent (counts as reminded: never a second one after a lost answer);
    // 'failed': Graph refused it, nothing was sent (does not count).
    {
      name: 'Outcome',
      displayName: 'Resultaat',
      kind: 'choice',
      required: 'required',
      indexed: 'notIndexed',
      choices: ['sending', 'teamsActivity', 'email', 'failed'],
    },
  ],
} as const satisfies ListSpec;

/**
 * Per team and ISO week, how many calendars the monitor could read and how many show titles to colleagues: the
 * weekly trend of calendar sharing comes from these measurements only. Recorded when a coordinator opens the monitor
 * (the last measurement of a week counts); SnapshotId (week and team) is unique, so one item per team and week.
 * Read on Week (indexed): 25 teams × a year of weeks stays far below the list view threshold.
 * Written by the coordinators (the monitor records it when they open it); read by them and the team leaders. Counts
 * only, no names.
 */
export const sharingSnapshotsList = {
  key: 'sharingSnapshots',
  name: 'BereikbaarAgendaDeling',
  displayName: 'Bereikbaar agendadeling per week',
  description:
    "Per team and week: how many colleagues' calendars show titles to colleagues, as measured by the monitor.",
  permissions: [
    { principal: 'teamLeaders', level: 'read' },
    { principal: 'coordinators', level: 'contribute' },
  ],
  versioning: 'on',
  columns: [
    {
      name: 'Title',
      displayName: 'Team',
      kind: 'text',
      required: 'required',
      indexed: 'notIndexed',
      maxLength: 255,
    },
    {
      name: 'SnapshotId',
      displayName: 'Meting-id',
      kind: 'text',
      required: 'required',
      indexed: 'indexed',
      uniqueValues: 'enforced',
      maxLength: 255,
    },
    {
      name: 'Week',
      displayName: 'Week',
      kind: 'text',
      required: 'required',
      indexed: 'indexed',
      maxLength: 8,
    },
    {
      name: 'Checked',
      displayName: 'Agenda’s gelezen',
      kind: 'number',
      required: 'required',
      indexed: 'notIndexed',
    },
    {
      name: 'Sharing',
      displayName: 'Met titels gedeeld',
      kind: 'number',
      required: 'required',
      indexed: 'notIndexed',
    },
    {
      name: 'RecordedAt',
      displayName: 'Gemeten op',
      kind: 'dateTime',
      required: 'required',
      indexed: 'notIndexed',
    },
  ],
} as const satisfies ListSpec;
