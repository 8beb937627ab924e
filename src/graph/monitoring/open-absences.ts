// The registered absences nobody has ended yet, for the coordinator's signals: one indexed filter that matches only
// those (State 'open'; not `EndedAt eq null`, which SharePoint cannot answer from an index on a large list), every page.
// The kind of absence is not read (the coordinator's signals do not need it).
import type { Client } from '@microsoft/microsoft-graph-client';
import { absencesList } from '../../../schema/lists';
import type { Absence } from '../../domain/absences';
import { listRecords } from '../lists';
import type { SiteLocator } from '../lists';

/** An open absence with the name the list keeps for the front office. */
export type OpenAbsence = Absence & { personName: string };

/**
 * Every absence with no `EndedAt` (current, upcoming, and past their expected end).
 * @example (await readOpenAbsences(client, site)).length // 12
 */
export async function readOpenAbsences(client: Client, site: SiteLocator): Promise<OpenAbsence[]> {
  const records = await listRecords(client, site, absencesList, {
    filter: "fields/State eq 'open'",
  });
  return records
    .filter(({ fields }) => fields.EndedAt === null)
    .map(({ id, fields }) => ({
      id,
      personId: fields.PersonId,
      personName: fields.Title,
      from: fields.StartsAt,
      expectedUntil: fields.ExpectedUntil ?? 'unknown',
      endedAt: fields.EndedAt,
      kind: 'notVisible',
      substituteForCalls: fields.CallsSubstituteId
        ? { kind: 'person', personId: fields.CallsSubstituteId }
        : null,
      substituteForCallbacks: fields.CallbacksSubstituteId
        ? { kind: 'person', personId: fields.CallbacksSubstituteId }
        : fields.CallbacksSubstituteMailbox
          ? { kind: 'teamMailbox', mailbox: fields.CallbacksSubstituteMailbox }
          : null,
      noteForFrontOffice: null,
      registeredById: fields.RegisteredById,
    }));
}
