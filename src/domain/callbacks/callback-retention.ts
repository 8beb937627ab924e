// Retention: closed requests lose the citizen's personal data after a configurable period.
import type { Instant } from '../time';
import { DAY_MS } from '../time';
import type { CallbackRequest } from './callback-request';

/**
 * The request without personal data: the citizen's name, phone and e-mail, the question, the
 * preferred time and every free-text note (attempt notes and the outcome note may quote the citizen)
 * are removed. What the figures need stays: ids, channel, team and person, madeAt, dueAt, status,
 * closedAt, each attempt's time, author and outcome, and the repeat links (repeatOfId, each repeat call's time and
 * agent: Herhaalverkeer). Idempotent.
 * @example redactPersonalData(request).citizen // { name: '', phone: null, email: null }
 */
export const redactPersonalData = (request: CallbackRequest): CallbackRequest => ({
  ...request,
  citizen: { name: '', phone: null, email: null },
  question: '',
  preferredTime: null,
  outcomeNote: null,
  attempts: request.attempts.map((attempt) => ({ ...attempt, note: '' })),
});

/**
 * Whether a request's personal data has been removed (a saved request always has a name and a
 * question, so empty ones mean redacted).
 * @example isRedacted(redactPersonalData(request)) // true
 */
export const isRedacted = (request: CallbackRequest): boolean =>
  request.citizen.name === '' && request.question === '' && request.citizen.phone === null;

/**
 * Whether a closed request has been closed for at least `retentionDays` × 24 hours, so its personal
 * data must be removed. Open requests are never past retention (they are still being handled).
 * @example isPastRetention({ ...request, status: 'done', closedAt: jan1 }, feb1, 30) // true
 */
export const isPastRetention = (
  request: CallbackRequest,
  now: Instant,
  retentionDays: number,
): boolean =>
  request.status !== 'open' &&
  request.closedAt !== null &&
  now - request.closedAt >= retentionDays * DAY_MS;
