// Repeat callers in the callback form: the citizen's earlier requests looked up by the exact normalised phone or
// e-mail typed, the agent's choice between adding this call to the open request ("inwoner belde opnieuw", through
// the outbox) and a new request linked to the earlier one.
import { useEffect, useMemo, useState } from 'react';
import type { MutableRefObject } from 'react';
import type { CallbackRequest } from '../../../domain/callbacks';
import { instantFromEpochMs } from '../../../domain/time';
import { useCallbacksDataSource } from '../api/callbacks-data-source';
import type { CallbacksDirectory } from '../api/use-callbacks-directory';
import { useEarlierCallbacks } from '../api/get-earlier-callbacks';
import type { CallbackFormState } from '../callback-form-state';
import { useOutbox } from '../outbox-runner';
import { repeatCallEntry } from '../repeat-call';
import { typedContactKeys } from '../repeat-lookup-keys';

/** Options of {@link useRepeatCaller}. */
export type RepeatCallerOptions = {
  form: CallbackFormState;
  directory: CallbacksDirectory;
  /** Set here to the earlier request's id a new request is linked to; read by the form when it saves. */
  repeatOfRef: MutableRefObject<string | null>;
  /** After adding to the open request: the form starts anew for the next call. */
  onAdded: () => void;
};

/** Who has an earlier request: the colleague it is assigned to (or who claimed it), else its team. */
export function holderOf(request: CallbackRequest, directory: CallbacksDirectory): string | null {
  const personId = request.assignedToPersonId ?? request.claimedById;
  const person = personId === null ? undefined : directory.peopleById.get(personId);
  return person?.displayName ?? request.assignedToTeam;
}

/** See the module comment. */
export function useRepeatCaller({ form, directory, repeatOfRef, onAdded }: RepeatCallerOptions) {
  const source = useCallbacksDataSource();
  const { runner } = useOutbox(source);
  const keys = useMemo(() => typedContactKeys(form.phone, form.email), [form.phone, form.email]);
  const earlier = useEarlierCallbacks(keys);
  // The choice belongs to this form: a new form (another id) starts without one.
  const [chosenNew, setChosenNew] = useState<string | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const shown = earlier.status === 'ready' ? earlier.callbacks.map((found) => found.request) : [];
  // Whatever the agent clicked, a request saved while an earlier one is shown is a repeat of it.
  const linkedId = shown[0]?.id ?? null;
  useEffect(() => {
    repeatOfRef.current = linkedId;
  }, [repeatOfRef, linkedId]);

  const addToOpen = (target: CallbackRequest) => {
    const personId = target.assignedToPersonId ?? target.claimedById;
    runner.enqueue(
      repeatCallEntry(
        target,
        { callId: form.id, at: instantFromEpochMs(source.now().getTime()), byId: source.me.id },
        {
          assignee:
            personId === null
              ? null
              : { id: personId, mail: directory.peopleById.get(personId)?.mail ?? null },
          madeByName: source.me.displayName,
          linkUrl: source.myCallbacksUrl,
        },
      ),
    );
    setAdded(holderOf(target, directory) ?? '');
    setChosenNew(null);
    onAdded();
  };

  return {
    earlier,
    shown,
    chosenNew: chosenNew === form.id,
    added,
    addToOpen,
    chooseNew: () => setChosenNew(form.id),
    dismissAdded: () => setAdded(null),
  };
}
