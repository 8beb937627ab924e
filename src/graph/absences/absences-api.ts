// Absences through Graph: create (absence + reason, never one without the other), update and end with eTags,
// a team's absences with their reasons, and the direct reports of the signed-in leader.
// The scopes these calls need are declared in scopes.ts beside them.
import type { Client } from '@microsoft/microsoft-graph-client';
import type { ListItem } from '@microsoft/microsoft-graph-types';
import { absenceReasonsList, absencesList } from '../../../schema/lists';
import type { ListSpec } from '../../../schema/lists';
import type { AbsenceKind, AbsenceRegistration } from '../../domain/absences';
import { absenceKindFrom } from '../../domain/absences';
import type { Instant } from '../../domain/time';
import { DAY_MS, instantFromEpochMs, isoFromInstant } from '../../domain/time';
import { toGraphRequestError } from '../client';
import type { GraphRequestError } from '../client';
import { graphPathOf } from '../graph-path';
import {
  fieldsForListItem,
  listRecords,
  odataString,
  recordFromListItem,
  siteSegment,
} from '../lists';
import type { ListFields, ListRecord, SiteLocator } from '../lists';
import { absenceFieldsFor, storedAbsenceFrom } from './absence-mapping';
import type { ReasonRef, StoredAbsence } from './absence-mapping';

/** Why a create did not complete; the absence is never left without its reason. */
export class AbsenceSaveError extends Error {
  override readonly name = 'AbsenceSaveError';
  constructor(
    /** 'reasonNotSaved': rolled back, nothing stored. 'rollbackFailed': the absence item `absenceId` stays without reason. */
    readonly code: 'reasonNotSaved' | 'rollbackFailed',
    override readonly cause: GraphRequestError,
    readonly absenceId: string,
  ) {
    super(`The reason of absence ${absenceId} could not be saved (${cause.status} ${cause.code}).`);
  }
}

/** The answer of an update: saved, or someone else changed it first (412) and this is the version now stored. */
export type AbsenceSaveResult =
  { kind: 'saved'; absence: StoredAbsence } | { kind: 'conflict'; current: StoredAbsence };

/** Reasons per absence id, or 'notVisible' when the caller may not read the reasons list (403). */
export type AbsenceReasons =
  { kind: 'visible'; byAbsenceId: Map<string, ReasonRef> } | { kind: 'notVisible' };

const itemsPath = (site: SiteLocator, spec: ListSpec) =>
  `${siteSegment(site)}/lists/${encodeURIComponent(spec.name)}/items`;
const itemPath = (site: SiteLocator, spec: ListSpec, id: string) =>
  `${itemsPath(site, spec)}/${encodeURIComponent(id)}`;
const selectFields = (spec: ListSpec) =>
  `$expand=fields($select=${spec.columns.map((column) => column.name).join(',')})`;

/** Filters at most this many ids per request, so the URL stays well below SharePoint's length limit. */
const idsPerFilter = 15;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size)
    result.push(items.slice(start, start + size));
  return result;
}

function anyOf(column: string, values: readonly string[]): string {
  return `(${values.map((value) => `fields/${column} eq ${odataString(value)}`).join(' or ')})`;
}

const listDateTime = (instant: Instant) =>
  odataString(isoFromInstant(instant).replace(/\.\d+Z$/, 'Z'));

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

function reasonFor(reasons: AbsenceReasons, absenceId: string): ReasonRef | 'notVisible' | null {
  return reasons.kind === 'notVisible'
    ? 'notVisible'
    : (reasons.byAbsenceId.get(absenceId) ?? null);
}

export type TeamAbsencesQuery = {
  now: Date;
  /** How far back ended absences are listed; open ones are always listed. Default 60 days. */
  pastDays?: number;
};

/**
 * A team's absences: every open one (also those past their expected end, which the leader must confirm) and those
 * that started in the last `pastDays`, with their reasons when the caller may read them. Filters on the indexed
 * PersonId, EndedAt and StartsAt columns only, 15 people per request, every page.
 * @example await listTeamAbsences(client, site, ['p1', 'p2'], { now: new Date() })
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
  const reasons = await readAbsenceReasons(
    client,
    site,
    records.map((record) => record.id),
  );
  return records.map((record) => storedAbsenceFrom(record, reasonFor(reasons, record.id)));
}

/**
 * One absence as stored now, with its reason when visible; null when it no longer exists.
 * @example await fetchAbsence(client, site, '12') // { id: '12', eTag: '"…,3"', kind: 'sick', … }
 */
export async function fetchAbsence(
  client: Client,
  site: SiteLocator,
  absenceId: string,
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
  const reasons = await readAbsenceReasons(client, site, [record.id]);
  return storedAbsenceFrom(record, reasonFor(reasons, record.id));
}

async function createItem(
  client: Client,
  site: SiteLocator,
  spec: ListSpec,
  fields: Record<string, unknown>,
): Promise<ListItem> {
  return (await client.api(itemsPath(site, spec)).post({ fields })) as ListItem;
}

