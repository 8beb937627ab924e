// Reasons whose absence ended without the leader's screen noticing: ended by the coordinator, or ended while the
// leader never opened "Mijn team". Their retention runs from AbsenceEndedAt, so without this they would be kept for
// ever; the daily job marks them, and the retention after it deletes them in time.
import type { Client } from '@microsoft/microsoft-graph-client';
import type { ListItem } from '@microsoft/microsoft-graph-types';
import { absencesList, teamReasonsList } from '../../../schema/lists';
import { instantFromEpochMs } from '../../domain/time';
import type { Instant } from '../../domain/time';
import { toGraphRequestError } from '../client';
import { listRecords, recordFromListItem } from '../lists';
import type { SiteLocator } from '../lists';
import type { ReasonsAccess } from './absence-reasons';
import { markReasonEnded } from './absence-reasons';
import { itemPath, selectFields } from './absence-requests';

/** When the absence ended; `now` when it is gone (deleted), null while it is still open. */
async function endOfAbsence(
  client: Client,
  site: SiteLocator,
  absenceId: string,
  now: Instant,
): Promise<Instant | null> {
  try {
    const item = (await client
      .api(`${itemPath(site, absencesList, absenceId)}?${selectFields(absencesList)}`)
      .get()) as ListItem;
    return recordFromListItem(absencesList, item)?.fields.EndedAt ?? null;
  } catch (error) {
    if (toGraphRequestError(error).status === 404) return now;
    throw error;
  }
}

/**
 * Sets AbsenceEndedAt on every reason in the teams' reasons lists whose absence has ended (or is gone) but whose end
 * was never marked. `openAbsenceIds` are known open: not looked up. A team's reasons list stays small (its reasons
 * are deleted weeks after the absence), so it is read whole. Returns how many reasons it marked.
 * @example await markUnnoticedEnds(client, site, teams, new Set(openIds), now) // 1
 */
export async function markUnnoticedEnds(
  client: Client,
  site: SiteLocator,
  access: ReasonsAccess,
  openAbsenceIds: ReadonlySet<string>,
  now: Date,
): Promise<number> {
  const at = instantFromEpochMs(now.getTime());
  let marked = 0;
  for (const team of access) {
    let reasons;
    try {
      reasons = await listRecords(client, site, teamReasonsList(team.teamId));
    } catch (error) {
      const status = toGraphRequestError(error).status;
      // Not (yet) provisioned: no reasons to mark.
      if (status === 403 || status === 404) continue;
      throw error;
    }
    for (const reason of reasons) {
      if (reason.fields.AbsenceEndedAt !== null) continue;
      const absenceId = reason.fields.AbsenceId;
      if (openAbsenceIds.has(absenceId)) continue;
      const endedAt = await endOfAbsence(client, site, absenceId, at);
      if (endedAt === null) continue;
      await markReasonEnded(
        client,
        site,
        { teamId: team.teamId, itemId: reason.id, eTag: null, kind: null },
        endedAt,
      );
      marked += 1;
    }
  }
  return marked;
}
