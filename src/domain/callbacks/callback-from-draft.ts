// A new callback request from a checked draft.
import type { WorkingDayCalendar } from '../working-days';
import { callbackDueAt } from '../working-days';
import type { CallbackRequest } from './callback-request';
import type { CallbackDraft } from './callback-validation';

/** What the app adds to a draft: the client-generated id, who logs it, the calendar, the team's mailbox. */
export type CallbackRequestContext = {
  id: string;
  madeById: string;
  calendar: WorkingDayCalendar;
  /** The assigned team's general mailbox, when there is a team and it has one. */
  teamMailbox: string | null;
};

const trimmedOrNull = (text: string | null): string | null => {
  const trimmed = (text ?? '').trim();
  return trimmed === '' ? null : trimmed;
};

/**
 * An open callback request from a draft that passed `validateCallbackDraft`: text trimmed, empty
 * optional fields null, the phone's E.164 form kept, and the due moment computed from `madeAt`.
 * @example callbackRequestFromDraft({ ...draft, madeAt: monday1000 }, { id: 'c-1', madeById: 'agent-1', calendar: STATUTORY_CALENDAR, teamMailbox: null })
 * // { id: 'c-1', status: 'open', dueAt: 2026-01-14T22:59:59.999Z, attempts: [], closedAt: null, ... }
 */
export const callbackRequestFromDraft = (
  draft: CallbackDraft,
  context: CallbackRequestContext,
): CallbackRequest => {
  const assignedToTeam = trimmedOrNull(draft.assignedToTeam);
  return {
    id: context.id,
    citizen: {
      name: draft.citizenName.trim(),
      phone: draft.phone.kind === 'valid' ? draft.phone.e164 : null,
      email: trimmedOrNull(draft.email),
    },
    question: draft.question.trim(),
    channel: draft.channel,
    preferredTime: trimmedOrNull(draft.preferredTime),
    madeAt: draft.madeAt,
    madeById: context.madeById,
    assignedToPersonId: trimmedOrNull(draft.assignedToPersonId),
    assignedToTeam,
    teamMailbox: assignedToTeam === null ? null : trimmedOrNull(context.teamMailbox),
    dueAt: callbackDueAt(draft.madeAt, context.calendar),
    status: 'open',
    attempts: [],
    closedAt: null,
    closedById: null,
    outcomeNote: null,
    claimedById: null,
  };
};
