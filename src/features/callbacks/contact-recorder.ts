// Recording a call's outcome from another screen (the agent screen): the contact goes into this feature's outbox,
// so it is stored like a callback request (idempotent, across reloads, offline and throttling) without the agent
// screen knowing the callbacks feature. The shell hands the recorder over (features never import each other).
import { useMemo } from 'react';
import type { Contact, ContactOutcome } from '../../domain/contacts';
import { instantFromEpochMs } from '../../domain/time';
import { useGraphClient } from '../../graph/client';
import { graphCallbacksDataSource } from './api/graph-callbacks-data-source';
import type { CallbacksDataSource } from './api/callbacks-data-source';
import { contactEntryFor } from './contact-outbox';
import type { NavBadgeProps } from './nav-badges';
import { useOutbox } from './outbox-runner';
import type { OutboxRunner } from './outbox-runner';

/** What the agent screen gives: the outcome and for whom (`label`: the name shown in the outbox). */
export type ContactInput = {
  outcome: ContactOutcome;
  personId: string | null;
  team: string | null;
  label: string;
};

export type ContactRecorder = {
  /** Queues the contact (no request now); a callback outcome gets the id its request will have. */
  record: (input: ContactInput) => Contact;
  undo: (contactId: string) => 'undone' | 'tooLate';
};

/** A recorder on a data source's outbox (also for tests, with a fake data source). */
export function contactRecorderFor(
  source: CallbacksDataSource,
  runner: OutboxRunner,
  newId: () => string = () => crypto.randomUUID(),
): ContactRecorder {
  return {
    record: (input) => {
      const contact: Contact = {
        id: newId(),
        recordedAt: instantFromEpochMs(source.now().getTime()),
        agentId: source.me.id,
        personId: input.personId,
        team: input.outcome === 'selfAnswered' ? null : input.team,
        outcome: input.outcome,
        callbackRequestId: input.outcome === 'callbackRequested' ? newId() : null,
      };
      runner.enqueueContact(contactEntryFor(contact, input.label));
      return contact;
    },
    undo: (contactId) => runner.undoContact(contactId),
  };
}

/** The signed-in agent's recorder on Microsoft Graph (or the demo tenant). */
export function useContactRecorder({ config, account }: NavBadgeProps): ContactRecorder {
  const client = useGraphClient();
  const source = graphCallbacksDataSource(client, config, {
    id: account.userId,
    displayName: account.displayName,
  });
  const { runner } = useOutbox(source);
  return useMemo(() => contactRecorderFor(source, runner), [source, runner]);
}
