// What the agent screen needs to record call outcomes; the shell gives it (the outbox lives in the callbacks feature,
// and features never import each other). Null where there is nowhere to store them: the buttons are not shown.
import type { Contact, ContactOutcome } from '../../domain/contacts';

export type OutcomeRecorder = {
  /** Queues the outcome (no request before the next call); a callback outcome carries its request's id. */
  record: (input: {
    outcome: ContactOutcome;
    personId: string | null;
    team: string | null;
    label: string;
  }) => Contact;
  undo: (contactId: string) => 'undone' | 'tooLate';
};

/** For whom an outcome is recorded: the open card's colleague or the open team. */
export type OutcomeTarget =
  | { kind: 'person'; personId: string; team: string | null; name: string }
  | { kind: 'team'; team: string; name: string };

/**
 * The callback form for a recorded "Niet opgenomen → terugbelverzoek", linked by the request id.
 * @example callbackFormHref({ kind: 'team', team: 'Burgerzaken', name: 'Burgerzaken' }, 'r1') // '#/terugbelverzoek/nieuw?team=Burgerzaken&verzoek=r1'
 */
export function callbackFormHref(target: OutcomeTarget, requestId: string): string {
  const who =
    target.kind === 'person'
      ? `voor=${encodeURIComponent(target.personId)}`
      : `team=${encodeURIComponent(target.team)}`;
  return `#/terugbelverzoek/nieuw?${who}&verzoek=${encodeURIComponent(requestId)}`;
}
