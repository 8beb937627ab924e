// The shell's callback parts (navigation counts, the outbox, the outcome recorder) are not needed for the first
// paint: the agent screen answers its first search without them. They come in a chunk of their own, asked for once
// the page has painted, so the first screen's JavaScript stays small. Until they are here a badge shows nothing
// (as while its count loads) and an outcome waits in memory; it goes into the outbox as soon as the chunk arrives.
import { createElement, useEffect, useMemo, useState } from 'react';
import type { ComponentType, ReactNode } from 'react';
import type { Contact } from '../../domain/contacts';
import { contactFor } from '../../domain/contacts';
import type { Instant } from '../../domain/time';
import { instantFromEpochMs } from '../../domain/time';
import type { ContactInput, ContactRecorder, OutboxContactRecorder } from './contact-recorder';
import type { NavBadgeProps } from './nav-badges';
import type * as ShellPartsModule from './shell-parts';

type ShellParts = typeof ShellPartsModule;

let shellParts: Promise<ShellParts> | undefined;

/** The chunk, asked for once; a failed fetch (offline) is asked for again by the next caller. */
export function loadCallbackShellParts(): Promise<ShellParts> {
  shellParts ??= import('./shell-parts').catch((error: unknown) => {
    shellParts = undefined;
    throw error;
  });
  return shellParts;
}

/** Resolves after the browser painted the current frame; in a hidden tab (no frames) after at most `latestMs`. */
export function afterNextPaint(latestMs = 500): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, latestMs);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}

const retryAfterMs = 5_000;

/** The loaded chunk for a component that renders nothing until it is here; retried while it cannot be fetched. */
function useShellPartsAfterPaint(): ShellParts | null {
  const [parts, setParts] = useState<ShellParts | null>(null);
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = () =>
      loadCallbackShellParts().then(
        (loaded) => {
          if (live) setParts(loaded);
        },
        () => {
          if (live) timer = setTimeout(() => void load(), retryAfterMs);
        },
      );
    void afterNextPaint().then(() => (live ? load() : undefined));
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, []);
  return parts;
}

function deferred(pick: (parts: ShellParts) => ComponentType<NavBadgeProps>) {
  return function DeferredPart(props: NavBadgeProps) {
    const parts = useShellPartsAfterPaint();
    return parts === null ? null : createElement(pick(parts), props);
  };
}

/** "Mijn terugbelverzoeken (3)": the count, once the chunk is here. */
export const DeferredMyCallbacksNavBadge = deferred((parts) => parts.MyCallbacksNavBadge);
/** The outbox's count after "Terugbelverzoek"; mounting it keeps the outbox running on every page. */
export const DeferredOutboxNavBadge = deferred((parts) => parts.OutboxNavBadge);

/** What of a user still waits in the outbox (the shell asks before signing out). */
export const outboxWaitingCountsSoon = (
  userId: string,
): Promise<{ callbacks: number; contacts: number }> =>
  loadCallbackShellParts().then((parts) => parts.outboxWaitingCounts(userId));

export type DeferredContactRecorder = ContactRecorder & {
  /** The outbox's recorder once it is here (null again when it goes): what waited is handed to it at once. */
  attach: (recorder: OutboxContactRecorder | null) => void;
};

/**
 * A recorder that works before the outbox is loaded: the contact is made at once (its id is what the agent screen
 * offers to undo) and kept until the outbox's recorder is attached. The wait is a frame and a chunk, well before an
 * agent can have searched and chosen an outcome.
 */
export function deferredContactRecorder(
  agentId: string,
  now: () => Instant,
  newId: () => string = () => crypto.randomUUID(),
): DeferredContactRecorder {
  let target: OutboxContactRecorder | null = null;
  let waiting: { contact: Contact; label: string }[] = [];
  return {
    record: (input: ContactInput) => {
      if (target !== null) return target.record(input);
      const contact = contactFor(input, now(), agentId, newId);
      waiting.push({ contact, label: input.label });
      return contact;
    },
    undo: (contactId) => {
      if (target !== null) return target.undo(contactId);
      const before = waiting.length;
      waiting = waiting.filter((entry) => entry.contact.id !== contactId);
      // Not sent yet, so always in its undo minute.
      return waiting.length < before ? 'undone' : 'tooLate';
    },
    attach: (recorder) => {
      target = recorder;
      if (recorder === null) return;
      for (const entry of waiting) recorder.enqueue(entry.contact, entry.label);
      waiting = [];
    },
  };
}

const wallClock = (): Instant => instantFromEpochMs(Date.now());

/**
 * The signed-in agent's outcome recorder, for the agent screen, and the element that loads and runs the outbox
 * behind it (render it beside the screen).
 */
export function useDeferredContactRecorder(props: NavBadgeProps): {
  recorder: ContactRecorder;
  host: ReactNode;
} {
  const { userId } = props.account;
  const recorder = useMemo(() => deferredContactRecorder(userId, wallClock), [userId]);
  return {
    recorder,
    host: createElement(DeferredRecorderHost, { ...props, onRecorder: recorder.attach }),
  };
}

function DeferredRecorderHost(
  props: NavBadgeProps & { onRecorder: (recorder: OutboxContactRecorder | null) => void },
) {
  const parts = useShellPartsAfterPaint();
  return parts === null ? null : createElement(parts.ContactRecorderHost, props);
}
