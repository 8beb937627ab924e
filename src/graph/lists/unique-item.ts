// Creating an item under a unique key column (enforced by SharePoint), so that a retry or a second writer at the same
// moment never makes a second one: on 409, or on no answer or a 5xx (the item may have been stored before the answer
// was lost), the item with the key is looked up once and returned instead.
import type { Client } from '@microsoft/microsoft-graph-client';
import type { ListItem } from '@microsoft/microsoft-graph-types';
import type { ListSpec } from '../../../schema/lists';
import { toGraphRequestError } from '../client';
import { recordFromListItem } from './list-records';
import type { ListRecord } from './list-records';
import { siteSegment } from './site-locator';
import type { SiteLocator } from './site-locator';

/** 'created': this call stored it; 'alreadyThere': a 409, another write stored it; 'afterLostAnswer': found after no answer or a 5xx, by this call or another. */
export type UniqueItemOutcome = 'created' | 'alreadyThere' | 'afterLostAnswer';

/**
 * POSTs `fields` to the list; see the file comment for what happens when that is refused or unanswered.
 * @example (await createUniqueItem(client, site, remindersList, fields, toStored, findByKey)).outcome // 'created'
 */
export async function createUniqueItem<S extends ListSpec, T>(
  client: Client,
  site: SiteLocator,
  spec: S,
  fields: Record<string, unknown>,
  toStored: (record: ListRecord<S>) => T | null,
  findExisting: () => Promise<T | null>,
): Promise<{ outcome: UniqueItemOutcome; stored: T }> {
  let created: ListItem;
  try {
    created = (await client
      .api(`${siteSegment(site)}/lists/${encodeURIComponent(spec.name)}/items`)
      .post({ fields })) as ListItem;
  } catch (error) {
    const failure = toGraphRequestError(error);
    if (failure.status === 0 || failure.status === 409 || failure.status >= 500) {
      const stored = await findExisting().catch(() => null);
      if (stored !== null)
        return { outcome: failure.status === 409 ? 'alreadyThere' : 'afterLostAnswer', stored };
    }
    throw error;
  }
  const record = recordFromListItem(spec, created);
  const stored = record === null ? null : toStored(record);
  if (stored === null) throw new Error(`The list ${spec.name} did not return the created item.`);
  return { outcome: 'created', stored };
}
