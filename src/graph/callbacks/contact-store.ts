// Storing a contact (a call's outcome) in the contacts list: one POST, idempotent by the unique ContactId column.
// Scopes: Sites.ReadWrite.All (or Sites.Selected with write on the site), as for callback requests.
import type { Client } from '@microsoft/microsoft-graph-client';
import type { ListItem } from '@microsoft/microsoft-graph-types';
import { contactsList } from '../../../schema/lists';
import type { Contact } from '../../domain/contacts';
import { contactOutcomeFrom } from '../../domain/contacts';
import { toGraphRequestError } from '../client';
import {
  fieldsForListItem,
  listRecords,
  odataString,
  recordFromListItem,
  siteSegment,
} from '../lists';
import type { ListFields, ListRecord, SiteLocator } from '../lists';

export type ContactFields = ListFields<typeof contactsList>;

/** A contact as the list's fields. */
export function fieldsForContact(contact: Contact): ContactFields {
  return {
    Title: contact.id,
    ContactId: contact.id,
    RecordedAt: contact.recordedAt,
    AgentId: contact.agentId,
    PersonId: contact.personId,
    Team: contact.team,
    Outcome: contact.outcome,
    CallbackRequestId: contact.callbackRequestId,
  };
}

/**
 * A stored contact; null when the outcome is not one the app knows (a hand-edited row is skipped, not guessed).
 * @example contactFromRecord(record)?.outcome // 'answered'
 */
export function contactFromRecord(record: ListRecord<typeof contactsList>): Contact | null {
  const { fields } = record;
  const outcome = contactOutcomeFrom(fields.Outcome);
  if (outcome === null) return null;
  return {
    id: fields.ContactId,
    recordedAt: fields.RecordedAt,
    agentId: fields.AgentId,
    personId: fields.PersonId,
    team: fields.Team,
    outcome,
    callbackRequestId: fields.CallbackRequestId,
  };
}

/** A list item (fields expanded) as a contact; null when it cannot be read. */
export function contactFromListItem(item: ListItem): Contact | null {
  const record = recordFromListItem(contactsList, item);
  return record === null ? null : contactFromRecord(record);
}

const contactItemsPath = (site: SiteLocator): string =>
  `${siteSegment(site)}/lists/${encodeURIComponent(contactsList.name)}/items`;

/** The stored contact with this id, if any (ContactId is indexed and unique). */
export async function findContact(
  client: Client,
  site: SiteLocator,
  contactId: string,
): Promise<Contact | null> {
  const records = await listRecords(client, site, contactsList, {
    filter: `fields/ContactId eq ${odataString(contactId)}`,
    top: 1,
  });
  const [record] = records;
  return record === undefined ? null : contactFromRecord(record);
}

/**
 * Stores a contact with one request. Storing it again is refused by the list (ContactId is unique: 409), which
 * means it is there. When the answer is lost or refused otherwise, it is looked up once: found, it is stored;
 * not found, the error goes back to the outbox, which tries again later.
 * @example await saveContact(client, site, contact) // 'created'; a retry: 'existing'
 */
export async function saveContact(
  client: Client,
  site: SiteLocator,
  contact: Contact,
): Promise<'created' | 'existing'> {
  try {
    await client
      .api(contactItemsPath(site))
      .post({ fields: fieldsForListItem(contactsList, fieldsForContact(contact)) });
    return 'created';
  } catch (error) {
    const failure = toGraphRequestError(error);
    if (failure.status === 409) return 'existing';
    // Throttled: nothing was stored; wait as Graph asks, without another request now.
    if (failure.status === 429) throw error;
    const stored = await findContact(client, site, contact.id).catch(() => null);
    if (stored !== null) return 'existing';
    throw error;
  }
}
