// Deleting absence reasons that are no longer needed: health data is kept only while the leader may need it, until
// `retentionDays` after the absence ended. Runs with the leader's own rights, on the reasons lists of the teams they
// lead, whenever they open "Mijn team", and every working day by the daily job (scripts/daily), which first marks the
// ends nobody's screen noticed (unnoticed-ends.ts).
import type { Client } from '@microsoft/microsoft-graph-client';
import { teamReasonsList } from '../../../schema/lists';
import { DAY_MS, instantFromEpochMs } from '../../domain/time';
import { toGraphRequestError } from '../client';
import { listRecords } from '../lists';
import type { SiteLocator } from '../lists';
import type { StoredAbsence } from './absence-mapping';
import type { ReasonsAccess } from './absence-reasons';
import { itemPath, listDateTime } from './absence-requests';

async function deleteReason(client: Client, site: SiteLocator, teamId: string, itemId: string) {
  try {
    await client.api(itemPath(site, teamReasonsList(teamId), itemId)).delete();
    return 1;
  } catch (error) {
    // Gone already (another leader's screen, a lost answer): nothing left to delete.
    if (toGraphRequestError(error).status === 404) return 0;
    throw error;
  }
}

/**
 * Deletes the reasons of absences that ended more than `retentionDays` ago: those marked ended on the reason
 * (AbsenceEndedAt, an indexed column, so the query stays under the list view threshold), and those of the shown
 * absences that ended that long ago (a reason whose end was never marked, e.g. ended by the coordinator).
 * Returns how many were deleted.
 * @example await deleteExpiredReasons(client, site, leadersTeams, shownAbsences, new Date(), 28) // 2
 */
export async function deleteExpiredReasons(
  client: Client,
  site: SiteLocator,
  access: ReasonsAccess,
  shown: readonly StoredAbsence[],
  now: Date,
  retentionDays: number,
): Promise<number> {
  const cutoff = instantFromEpochMs(now.getTime() - retentionDays * DAY_MS);
  const expired = new Map<string, { teamId: string; itemId: string }>();
  for (const team of access) {
    try {
      const records = await listRecords(client, site, teamReasonsList(team.teamId), {
        filter: `fields/AbsenceEndedAt lt ${listDateTime(cutoff)}`,
      });
      for (const record of records)
        expired.set(`${team.teamId}/${record.id}`, { teamId: team.teamId, itemId: record.id });
    } catch (error) {
      const status = toGraphRequestError(error).status;
      // Not (yet) provisioned, or no longer this user's team: nothing here is theirs to delete.
      if (status !== 403 && status !== 404) throw error;
    }
  }
  for (const absence of shown)
    if (absence.reason !== null && absence.endedAt !== null && absence.endedAt < cutoff)
      expired.set(`${absence.reason.teamId}/${absence.reason.itemId}`, absence.reason);
  let deleted = 0;
  for (const { teamId, itemId } of expired.values())
    deleted += await deleteReason(client, site, teamId, itemId);
  return deleted;
}
