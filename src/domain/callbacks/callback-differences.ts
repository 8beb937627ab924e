// What someone else changed in a request since it was shown: the parts a person handling it would notice, so a
// conflict can say "gewijzigd door X: status, pogingen" instead of only "someone changed it".
import type { CallbackRequest } from './callback-request';

/** A part of a request that can change while it is on someone's screen. */
export type CallbackPart =
  'status' | 'assignee' | 'team' | 'claimed' | 'attempts' | 'due' | 'outcome' | 'citizen';

/**
 * The parts of `current` that differ from `shown`, in a fixed order.
 * @example changedParts(shown, { ...shown, status: 'done' }) // ['status']
 */
export function changedParts(shown: CallbackRequest, current: CallbackRequest): CallbackPart[] {
  const parts: [CallbackPart, boolean][] = [
    ['status', shown.status !== current.status],
    ['assignee', shown.assignedToPersonId !== current.assignedToPersonId],
    ['team', shown.assignedToTeam !== current.assignedToTeam],
    ['claimed', shown.claimedById !== current.claimedById],
    ['attempts', shown.attempts.length !== current.attempts.length],
    ['due', shown.dueAt !== current.dueAt],
    ['outcome', shown.outcomeNote !== current.outcomeNote],
    [
      'citizen',
      shown.citizen.name !== current.citizen.name ||
        shown.citizen.phone !== current.citizen.phone ||
        shown.citizen.email !== current.citizen.email ||
        shown.question !== current.question ||
        shown.preferredTime !== current.preferredTime,
    ],
  ];
  return parts.filter(([, changed]) => changed).map(([part]) => part);
}
