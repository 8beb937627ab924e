// What the daily job (`npm run daily`) did: one item per message it sent or is sending, per removal it made, and per
// run, each under a unique key, so that a second run the same day finds what the first one did.
import type { ListSpec } from './list-spec';

/**
 * The daily job's record. RecordKey is unique (date + kind + recipient [+ request], or date + "run" + start): the
 * job writes an item as 'sending' BEFORE it sends, so a rerun after a crash never sends it again, and an item that
 * is still 'sending' is reported as not known to be sent (never silently skipped). RunDate (indexed) is the working
 * day in Amsterdam, so the job reads one day's items with one query; Kind (indexed) finds the runs for the monitor's
 * "Laatste dagelijkse controle" (one a working day: far below the list view threshold for decades).
 * Written by the job's application only (application access through the Sites.Selected grant on the site, which list
 * permissions do not limit); read by the coordinators and team leaders, who see the monitor. It names colleagues and
 * request ids, never citizens' personal data.
 */
export const dailyRunList = {
  key: 'dailyRun',
  name: 'BereikbaarDagelijkseControle',
  displayName: 'Bereikbaar dagelijkse controle',
  description:
    'What the daily job sent (reminders, escalations, absences past their end), removed (retention) and each run’s summary.',
  permissions: [
    { principal: 'teamLeaders', level: 'read' },
    { principal: 'coordinators', level: 'read' },
  ],
  versioning: 'on',
  columns: [
    // Title is required by SharePoint; it says in words what the item is, for people reading the list in SharePoint.
    {
      name: 'Title',
      displayName: 'Omschrijving',
      kind: 'text',
      required: 'required',
      indexed: 'notIndexed',
      maxLength: 255,
    },
    {
      name: 'RecordKey',
      displayName: 'Sleutel',
      kind: 'text',
      required: 'required',
      indexed: 'indexed',
      uniqueValues: 'enforced',
      maxLength: 255,
    },
    {
      name: 'RunDate',
      displayName: 'Werkdag',
      kind: 'text',
      required: 'required',
      indexed: 'indexed',
      maxLength: 10,
    },
    {
      name: 'Kind',
      displayName: 'Soort',
      kind: 'choice',
      required: 'required',
      indexed: 'indexed',
      choices: [
        'reminder',
        'escalation',
        'absences',
        'callbackRetention',
        'reasonRetention',
        'run',
      ],
    },
    // A person's id, or a team's general mailbox; empty for removals and runs.
    {
      name: 'Recipient',
      displayName: 'Ontvanger',
      kind: 'text',
      required: 'optional',
      indexed: 'notIndexed',
      maxLength: 255,
    },
    // The request or absence ids the message is about, comma-separated (ids only, no personal data).
    {
      name: 'Subjects',
      displayName: 'Verzoeken of afwezigheden',
      kind: 'multilineText',
      required: 'optional',
      indexed: 'notIndexed',
    },
    // 'sending': recorded, not yet known to be sent; 'failed': refused, nothing sent (a rerun tries again);
    // 'done': a removal or a run that finished; 'runFailed': a run that stopped on an error.
    {
      name: 'Outcome',
      displayName: 'Resultaat',
      kind: 'choice',
      required: 'required',
      indexed: 'notIndexed',
      choices: ['sending', 'teamsActivity', 'email', 'failed', 'nobody', 'done', 'runFailed'],
    },
    // Removals: how many; runs: the summary as JSON (see src/graph/daily-run).
    {
      name: 'Count',
      displayName: 'Aantal',
      kind: 'number',
      required: 'optional',
      indexed: 'notIndexed',
    },
    {
      name: 'Summary',
      displayName: 'Samenvatting',
      kind: 'multilineText',
      required: 'optional',
      indexed: 'notIndexed',
    },
    {
      name: 'RecordedAt',
      displayName: 'Vastgelegd op',
      kind: 'dateTime',
      required: 'required',
      indexed: 'notIndexed',
    },
  ],
} as const satisfies ListSpec;
