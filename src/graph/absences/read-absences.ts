// Reading absences: a team's (open ones and recent ones) and one as stored now, each with its reason when visible.
import type { Client } from '@microsoft/microsoft-graph-client';
import type { ListItem } from '@microsoft/microsoft-graph-types';
import { absencesList } from '../../../schema/lists';
import type { StoredAbsence } from './absence-mapping';
import { storedAbsenceFrom } from './absence-mapping';
import { DAY_MS, instantFromEpochMs } from '../../domain/time';
import { toGraphRequestError } from '../client';
import { listRecords, recordFromListItem } from '../lists';
import type { SiteLocator } from '../lists';
import { readAbsenceReasons, reasonFor } from './absence-reasons';
import type { ReasonsAccess } from './absence-reasons';
import {
  anyOf,
  chunks,
  idsPerFilter,
  itemPath,
  listDateTime,
  selectFields,
} from './absence-requests';

export type TeamAbsencesQuery = {
  now: Date;
  /** How far back ended absences are listed; open ones are always listed. Default 60 days. */
  pastDays?: number;
  /** The teams the user leads: only their reasons are read. */
  reasons: ReasonsAccess;
};

/**
 * A team's absences: every open one (also those past their expected end, which the leader must confirm) and those
 * that started in the last `pastDays`, with their reasons when the caller may read them. Filters on the indexed
 * PersonId, EndedAt and StartsAt columns only, 15 people per request, every page.
 * @example await listTeamAbsences(client, site, ['p1', 'p2'], { now: new Date(), reasons: leadersTeams })
 */
export async function listTeamAbsences(
  client: Client,
  site: SiteLocator,
  personIds: readonly string[],
  query: TeamAbsencesQuery,
): Promise<StoredAbsence[]> {
  const since = instantFromEpochMs(query.now.getTime() - (query.pastDays ?? 60) * DAY_MS);
  const records = (
    await Promise.all(
      chunks([...new Set(personIds)], idsPerFilter).map((ids) =>
        listRecords(client, site, absencesList, {
          filter: `${anyOf('PersonId', ids)} and (fields/EndedAt eq null or fields/StartsAt ge ${listDateTime(since)})`,
        }),
      ),
    )
  ).flat();
  if (records.length === 0) return [];
  const absences = records.map((record) => ({ id: record.id, personId: record.fields.PersonId }));
  const reasons = await readAbsenceReasons(client, site, query.reasons, absences);
  return records.map((record, index) =>
    storedAbsenceFrom(
      record,
      reasonFor(reasons, query.reasons, absences[index] as { id: string; personId: string }),
    ),
  );
}

/**
 * One absence as stored now, with its reason when visible; null when it no longer exists.
 * @example await fetchAbsence(client, site, '12') // { id: '12', eTag: '"…,3"', kind: 'sick', … }
 */
export async function fetchAbsence(
  client: Client,
  site: SiteLocator,
  absenceId: string,
  access: ReasonsAccess,
): Promise<StoredAbsence | null> {
  let item: ListItem;
  try {
    item = (await client
      .api(`${itemPath(site, absencesList, absenceId)}?${selectFields(absencesList)}`)
      .get()) as ListItem;
  } catch (error) {
    const graphError = toGraphRequestError(error);
    if (graphError.status === 404) return null;
    throw graphError;
  }
  const record = recordFromListItem(absencesList, item);
  if (record === null) return null;
  const absence = { id: record.id, personId: record.fields.PersonId };
  const reasons = await readAbsenceReasons(client, site, access, [absence]);
  return storedAbsenceFrom(record, reasonFor(reasons, access, absence));
}
