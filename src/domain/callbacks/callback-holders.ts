// Whose a request is, and where it shows: who holds it, whether it belongs in a person's own list, how its
// due moment is marked on a card, and which tab of the team view it is counted in.
import type { Instant } from '../time';
import type { WorkingDayCalendar } from '../working-days';
import type { CallbackRequest } from './callback-request';
import { isDueSoon, isDueToday, isOverdue } from './callback-status';

/**
 * Whether an open request went to the team mailbox and nobody has taken it on yet (anyone of the team may claim it).
 * @example isUnclaimedTeamRequest({ ...request, assignedToPersonId: null, claimedById: null }) // true
 */
export const isUnclaimedTeamRequest = (request: CallbackRequest): boolean =>
  request.status === 'open' && request.assignedToPersonId === null && request.claimedById === null;

/**
 * Whether a person holds an open request: it is assigned to them, or it is a team request they claimed. What an
 * absent person holds is handed over to their substitute.
 * @example isHeldBy({ ...request, assignedToPersonId: null, claimedById: 'u1' }, 'u1') // true
 */
export const isHeldBy = (request: CallbackRequest, personId: string): boolean =>
  request.status === 'open' &&
  (request.assignedToPersonId === personId ||
    (request.assignedToPersonId === null && request.claimedById === personId));

/**
 * Whether an open request still belongs in a person's own list: nobody else has it (assigned to or claimed by someone
 * else). An unclaimed team request belongs there too, for them to claim.
 * @example belongsInListOf({ ...request, assignedToPersonId: null, claimedById: 'anna' }, 'pieter') // false
 */
export const belongsInListOf = (request: CallbackRequest, personId: string): boolean =>
  request.status === 'open' &&
  (request.assignedToPersonId ?? personId) === personId &&
  (request.claimedById ?? personId) === personId;

/**
 * Whether a reassignment changed nothing for anyone: the same person and team as before, and nobody had claimed it
 * (so nobody needs to be told).
 * @example isUnchangedReassignment(request, { ...request }) // true while request.claimedById is null
 */
export const isUnchangedReassignment = (before: CallbackRequest, after: CallbackRequest): boolean =>
  before.assignedToPersonId === after.assignedToPersonId &&
  before.assignedToTeam === after.assignedToTeam &&
  before.claimedById === null;

/** How a card marks a request's due moment: past it, due today, due later, or closed. */
export type DueMark = 'overdue' | 'dueToday' | 'due' | 'closed';

/**
 * The due mark of a request at a moment.
 * @example dueMarkOf({ ...request, dueAt: wed235959 }, thursday0900) // 'overdue'
 */
export const dueMarkOf = (request: CallbackRequest, now: Instant): DueMark =>
  isOverdue(request, now)
    ? 'overdue'
    : isDueToday(request, now)
      ? 'dueToday'
      : request.status === 'open'
        ? 'due'
        : 'closed';

/** The tabs of a team's requests; a request may count in more than one ('open' holds the overdue ones). */
export type TeamCallbackTab = 'open' | 'dueSoon' | 'overdue' | 'done';
export const TEAM_CALLBACK_TABS: readonly TeamCallbackTab[] = [
  'open',
  'dueSoon',
  'overdue',
  'done',
];

/**
 * Whether a request is counted and shown in a tab of the team view at a moment: 'dueSoon' is due today or on the next
 * working day ({@link isDueSoon}); 'done' is every closed request (done or cancelled).
 * @example isInTeamTab('dueSoon', { ...request, dueAt: endOfMonday }, friday0900, STATUTORY_CALENDAR) // true
 */
export const isInTeamTab = (
  tab: TeamCallbackTab,
  request: CallbackRequest,
  now: Instant,
  calendar: WorkingDayCalendar,
): boolean => {
  switch (tab) {
    case 'open':
      return request.status === 'open';
    case 'overdue':
      return isOverdue(request, now);
    case 'dueSoon':
      return isDueSoon(request, now, calendar);
    case 'done':
      return request.status !== 'open';
  }
};
