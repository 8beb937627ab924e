// "Toevoegen aan het open verzoek" as an outbox entry: the earlier request, as the agent saw it in the lookup,
// under the id of the agent's form, so the outbox keeps it like any request and a retry adds the call once.
import type { CallbackRepeatCall, CallbackRequest } from '../../domain/callbacks';
import type { Instant } from '../../domain/time';
import type { OutboxEntry, OutboxNotification } from './outbox';
import { outboxEntryFor } from './outbox';

/**
 * The outbox entry that adds "inwoner belde opnieuw" to `earlier` for the call the agent took now.
 * @example repeatCallEntry(jansenOpen, { callId: form.id, at: now, byId: me.id }, notification).repeatCallTo // { requestId: jansenOpen.id }
 */
export function repeatCallEntry(
  earlier: CallbackRequest,
  call: { callId: string; at: Instant; byId: string },
  notification: OutboxNotification,
): OutboxEntry {
  return outboxEntryFor(
    { ...earlier, id: call.callId, madeAt: call.at, madeById: call.byId },
    notification,
    { requestId: earlier.id },
  );
}

/** The repeat call an entry of {@link repeatCallEntry} stands for. */
export const repeatCallOf = (request: CallbackRequest): CallbackRepeatCall => ({
  id: request.id,
  at: request.madeAt,
  byId: request.madeById,
});
