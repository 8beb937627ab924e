// Each team's own reasons list: an absence's kind in an item of its own, in the list of the absent person's team,
// which SharePoint lets only that team's leader read and write (provisioning sets it; docs/privacy.md). This code
// asks only the lists of the teams the signed-in user leads; what SharePoint refuses stays unread.
import type { Client } from '@microsoft/microsoft-graph-client';
import { teamReasonsList } from '../../../schema/lists';
import type { TeamReasonsList } from '../../../schema/lists';
import type { AbsenceKind } from '../../domain/absences';
import type { Instant } from '../../domain/time';
import { absenceKindFrom } from '../../domain/absences';
import { toGraphRequestError } from '../client';
import { fieldsForListItem, listRecords } from '../lists';
import type { SiteLocator } from '../lists';
import type { ReasonRef } from './absence-mapping';
import { anyOf, chunks, createItem, idsPerFilter, itemPath } from './absence-requests';

/**
 * The teams whose reasons the signed-in user may read and write: the teams they lead (team item id and members).
 * Empty for anyone who leads no team — an agent, an employee, a coordinator — who then reads no reason at all.
 */
export type ReasonsAccess = readonly { teamId: string; memberIds: readonly string[] }[];

/**
 * The reasons access of a user from the directory's teams: the teams they lead.
 * @example reasonsAccessOf([{ id: '3', leaderId: 'me', memberIds: ['me', 'p1'] }], 'me') // [{ teamId: '3', memberIds: ['me', 'p1'] }]
 */
export function reasonsAccessOf(
  teams: readonly { id?: string; leaderId: string | null; memberIds: readonly string[] }[],
  userId: string,
): ReasonsAccess {
  return teams.flatMap((team) =>
    team.leaderId === userId && team.id !== undefined
      ? [{ teamId: team.id, memberIds: team.memberIds }]
      : [],
  );
}

/** Reasons per absence id, or 'notVisible' when the caller may read no reasons list (leads no team). */
export type AbsenceReasons =
  { kind: 'visible'; byAbsenceId: Map<string, ReasonRef> } | { kind: 'notVisible' };

/**
 * The reasons list of the person's team among those the user leads, or null when the user leads none of the
 * person's teams (then the kind is not theirs to know or record).
 * @example reasonsListFor([{ teamId: '3', memberIds: ['p1'] }], 'p1')?.list.name // 'BereikbaarRedenenTeam3'
 */
export function reasonsListFor(
  access: ReasonsAccess,
  personId: string,
): { teamId: string; list: TeamReasonsList } | null {
  const team = access.find((candidate) => candidate.memberIds.includes(personId));
  return team === undefined ? null : { teamId: team.teamId, list: teamReasonsList(team.teamId) };
}

/**
 * The reasons of the given absences, read from the reasons list of each absent person's team that the user leads.
 * A list SharePoint refuses (403) or that is not provisioned yet (404) holds nothing this user may see.
 * @example await readAbsenceReasons(client, site, access, [{ id: '12', personId: 'p1' }])
 */
export async function readAbsenceReasons(
  client: Client,
  site: SiteLocator,
  access: ReasonsAccess,
  absences: readonly { id: string; personId: string }[],
): Promise<AbsenceReasons> {
  if (access.length === 0) return { kind: 'notVisible' };
  const byList = new Map<string, { teamId: string; ids: Set<string> }>();
  for (const absence of absences) {
    const team = access.find((candidate) => candidate.memberIds.includes(absence.personId));
    if (team === undefined) continue;
    const entry = byList.get(team.teamId) ?? { teamId: team.teamId, ids: new Set() };
    entry.ids.add(absence.id);
    byList.set(team.teamId, entry);
  }
  const byAbsenceId = new Map<string, ReasonRef>();
  for (const { teamId, ids } of byList.values())
    for (const reason of await readReasonsIn(client, site, teamId, [...ids]))
      byAbsenceId.set(reason.absenceId, reason);
  return { kind: 'visible', byAbsenceId };
}

/**
 * The reasons of some absences in one team's reasons list; none when SharePoint refuses the list (403) or it is
 * not provisioned yet (404).
 */
export async function readReasonsIn(
  client: Client,
  site: SiteLocator,
  teamId: string,
  absenceIds: readonly string[],
): Promise<(ReasonRef & { absenceId: string })[]> {
  const list = teamReasonsList(teamId);
  const found: (ReasonRef & { absenceId: string })[] = [];
  try {
    for (const chunk of chunks([...new Set(absenceIds)], idsPerFilter)) {
      const records = await listRecords(client, site, list, { filter: anyOf('AbsenceId', chunk) });
      for (const record of records)
        found.push({
          absenceId: record.fields.AbsenceId,
          teamId,
          itemId: record.id,
          eTag: record.eTag,
          kind: absenceKindFrom(record.fields.Kind),
        });
    }
  } catch (error) {
    const graphError = toGraphRequestError(error);
    if (graphError.status !== 403 && graphError.status !== 404) throw graphError;
    return [];
  }
  return found;
}

/** The reason of one absence: its item, 'notVisible' when the user may not know it, null when none is recorded. */
export function reasonFor(
  reasons: AbsenceReasons,
  access: ReasonsAccess,
  absence: { id: string; personId: string },
): ReasonRef | 'notVisible' | null {
  if (reasons.kind === 'notVisible' || reasonsListFor(access, absence.personId) === null)
    return 'notVisible';
  return reasons.byAbsenceId.get(absence.id) ?? null;
}

/** Writes the kind of an absence into the team's reasons list. */
export async function createReason(
  client: Client,
  site: SiteLocator,
  teamId: string,
  absenceId: string,
  kind: AbsenceKind,
): Promise<ReasonRef> {
  const list = teamReasonsList(teamId);
  const fields = fieldsForListItem(list, {
    // An id, not a name: the reasons list holds as little as it can.
    Title: `Afwezigheid ${absenceId}`,
    AbsenceId: absenceId,
    Kind: kind,
  });
  const item = await createItem(client, site, list, fields);
  return { teamId, itemId: String(item.id), eTag: item.eTag ?? null, kind };
}

/** Records when the absence ended on its reason, from which the reason's retention runs. */
export async function markReasonEnded(
  client: Client,
  site: SiteLocator,
  reason: ReasonRef,
  endedAt: Instant,
): Promise<void> {
  const list = teamReasonsList(reason.teamId);
  await client
    .api(`${itemPath(site, list, reason.itemId)}/fields`)
    .patch(fieldsForListItem(list, { AbsenceEndedAt: endedAt }));
}
