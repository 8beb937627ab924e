// Changes to a request; each returns a new object and leaves the given one untouched.
import type { Instant } from '../time';
import type { CallbackAttempt, CallbackRequest } from './callback-request';

/** How a request is closed: done (handled, reached or not) or cancelled, with an optional note. */
export type CallbackClosing = { status: 'done' | 'cancelled'; note: string | null };

/**
 * The request with one more attempt, kept in time order (an attempt logged late, with an earlier
 * time, goes in its place). A closed request is returned unchanged: attempts belong to open requests.
 * Does not close the request: closing is a separate decision ({@link closeRequest}).
 * @example logAttempt(request, { at: tue1000, byId: 'u1', outcome: 'noAnswer', note: '' }).attempts.length // request.attempts.length + 1
 */
export const logAttempt = (request: CallbackRequest, attempt: CallbackAttempt): CallbackRequest => {
  if (request.status !== 'open') return request;
  const attempts = [...request.attempts, { ...attempt }].sort((a, b) => a.at - b.at);
  return { ...request, attempts };
};

/**
 * The request closed at a moment by a person (the assignee, or a team leader on their behalf) with a status and an
 * outcome note (trimmed; empty → null). Closing a request that is already closed returns it unchanged (the first
 * closing stands).
 * @example closeRequest(request, { status: 'done', note: 'Inwoner geïnformeerd' }, wed1100, 'u1')
 * // { ...request, status: 'done', closedAt: wed1100, closedById: 'u1', outcomeNote: 'Inwoner geïnformeerd' }
 */
export const closeRequest = (
  request: CallbackRequest,
  closing: CallbackClosing,
  at: Instant,
  byId: string,
): CallbackRequest => {
  if (request.status !== 'open') return request;
  const note = (closing.note ?? '').trim();
  return {
    ...request,
    status: closing.status,
    closedAt: at,
    closedById: byId,
    outcomeNote: note === '' ? null : note,
  };
};

/**
 * The request taken on by a person. Whether the claim won against someone else's is decided by the
 * store (eTags), not here; an already-claimed or closed request is returned unchanged.
 * @example claimRequest({ ...request, claimedById: null }, 'u2').claimedById // 'u2'
 */
export const claimRequest = (request: CallbackRequest, personId: string): CallbackRequest =>
  request.status !== 'open' || request.claimedById !== null
    ? request
    : { ...request, claimedById: personId };

/**
 * The request given to another person and/or team (by a team leader). The claim is cleared and the
 * due moment is kept: the deadline belongs to the citizen, not to the assignee.
 * @example reassignRequest(request, { personId: 'u3', team: 'Burgerzaken', teamMailbox: 'burgerzaken@example.nl' })
 * // { ...request, assignedToPersonId: 'u3', assignedToTeam: 'Burgerzaken', claimedById: null, ... }
 */
export const reassignRequest = (
  request: CallbackRequest,
  to: { personId: string | null; team: string | null; teamMailbox: string | null },
): CallbackRequest => ({
  ...request,
  assignedToPersonId: to.personId,
  assignedToTeam: to.team,
  teamMailbox: to.team === null ? null : to.teamMailbox,
  claimedById: null,
});
