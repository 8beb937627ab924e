// The reminders the coordinator sent from the monitor, in their SharePoint list: read the last week (indexed SentAt),
// record one before sending (unique ReminderId: a retry finds it, never a second item), then its outcome.
// Scopes: Sites.ReadWrite.All (or Sites.Selected with write on the site).
import type { Client } from '@microsoft/microsoft-graph-client';
import { remindersList } from '../../../schema/lists';
import type { ReminderTopic } from '../../domain/reminders';
import type { Instant } from '../../domain/time';
import {
  createUniqueItem,
  dateRangeFilter,
  fieldsForListItem,
  listRecords,
  odataString,
  siteSegment,
} from '../lists';
import type { ListRecord, SiteLocator } from '../lists';

/** How a reminder went: 'sending' until the send is known to have gone out; 'failed': refused, nothing sent. */
export type ReminderOutcome = 'sending' | 'teamsActivity' | 'email' | 'failed';

/** One reminder as recorded in the list. */
export type StoredReminder = {
  itemId: string;
  eTag: string | null;
  reminderId: string;
  personId: string;
  personName: string;
  topic: ReminderTopic;
  sentAt: Instant;
  sentById: string;
  outcome: ReminderOutcome;
};

/** A reminder about to be sent. */
export type NewReminder = Omit<StoredReminder, 'itemId' | 'eTag' | 'outcome'>;

const topics: readonly ReminderTopic[] = ['calendarNotShared', 'workingHoursMissing'];
const outcomes: readonly ReminderOutcome[] = ['sending', 'teamsActivity', 'email', 'failed'];

const itemsPath = (site: SiteLocator): string =>
  `${siteSegment(site)}/lists/${encodeURIComponent(remindersList.name)}/items`;

/** A list record as a stored reminder; null for a hand-edited row with an unknown topic or outcome. */
export function storedReminderFrom(
  record: ListRecord<typeof remindersList>,
): StoredReminder | null {
  const { fields } = record;
  const topic = topics.find((candidate) => candidate === fields.Topic);
  const outcome = outcomes.find((candidate) => candidate === fields.Outcome);
  if (topic === undefined || outcome === undefined) return null;
  return {
    itemId: record.id,
    eTag: record.eTag,
    reminderId: fields.ReminderId,
    personId: fields.PersonId,
    personName: fields.Title,
    topic,
    sentAt: fields.SentAt,
    sentById: fields.SentById,
    outcome,
  };
}

const storedFrom = (records: ListRecord<typeof remindersList>[]): StoredReminder[] =>
  records
    .map(storedReminderFrom)
    .filter((reminder): reminder is StoredReminder => reminder !== null);

/**
 * Every reminder recorded in [from, to): one indexed range on SentAt, every page.
 * @example await readRemindersBetween(client, site, weekAgo, now) // [{ personId: 'p1', topic: 'calendarNotShared', … }]
 */
export async function readRemindersBetween(
  client: Client,
  site: SiteLocator,
  from: Instant,
  to: Instant,
): Promise<StoredReminder[]> {
  return storedFrom(
    await listRecords(client, site, remindersList, {
      filter: dateRangeFilter('SentAt', { from, to }),
    }),
  );
}

/** The reminder with this id, or null. */
export async function findReminder(
  client: Client,
  site: SiteLocator,
  reminderId: string,
): Promise<StoredReminder | null> {
  const [found] = storedFrom(
    await listRecords(client, site, remindersList, {
      filter: `fields/ReminderId eq ${odataString(reminderId)}`,
      top: 1,
    }),
  );
  return found ?? null;
}

/**
 * Records a reminder as 'sending' before it is sent, idempotently: an existing item with the same id is returned as
 * it is ('existing'), so a retry of the same send learns what the first try did. Two tries at the same moment cannot
 * both create one: ReminderId is unique in the list (409 → the other's item).
 * @example (await recordReminder(client, site, reminder)).outcome // 'created', then 'existing' on a retry
 */
export async function recordReminder(
  client: Client,
  site: SiteLocator,
  reminder: NewReminder,
): Promise<{ outcome: 'created' | 'existing'; reminder: StoredReminder }> {
  const existing = await findReminder(client, site, reminder.reminderId);
  if (existing !== null) return { outcome: 'existing', reminder: existing };
  const { outcome, stored } = await createUniqueItem(
    client,
    site,
    remindersList,
    fieldsForListItem(remindersList, {
      Title: reminder.personName,
      ReminderId: reminder.reminderId,
      PersonId: reminder.personId,
      Topic: reminder.topic,
      SentAt: reminder.sentAt,
      SentById: reminder.sentById,
      Outcome: 'sending',
    }),
    storedReminderFrom,
    () => findReminder(client, site, reminder.reminderId),
  );
  // Found after a lost answer: this try's own item, most likely; only a 409 says another try stored it.
  return { outcome: outcome === 'alreadyThere' ? 'existing' : 'created', reminder: stored };
}

/**
 * Writes how the send went. Only the Outcome column changes, so no eTag is needed: nobody else edits a reminder.
 * @example await setReminderOutcome(client, site, stored, 'teamsActivity')
 */
export async function setReminderOutcome(
  client: Client,
  site: SiteLocator,
  reminder: StoredReminder,
  outcome: ReminderOutcome,
): Promise<StoredReminder> {
  await client
    .api(`${itemsPath(site)}/${encodeURIComponent(reminder.itemId)}/fields`)
    .patch(fieldsForListItem(remindersList, { Outcome: outcome }));
  return { ...reminder, outcome };
}
