// The leader-only reasons list: each absence's kind in an item of its own, readable only where its permissions allow.
import type { Client } from '@microsoft/microsoft-graph-client';
import { absenceReasonsList } from '../../../schema/lists';
import type { AbsenceKind } from '../../domain/absences';
import { absenceKindFrom } from '../../domain/absences';
import { toGraphRequestError } from '../client';
import { fieldsForListItem, listRecords } from '../lists';
import type { SiteLocator } from '../lists';
import type { ReasonRef } from './absence-mapping';
import { anyOf, chunks, createItem, idsPerFilter } from './absence-requests';

/** Reasons per absence id, or 'notVisible' when the caller may not read the reasons list (403). */
export type AbsenceReasons =
  { kind: 'visible'; byAbsenceId: Map<string, ReasonRef> } | { kind: 'notVisible' };

/**
 * The reasons of the given absences, or 'notVisible' when the list answers 403 (an agent, an employee): the reasons
 * list's permissions decide, not this code.
 * @example await readAbsenceReasons(client, site, ['12']) // { kind: 'visible', byAbsenceId: Map { '12' => { kind: 'sick', … } } }
 */
export async function readAbsenceReasons(
  client: Client,
  site: SiteLocator,
  absenceIds: readonly string[],
): Promise<AbsenceReasons> {
  const byAbsenceId = new Map<string, ReasonRef>();
  try {
    for (const ids of chunks([...new Set(absenceIds)], idsPerFilter)) {
      const records = await listRecords(client, site, absenceReasonsList, {
        filter: anyOf('AbsenceId', ids),
      });
      for (const record of records)
        byAbsenceId.set(record.fields.AbsenceId, {
          itemId: record.id,
          eTag: record.eTag,
          kind: absenceKindFrom(record.fields.Kind),
        });
    }
  } catch (error) {
    const graphError = toGraphRequestError(error);
    if (graphError.status === 403) return { kind: 'notVisible' };
    throw graphError;
  }
  return { kind: 'visible', byAbsenceId };
}

export function reasonFor(
  reasons: AbsenceReasons,
  absenceId: string,
): ReasonRef | 'notVisible' | null {
  return reasons.kind === 'notVisible'
    ? 'notVisible'
    : (reasons.byAbsenceId.get(absenceId) ?? null);
}

export async function createReason(
  client: Client,
  site: SiteLocator,
  absenceId: string,
  kind: AbsenceKind,
): Promise<ReasonRef> {
  const fields = fieldsForListItem(absenceReasonsList, {
    // An id, not a name: the reasons list holds as little as it can.
    Title: `Afwezigheid ${absenceId}`,
    AbsenceId: absenceId,
    Kind: kind,
  });
  const item = await createItem(client, site, absenceReasonsList, fields);
  return { itemId: String(item.id), eTag: item.eTag ?? null, kind };
}
