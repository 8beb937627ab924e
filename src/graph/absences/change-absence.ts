// Changing and ending an absence with If-Match on the version the leader saw; a 412 returns the current version.
import type { Client } from '@microsoft/microsoft-graph-client';
import type { ListItem } from '@microsoft/microsoft-graph-types';
import { absencesList, teamReasonsList } from '../../../schema/lists';
import type { AbsenceRegistration } from '../../domain/absences';
import { instantFromEpochMs } from '../../domain/time';
import { toGraphRequestError } from '../client';
import { fieldsForListItem, recordFromListItem } from '../lists';
import { absenceFieldsFor, storedAbsenceFrom } from './absence-mapping';
import type { StoredAbsence } from './absence-mapping';
import { createReason, markReasonEnded, reasonsListFor } from './absence-reasons';
import type { ReasonsAccess } from './absence-reasons';
import { itemPath } from './absence-requests';
import { fetchAbsence } from './read-absences';
import type { SiteLocator } from '../lists';

/** The answer of an update: saved, or someone else changed it first (412) and this is the version now stored. */
export type AbsenceSaveResult =
  { kind: 'saved'; absence: StoredAbsence } | { kind: 'conflict'; current: StoredAbsence };

async function conflictOrThrow(
  client: Client,
  site: SiteLocator,
  absenceId: string,
  access: ReasonsAccess,
  error: unknown,
): Promise<AbsenceSaveResult> {
  const graphError = toGraphRequestError(error);
  if (graphError.status !== 412) throw graphError;
  const current = await fetchAbsence(client, site, absenceId, access);
  if (current === null) throw graphError;
  return { kind: 'conflict', current };
}

async function patchAbsence(
  client: Client,
  site: SiteLocator,
  current: StoredAbsence,
  fields: Record<string, unknown>,
  access: ReasonsAccess,
): Promise<
  AbsenceSaveResult | { kind: 'patched'; eTag: string | null; fields: Record<string, unknown> }
> {
  try {
    const request = client.api(`${itemPath(site, absencesList, current.id)}/fields`);
    // Without an eTag there is nothing to compare; '*' would silently overwrite, so refuse instead.
    if (current.eTag === null)
      throw new Error(`Absence ${current.id} has no eTag; read it again first.`);
    const answer = (await request.header('If-Match', current.eTag).patch(fields)) as Record<
      string,
      unknown
    >;
    const eTag = typeof answer['@odata.etag'] === 'string' ? answer['@odata.etag'] : null;
    return { kind: 'patched', eTag, fields: answer };
  } catch (error) {
    return conflictOrThrow(client, site, current.id, access, error);
  }
}

function recordFromFields(id: string, eTag: string | null, fields: Record<string, unknown>) {
  const item: ListItem = { id, eTag: eTag ?? undefined, fields };
  return recordFromListItem(absencesList, item);
}

/**
 * Saves a leader's changes to an absence with `If-Match` on the version they saw. When someone saved in between
 * (412), nothing is written and the current version comes back as a conflict, so the screen can show both.
 * A change of kind is written to the reason item (its own eTag), or creates it when missing.
 * @example const result = await updateAbsence(client, site, shown, registration, leadersTeams); if (result.kind === 'conflict') show(result.current)
 */
export async function updateAbsence(
  client: Client,
  site: SiteLocator,
  current: StoredAbsence,
  registration: AbsenceRegistration,
  access: ReasonsAccess,
): Promise<AbsenceSaveResult> {
  const fields = fieldsForListItem(
    absencesList,
    absenceFieldsFor(registration, current.personName),
  );
  const patched = await patchAbsence(client, site, current, fields, access);
  if (patched.kind !== 'patched') return patched;
  let reason = current.reason;
  const team = reasonsListFor(access, current.personId);
  const kindChanged = current.kind !== registration.kind;
  if (kindChanged && current.kind !== 'notVisible' && team !== null) {
    try {
      if (reason === null)
        reason = await createReason(client, site, team.teamId, current.id, registration.kind);
      else {
        const list = teamReasonsList(reason.teamId);
        const request = client.api(`${itemPath(site, list, reason.itemId)}/fields`);
        const answer = (await (
          reason.eTag === null ? request : request.header('If-Match', reason.eTag)
        ).patch(fieldsForListItem(list, { Kind: registration.kind }))) as Record<string, unknown>;
        reason = {
          teamId: reason.teamId,
          itemId: reason.itemId,
          eTag: typeof answer['@odata.etag'] === 'string' ? answer['@odata.etag'] : null,
          kind: registration.kind,
        };
      }
    } catch (error) {
      return conflictOrThrow(client, site, current.id, access, error);
    }
  }
  const record = recordFromFields(current.id, patched.eTag, patched.fields);
  if (record === null) throw new Error(`Graph answered absence ${current.id} without its fields.`);
  return {
    kind: 'saved',
    absence: storedAbsenceFrom(record, current.kind === 'notVisible' ? 'notVisible' : reason),
  };
}

/**
 * Ends an absence early or confirms the person is back ("weer aanwezig"): sets EndedAt, with `If-Match`.
 * @example await endAbsence(client, site, shown, new Date(), leadersTeams)
 */
export async function endAbsence(
  client: Client,
  site: SiteLocator,
  current: StoredAbsence,
  at: Date,
  access: ReasonsAccess,
): Promise<AbsenceSaveResult> {
  const endedAt = instantFromEpochMs(at.getTime());
  const fields = fieldsForListItem(absencesList, { EndedAt: endedAt, State: 'ended' });
  const patched = await patchAbsence(client, site, current, fields, access);
  if (patched.kind !== 'patched') return patched;
  // The reason's retention runs from here (reason-retention.ts). Not saving it only delays its deletion; the
  // absence itself has ended all the same.
  if (current.reason !== null)
    await markReasonEnded(client, site, current.reason, endedAt).catch(() => undefined);
  const record = recordFromFields(current.id, patched.eTag, patched.fields);
  if (record === null) throw new Error(`Graph answered absence ${current.id} without its fields.`);
  return {
    kind: 'saved',
    absence: storedAbsenceFrom(
      record,
      current.kind === 'notVisible' ? 'notVisible' : current.reason,
    ),
  };
}
