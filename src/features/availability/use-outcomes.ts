// Recording outcomes on the agent screen: one key press or click, the shortcut keys from anywhere (also the search
// box), the last one shown with "Ongedaan maken" for its minute. Nothing waits for Graph: the outbox stores it.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ContactOutcome } from '../../domain/contacts';
import { CONTACT_UNDO_MS, isCallForTeam } from '../../domain/contacts';
import { outcomeForKey } from './outcome-keys';
import type { OutcomeRecorder, OutcomeTarget } from './outcome-recorder';
import { callbackFormHref } from './outcome-recorder';

/** The last outcome recorded on this screen, while it can be undone (and just after undoing it). */
export type LastOutcome = {
  contactId: string;
  outcome: ContactOutcome;
  label: string;
  undoUntil: number;
  state: 'recorded' | 'undone' | 'tooLate';
};

export function useOutcomes(
  recorder: OutcomeRecorder | null,
  target: OutcomeTarget | null,
  now: () => Date,
) {
  const [last, setLast] = useState<LastOutcome | null>(null);
  // `record` stays the same function when another card opens (it reads the target when called), so the buttons
  // of the cards kept ready need no render on Enter.
  const targetRef = useRef(target);
  useLayoutEffect(() => {
    targetRef.current = target;
  }, [target]);

  const record = useCallback(
    (outcome: ContactOutcome) => {
      const current = targetRef.current;
      if (recorder === null) return;
      if (isCallForTeam(outcome) && current === null) return;
      const contact = recorder.record({
        outcome,
        personId: current?.kind === 'person' && isCallForTeam(outcome) ? current.personId : null,
        team: isCallForTeam(outcome) ? (current?.team ?? null) : null,
        label: isCallForTeam(outcome) ? (current?.name ?? '') : '',
      });
      setLast({
        contactId: contact.id,
        outcome,
        label: isCallForTeam(outcome) ? (current?.name ?? '') : '',
        undoUntil: contact.recordedAt + CONTACT_UNDO_MS,
        state: 'recorded',
      });
      if (outcome === 'callbackRequested' && current !== null && contact.callbackRequestId !== null)
        window.location.hash = callbackFormHref(current, contact.callbackRequestId);
    },
    [recorder],
  );

  const undo = useCallback(() => {
    if (recorder === null || last === null || last.state !== 'recorded') return;
    const result = recorder.undo(last.contactId);
    setLast({ ...last, state: result === 'undone' ? 'undone' : 'tooLate' });
  }, [recorder, last]);

  // The notice goes when its minute is over (an undone one shortly after it was undone).
  useEffect(() => {
    if (last === null) return;
    const at = now().getTime();
    const ends = last.state === 'recorded' ? last.undoUntil : at + 10_000;
    const timer = setTimeout(
      () => setLast((current) => (current === last ? null : current)),
      Math.max(0, ends - at),
    );
    return () => clearTimeout(timer);
  }, [last, now]);

  // The keys work from anywhere on the screen, the search box included.
  useEffect(() => {
    if (recorder === null) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const outcome = outcomeForKey(event);
      if (outcome === null || event.repeat) return;
      event.preventDefault();
      record(outcome);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [recorder, record]);

  return { last, record, undo, enabled: recorder !== null };
}
