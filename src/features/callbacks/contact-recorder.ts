// Recording a call's outcome from another screen (the agent screen): the contact goes into this feature's outbox,
// so it is stored like a callback request (idempotent, across reloads, offline and throttling) without the agent
// screen knowing the callbacks feature. The shell hands the recorder over (features never import each other).
import { useMemo } from 'react';
import type { Contact, ContactInput } from '../../domain/contacts';
import { contactFor } from '../../domain/contacts';
import { instantFromEpochMs } from '../../domain/time';
import { useGraphClient } from '../../graph/client';
import { graphCallbacksDataSource } from './api/graph-callbacks-data-source';
import type { CallbacksDataSource } from './api/callbacks-data-source';
import { contactEntryFor } from './contact-outbox';
import type { NavBadgeProps } from './nav-badges';
import { useOutbox } from './outbox-runner';
import type { OutboxRunner } from './outbox-runner';

export type { ContactInput } from '../../domain/contacts';

export type ContactRecorder = {
  /** Queues the contact (no request now); a callback outcome gets the id its request will have. */
  record: (input: ContactInput) => Contact;
  undo: (contactId: string) => 'undone' | 'tooLate';
};

/** A recorder on the outbox, which also takes a contact made before it was there (see deferred-shell-parts). */
export type OutboxContactRecorder = ContactRecorder & {
  enqueue: (contact: Contact, label: string) => void;
};

/** A recorder on a data source's outbox (also for tests, with a fake data source). */
export function contactRecorderFor(
  source: CallbacksDataSource,
  runner: OutboxRunner,
  newId: () => string = () => crypto.randomUUID(),
): OutboxContactRecorder {
  const enqueue = (contact: Contact, label: string) =>
    runner.enqueueContact(contactEntryFor(contact, label));
  return {
    record: (input) => {
      const contact = contactFor(
        input,
        instantFromEpochMs(source.now().getTime()),
        source.me.id,
        newId,
      );
      enqueue(contact, input.label);
      return contact;
    },
    undo: (contactId) => runner.undoContact(contactId),
    enqueue,
  };
}

/** The signed-in agent's recorder on Microsoft Graph (or the demo tenant). */
export function useContactRecorder({ config, account }: NavBadgeProps): OutboxContactRecorder {
  const client = useGraphClient();
  const source = graphCallbacksDataSource(client, config, {
    id: account.userId,
    displayName: account.displayName,
  });
  const { runner } = useOutbox(source);
  return useMemo(() => contactRecorderFor(source, runner), [source, runner]);
}
