// Callback list items ⇄ the domain's CallbackRequest, at the graph layer's edge.
import type { callbacksList } from '../../../schema/lists';
import type {
  AttemptOutcome,
  CallbackAttempt,
  CallbackChannel,
  CallbackRequest,
  CallbackStatus,
} from '../../domain/callbacks';
import { contactKeysOf } from '../../domain/callbacks';
import { repeatCallsFromJson, repeatCallsToJson } from './repeat-calls-json';
import { instantFromEpochMs } from '../../domain/time';
import type { Instant } from '../../domain/time';
import type { LastModified, ListFields, ListRecord } from '../lists';
import { jsonColumnEntries } from './json-column';

/** A request as stored: the domain object plus what the store needs to update it safely. */
export type StoredCallback = {
  request: CallbackRequest;
  /** The list item's id. */
  itemId: string;
  /** For `If-Match`; null when the item came without one (then updates are not guarded). */
  eTag: string | null;
  /** When retention removed the personal data; null while it is still there. */
  redactedAt: Instant | null;
  /** Who changed it last and when, as SharePoint recorded it (shown when a change of mine came second). */
  lastChange?: LastModified;
};

export type CallbackFields = ListFields<typeof callbacksList>;

const channels: readonly CallbackChannel[] = ['phone', 'email', 'desk', 'chat'];
const statuses: readonly CallbackStatus[] = ['open', 'done', 'cancelled'];
const outcomes: readonly AttemptOutcome[] = [
  'reached',
  'noAnswer',
  'voicemail',
  'wrongNumber',
  'emailed',
];

/**
 * The attempts column's JSON as attempts; entries that do not parse are dropped (a hand-edited row
 * must not break the screen).
 * @example attemptsFromJson('[{"at":"2026-01-13T09:00:00Z","byId":"u1","outcome":"noAnswer","note":""}]').length // 1
 */
export function attemptsFromJson(json: string | null): CallbackAttempt[] {
  return jsonColumnEntries(json).flatMap((record): CallbackAttempt[] => {
    const at = typeof record.at === 'string' ? Date.parse(record.at) : Number.NaN;
    const outcome = outcomes.find((candidate) => candidate === record.outcome);
    if (Number.isNaN(at) || outcome === undefined || typeof record.byId !== 'string') return [];
    return [
      {
        at: instantFromEpochMs(at),
        byId: record.byId,
        outcome,
        note: typeof record.note === 'string' ? record.note : '',
      },
    ];
  });
}

/** Attempts as the JSON kept in the list (ISO instants, so a person can read the column too). */
export function attemptsToJson(attempts: readonly CallbackAttempt[]): string | null {
  if (attempts.length === 0) return null;
  return JSON.stringify(
    attempts.map((attempt) => ({
      at: new Date(attempt.at).toISOString(),
      byId: attempt.byId,
      outcome: attempt.outcome,
      note: attempt.note,
    })),
  );
}

/** A typed list record as a stored callback request. */
export function storedCallbackFrom(record: ListRecord<typeof callbacksList>): StoredCallback {
  const fields = record.fields;
  const repeatCalls = repeatCallsFromJson(fields.RepeatCalls);
  return {
    itemId: record.id,
    eTag: record.eTag,
    redactedAt: fields.RedactedAt,
    ...(record.lastModified === undefined ? {} : { lastChange: record.lastModified }),
    request: {
      id: fields.RequestId,
      citizen: {
        name: fields.CitizenName ?? '',
        phone: fields.CitizenPhone,
        email: fields.CitizenEmail,
      },
      question: fields.Question ?? '',
      channel: channels.find((channel) => channel === fields.Channel) ?? 'phone',
      preferredTime: fields.PreferredTime,
      madeAt: fields.MadeAt,
      madeById: fields.MadeById,
      assignedToPersonId: fields.AssignedToId,
      assignedToTeam: fields.AssignedTeam,
      teamMailbox: fields.TeamMailbox,
      dueAt: fields.DueAt,
      status: statuses.find((status) => status === fields.Status) ?? 'open',
      attempts: attemptsFromJson(fields.Attempts),
      closedAt: fields.ClosedAt,
      closedById: fields.ClosedById,
      outcomeNote: fields.OutcomeNote,
      claimedById: fields.ClaimedById,
      // Left out when empty, so a request reads back exactly as it was written.
      ...(fields.RepeatOfId === null ? {} : { repeatOfId: fields.RepeatOfId }),
      ...(repeatCalls.length === 0 ? {} : { repeatCalls }),
    },
  };
}

/**
 * Every column of a request, for a create; also the columns that exist only to keep queries under SharePoint's list
 * view threshold (OpenAssigneeId, OpenTeam, UnredactedClosedAt: see schema/lists.ts) and the repeat-caller lookup
 * keys (CitizenPhoneKey, CitizenEmailKey: from the citizen, so retention's redaction empties them too), derived here
 * so that every write keeps them right.
 * @example fieldsForCallback({ ...request, status: 'done', closedAt }).OpenTeam // null
 */
export function fieldsForCallback(
  request: CallbackRequest,
  redactedAt: Instant | null = null,
): CallbackFields {
  const keys = contactKeysOf(request.citizen);
  return {
    Title: request.id,
    RequestId: request.id,
    CitizenName: request.citizen.name === '' ? null : request.citizen.name,
    CitizenPhone: request.citizen.phone,
    CitizenEmail: request.citizen.email,
    Question: request.question === '' ? null : request.question,
    Channel: request.channel,
    PreferredTime: request.preferredTime,
    MadeAt: request.madeAt,
    MadeById: request.madeById,
    AssignedToId: request.assignedToPersonId,
    AssignedTeam: request.assignedToTeam,
    TeamMailbox: request.teamMailbox,
    DueAt: request.dueAt,
    Status: request.status,
    ClaimedById: request.claimedById,
    ClosedAt: request.closedAt,
    ClosedById: request.closedById,
    OutcomeNote: request.outcomeNote,
    Attempts: attemptsToJson(request.attempts),
    RedactedAt: redactedAt,
    OpenAssigneeId: request.status === 'open' ? request.assignedToPersonId : null,
    OpenTeam: request.status === 'open' ? request.assignedToTeam : null,
    UnredactedClosedAt: request.status !== 'open' && redactedAt === null ? request.closedAt : null,
    CitizenPhoneKey: keys.phone,
    CitizenEmailKey: keys.email,
    RepeatOfId: request.repeatOfId ?? null,
    RepeatCalls: repeatCallsToJson(request.repeatCalls ?? []),
  };
}

/**
 * Only the columns that differ between two versions of a request: a PATCH sends no more than it
 * changes, so a concurrent change to another column is not overwritten by a stale value.
 * @example changedFields(request, { ...request, status: 'done' }) // { Status: 'done' }
 */
export function changedFields(
  before: CallbackRequest,
  after: CallbackRequest,
  redactedBefore: Instant | null = null,
  redactedAfter: Instant | null = redactedBefore,
): Partial<CallbackFields> {
  const old = fieldsForCallback(before, redactedBefore) as Record<string, unknown>;
  const next = fieldsForCallback(after, redactedAfter) as Record<string, unknown>;
  const changes: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(next)) if (old[name] !== value) changes[name] = value;
  return changes;
}
