// Registering an absence: the front-office item and its reason, never one without the other, each written once
// even when an answer is lost.
import type { Client } from '@microsoft/microsoft-graph-client';
import { absencesList } from '../../../schema/lists';
import type { AbsenceKind, AbsenceRegistration } from '../../domain/absences';
import type { Instant } from '../../domain/time';
import { toGraphRequestError } from '../client';
import type { GraphRequestError } from '../client';
import { fieldsForListItem, listRecords, odataString, recordFromListItem } from '../lists';
import type { ListFields, ListRecord, SiteLocator } from '../lists';
import { absenceFieldsFor, storedAbsenceFrom } from './absence-mapping';
import type { ReasonRef, StoredAbsence } from './absence-mapping';
import { createReason, readReasonsIn, reasonsListFor } from './absence-reasons';
import type { ReasonsAccess } from './absence-reasons';
import { createItem, itemPath } from './absence-requests';

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

export type NewAbsence = {
  registration: AbsenceRegistration;
  personName: string;
  registeredById: string;
  /** The teams the registering user leads: the kind is written only where the person is in one of them. */
  reasons: ReasonsAccess;
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
  teamId: string,
  absenceId: string,
): Promise<ReasonRef | null> {
  const [reason] = await readReasonsIn(client, site, teamId, [absenceId]);
  return reason ?? null;
}

/** Writes the reason of an absence once (a retry after a lost answer finds the first one). */
async function ensureReason(
  client: Client,
  site: SiteLocator,
  teamId: string,
  absenceId: string,
  kind: AbsenceKind,
): Promise<ReasonRef> {
  const { value } = await createOnce(
    () => findReason(client, site, teamId, absenceId),
    () => createReason(client, site, teamId, absenceId, kind),
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
  // Only the leader of the person's team may record why (the team's reasons list); anyone else registers that the
  // person is away, and the kind stays theirs to add.
  const teamId = reasonsListFor(input.reasons, input.registration.personId)?.teamId;
  if (teamId === undefined) return storedAbsenceFrom(record, 'notVisible');
  let reason: ReasonRef;
  try {
    reason = await ensureReason(client, site, teamId, absenceId, input.registration.kind).catch(
      (error: unknown) => {
        const first = toGraphRequestError(error);
        if (!isTransient(first)) throw first;
        return ensureReason(client, site, teamId, absenceId, input.registration.kind);
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