async function createReason(
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

export type NewAbsence = {
  registration: AbsenceRegistration;
  personName: string;
  registeredById: string;
};

/** Client and transient errors differ: a 4xx other than 408/429 will fail again, so it is not retried. */
const isTransient = (error: GraphRequestError) =>
  error.status === 0 || error.status === 408 || error.status === 429 || error.status >= 500;

/**
 * Whether a failed write may have been carried out all the same: no answer (network), a timeout, or a 5xx that a
 * gateway can give after the service committed. A 429 or another 4xx is a refusal: nothing was written.
 */
const answerMayBeLost = (error: GraphRequestError) =>
  error.status === 0 || error.status === 408 || error.status >= 500;

/** Re-sends of one create after a lost answer, each after a look-up found nothing. */
const maxCreateTries = 3;

const wholeSeconds = (instant: Instant | null) =>
  instant === null ? null : Math.floor(instant / 1000);
const textOrNull = (value: string | null | undefined) =>
  value === undefined || value === null || value === '' ? null : value;

type AbsenceFields = Partial<ListFields<typeof absencesList>>;

/** True when a stored absence holds exactly what this registration would write (the list keeps whole seconds). */
function holdsRegistration(
  stored: ListFields<typeof absencesList>,
  intended: AbsenceFields,
): boolean {
  return (
    stored.PersonId === intended.PersonId &&
    stored.EndedAt === null &&
    wholeSeconds(stored.StartsAt) === wholeSeconds(intended.StartsAt ?? null) &&
    wholeSeconds(stored.ExpectedUntil) === wholeSeconds(intended.ExpectedUntil ?? null) &&
    textOrNull(stored.RegisteredById) === textOrNull(intended.RegisteredById) &&
    textOrNull(stored.CallsSubstituteId) === textOrNull(intended.CallsSubstituteId) &&
    textOrNull(stored.CallbacksSubstituteId) === textOrNull(intended.CallbacksSubstituteId) &&
    textOrNull(stored.CallbacksSubstituteMailbox) ===
      textOrNull(intended.CallbacksSubstituteMailbox) &&
    textOrNull(stored.NoteForFrontOffice) === textOrNull(intended.NoteForFrontOffice)
  );
}

/**
 * The absence this registration already stored, if any: an open absence of the same person, from the same
 * moment, registered by the same leader, with the same substitutes and note. The absences list has no
 * client-generated id column, so these fields are the registration's identity; two registrations that agree in
 * every one of them are the same registration (saved twice), never two absences.
 */
async function findRegisteredAbsence(
  client: Client,
  site: SiteLocator,
  intended: AbsenceFields,
): Promise<ListRecord<typeof absencesList> | null> {
  const personId = intended.PersonId ?? '';
  const records = await listRecords(client, site, absencesList, {
    filter: `fields/PersonId eq ${odataString(personId)} and fields/EndedAt eq null`,
  });
  return records.find((record) => holdsRegistration(record.fields, intended)) ?? null;
}

/**
 * Creates an item idempotently: looks it up first, and after a lost answer looks again before it re-sends, so
 * a create that SharePoint committed but whose answer never arrived is used, not written a second time.
 */
async function createOnce<T>(
  lookUp: () => Promise<T | null>,
  create: () => Promise<T>,
): Promise<{ value: T; outcome: 'created' | 'existing' }> {
  const existing = await lookUp();
  if (existing !== null) return { value: existing, outcome: 'existing' };
  for (let attempt = 1; ; attempt++) {
    try {
      return { value: await create(), outcome: 'created' };
    } catch (error) {
      const failure = toGraphRequestError(error);
      if (!answerMayBeLost(failure) || attempt >= maxCreateTries) throw failure;
      // Without an answer from the look-up either, re-sending would be blind: give up instead.
      const stored = await lookUp().catch(() => {
        throw failure;
      });
      if (stored !== null) return { value: stored, outcome: 'created' };
    }
  }
}

/** The reason item of an absence when the caller can read it and it exists, or null. */
async function findReason(
  client: Client,
  site: SiteLocator,
  absenceId: string,
): Promise<ReasonRef | null> {
  const reasons = await readAbsenceReasons(client, site, [absenceId]);
  return reasons.kind === 'visible' ? (reasons.byAbsenceId.get(absenceId) ?? null) : null;
}

/** Writes the reason of an absence once (a retry after a lost answer finds the first one). */
async function ensureReason(
  client: Client,
  site: SiteLocator,
  absenceId: string,
  kind: AbsenceKind,
): Promise<ReasonRef> {
  const { value } = await createOnce(
    () => findReason(client, site, absenceId),
    () => createReason(client, site, absenceId, kind),
  );
  return value;
}

/**
 * Registers an absence: first the front-office item (without the kind), then the reason item pointing at it. Both
 * are created idempotently: the registration is looked up before it is written and again after a lost answer
 * (a 504 after SharePoint committed), so saving twice, or a retry, never stores the absence twice. When the reason
 * cannot be written (after one more try when the failure looks transient), the absence item is deleted again,
 * so there is never an absence without a reason nor a reason without an absence; throws AbsenceSaveError then.
 * @example await createAbsence(client, site, { registration, personName: 'Pieter van der Berg', registeredById: leaderId })
 */
export async function createAbsence(
  client: Client,
  site: SiteLocator,
  input: NewAbsence,
): Promise<StoredAbsence> {
  const intended: AbsenceFields = {
    ...absenceFieldsFor(input.registration, input.personName),
    RegisteredById: input.registeredById,
    State: 'open',
  };
  const fields = fieldsForListItem(absencesList, intended);
  let record: ListRecord<typeof absencesList> | null;
  try {
    ({ value: record } = await createOnce(
      () => findRegisteredAbsence(client, site, intended),
      async () =>
        recordFromListItem(absencesList, await createItem(client, site, absencesList, fields)),
    ));
  } catch (error) {
    throw toGraphRequestError(error);
  }
  if (record === null)
    throw new Error('Graph answered the created absence item without its fields.');
  const absenceId = record.id;
  let reason: ReasonRef;
  try {
    reason = await ensureReason(client, site, absenceId, input.registration.kind).catch(
      (error: unknown) => {
        const first = toGraphRequestError(error);
        if (!isTransient(first)) throw first;
        return ensureReason(client, site, absenceId, input.registration.kind);
      },
    );
  } catch (error) {
    const cause = toGraphRequestError(error);
    try {
      await client.api(itemPath(site, absencesList, absenceId)).delete();
    } catch (deleteError) {
      // Already gone (a delete whose answer was lost, then repeated): the rollback is done.
      if (toGraphRequestError(deleteError).status !== 404)
        throw new AbsenceSaveError('rollbackFailed', cause, absenceId);
    }
    throw new AbsenceSaveError('reasonNotSaved', cause, absenceId);
  }
  return storedAbsenceFrom(record, reason);
}

async function conflictOrThrow(
  client: Client,
  site: SiteLocator,
  absenceId: string,
  error: unknown,
): Promise<AbsenceSaveResult> {
  const graphError = toGraphRequestError(error);
  if (graphError.status !== 412) throw graphError;
  const current = await fetchAbsence(client, site, absenceId);
  if (current === null) throw graphError;
  return { kind: 'conflict', current };
}

async function patchAbsence(
  client: Client,
  site: SiteLocator,
  current: StoredAbsence,
  fields: Record<string, unknown>,
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
    return conflictOrThrow(client, site, current.id, error);
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
 * @example const result = await updateAbsence(client, site, shown, registration); if (result.kind === 'conflict') show(result.current)
 */
export async function updateAbsence(
  client: Client,
  site: SiteLocator,
  current: StoredAbsence,
  registration: AbsenceRegistration,
): Promise<AbsenceSaveResult> {
  const fields = fieldsForListItem(
    absencesList,
    absenceFieldsFor(registration, current.personName),
  );
  const patched = await patchAbsence(client, site, current, fields);
  if (patched.kind !== 'patched') return patched;
  let reason = current.reason;
  const kindChanged = current.kind !== registration.kind;
  if (kindChanged && current.kind !== 'notVisible') {
    try {
      if (reason === null) reason = await createReason(client, site, current.id, registration.kind);
      else {
        const request = client.api(`${itemPath(site, absenceReasonsList, reason.itemId)}/fields`);
        const answer = (await (
          reason.eTag === null ? request : request.header('If-Match', reason.eTag)
        ).patch(fieldsForListItem(absenceReasonsList, { Kind: registration.kind }))) as Record<
          string,
          unknown
        >;
        reason = {
          itemId: reason.itemId,
          eTag: typeof answer['@odata.etag'] === 'string' ? answer['@odata.etag'] : null,
          kind: registration.kind,
        };
      }
    } catch (error) {
      return conflictOrThrow(client, site, current.id, error);
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
 * @example await endAbsence(client, site, shown, new Date())
 */
export async function endAbsence(
  client: Client,
  site: SiteLocator,
  current: StoredAbsence,
  at: Date,
): Promise<AbsenceSaveResult> {
  const fields = fieldsForListItem(absencesList, {
    EndedAt: instantFromEpochMs(at.getTime()),
    State: 'ended',
  });
  const patched = await patchAbsence(client, site, current, fields);
  if (patched.kind !== 'patched') return patched;
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

type DirectoryPage = { value?: { id?: string }[]; '@odata.nextLink'?: string };

/**
 * The ids of the signed-in user's direct reports (`/me/directReports`), every page.
 * @example await directReportIds(client) // ['5c1…', '9af…']
 */
export async function directReportIds(client: Client): Promise<string[]> {
  const ids: string[] = [];
  let url: string | null = '/me/directReports?$select=id&$top=999';
  while (url !== null) {
    const page = (await client.api(graphPathOf(url)).get()) as DirectoryPage;
    for (const entry of page.value ?? []) if (typeof entry.id === 'string') ids.push(entry.id);
    url = typeof page['@odata.nextLink'] === 'string' ? page['@odata.nextLink'] : null;
  }
  return ids;
}
