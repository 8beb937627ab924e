// The weekly measurements of calendar sharing per team, in their SharePoint list: one item per team and ISO week
// (unique SnapshotId), updated while the week lasts, read on the indexed Week column.
// Scopes: Sites.ReadWrite.All (or Sites.Selected with write on the site).
import type { Client } from '@microsoft/microsoft-graph-client';
import { sharingSnapshotsList } from '../../../schema/lists';
import type { IsoWeek, SharingSnapshot } from '../../domain/figures';
import { instantFromEpochMs } from '../../domain/time';
import { toGraphRequestError } from '../client';
import { fieldsForListItem, listRecords, odataString, siteSegment } from '../lists';
import type { ListRecord, SiteLocator } from '../lists';

const itemsPath = (site: SiteLocator): string =>
  `${siteSegment(site)}/lists/${encodeURIComponent(sharingSnapshotsList.name)}/items`;

/**
 * The unique id of a team's measurement in a week.
 * @example snapshotIdOf('2026-W49', 'Burgerzaken') // '2026-W49|Burgerzaken'
 */
export const snapshotIdOf = (week: IsoWeek, team: string): string => `${week}|${team}`;

const snapshotFrom = (
  record: ListRecord<typeof sharingSnapshotsList>,
): SharingSnapshot & { itemId: string } => ({
  itemId: record.id,
  team: record.fields.Title,
  week: record.fields.Week as IsoWeek,
  checked: record.fields.Checked,
  sharing: record.fields.Sharing,
  recordedAt: record.fields.RecordedAt,
});

/**
 * The measurements of the weeks from `fromWeek` on (ISO week texts sort in time order): one indexed range, every page.
 * @example await readSharingSnapshots(client, site, '2026-W37') // [{ team: 'Burgerzaken', week: '2026-W37', … }]
 */
export async function readSharingSnapshots(
  client: Client,
  site: SiteLocator,
  fromWeek: IsoWeek,
): Promise<SharingSnapshot[]> {
  const records = await listRecords(client, site, sharingSnapshotsList, {
    filter: `fields/Week ge ${odataString(fromWeek)}`,
  });
  return records.map((record) => {
    const { itemId: _itemId, ...snapshot } = snapshotFrom(record);
    return snapshot;
  });
}

/**
 * Records a team's measurement for its week: updates the week's item when there is one, else creates it. Two
 * coordinators at the same moment cannot make two: SnapshotId is unique (409 → the other's item is updated).
 * @example await recordSharingSnapshot(client, site, { team: 'Burgerzaken', week: '2026-W49', checked: 12, sharing: 7, recordedAt })
 */
export async function recordSharingSnapshot(
  client: Client,
  site: SiteLocator,
  snapshot: SharingSnapshot,
): Promise<void> {
  const snapshotId = snapshotIdOf(snapshot.week, snapshot.team);
  const find = async () =>
    (
      await listRecords(client, site, sharingSnapshotsList, {
        filter: `fields/SnapshotId eq ${odataString(snapshotId)}`,
        top: 1,
      })
    ).map(snapshotFrom)[0] ?? null;
  const measured = fieldsForListItem(sharingSnapshotsList, {
    Checked: snapshot.checked,
    Sharing: snapshot.sharing,
    RecordedAt: instantFromEpochMs(snapshot.recordedAt),
  });
  const update = (itemId: string) =>
    client.api(`${itemsPath(site)}/${encodeURIComponent(itemId)}/fields`).patch(measured);
  const existing = await find();
  if (existing !== null) {
    await update(existing.itemId);
    return;
  }
  try {
    await client.api(itemsPath(site)).post({
      fields: {
        ...fieldsForListItem(sharingSnapshotsList, {
          Title: snapshot.team,
          SnapshotId: snapshotId,
          Week: snapshot.week,
        }),
        ...measured,
      },
    });
  } catch (error) {
    if (toGraphRequestError(error).status !== 409) throw error;
    const other = await find();
    if (other === null) throw error;
    await update(other.itemId);
  }
}
