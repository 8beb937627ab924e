// The callback form's behaviour: the draft kept on every keystroke, the colleague's availability and who
// can call back, where the request goes, and saving through the outbox (the form only lays it out).
import { useEffect, useMemo, useRef, useState } from 'react';
import type { AvailabilitySignals } from '../../../domain/availability';
import type { CallbackAssigneeProposal, CallbackRecipient } from '../../../domain/callbacks';
import {
  callbackAssigneeFor,
  callbackRecipient,
  callbackRequestFromDraft,
  offeredSubstitute,
} from '../../../domain/callbacks';
import type { PersonSummary } from '../../../domain/people';
import { instantFromEpochMs } from '../../../domain/time';
import { callbackDueAt } from '../../../domain/working-days';
import { useCallbacksDataSource } from '../api/callbacks-data-source';
import type { CallbacksDirectory } from '../api/use-callbacks-directory';
import type { CallbackFormState, FormField } from '../callback-form-state';
import {
  clearDraft,
  draftOf,
  formErrors,
  loadDrafts,
  newCallbackForm,
  openingFor,
  saveDraft,
} from '../callback-form-state';
import { outboxEntryFor } from '../outbox';
import { useOutbox } from '../outbox-runner';

/** What another surface may fill in before the agent starts typing. */
export type CallbackPrefill = Partial<
  // `id`: the request id a recorded call outcome already links to (`?verzoek=`).
  Pick<CallbackFormState, 'id' | 'citizenName' | 'email' | 'question' | 'channel'>
>;

/** Options of {@link useCallbackForm}. */
export type CallbackFormOptions = {
  directory: CallbacksDirectory;
  forPersonId: string | null;
  forTeam: string | null;
  prefill: CallbackPrefill;
  /** The earlier request a new one repeats (the repeat-caller lookup sets it); read when saving. */
  repeatOfRef?: { readonly current: string | null };
};

/**
 * The form with what the URL asked for: the draft that belongs to that target wins (nothing typed is
 * lost); a draft for someone else is kept and offered, never poured into this one.
 */
function initialForm(
  storage: Storage,
  userId: string,
  now: number,
  forPersonId: string | null,
  forTeam: string | null,
  prefill: CallbackPrefill,
): { form: CallbackFormState; restored: boolean; otherDraft: CallbackFormState | null } {
  const opening = openingFor(loadDrafts(storage, userId), {
    personId: forPersonId,
    team: forTeam,
  });
  if (opening.kind === 'restore') return { form: opening.draft, restored: true, otherDraft: null };
  return {
    form: {
      ...newCallbackForm(crypto.randomUUID(), now, { personId: forPersonId, team: forTeam }),
      ...prefill,
    },
    restored: false,
    otherDraft: opening.other,
  };
}

/** The colleague's availability signals, asked when the person changes; an answer for another person is ignored. */
function useSignalsOf(person: PersonSummary | undefined): AvailabilitySignals | null {
  const source = useCallbacksDataSource();
  const [signalsOf, setSignalsOf] = useState<{
    personId: string;
    signals: AvailabilitySignals | null;
  } | null>(null);
  useEffect(() => {
    if (person === undefined) return;
    let current = true;
    source.availabilitySignalsOf(person).then(
      (found) => {
        if (current) setSignalsOf({ personId: person.id, signals: found });
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [person, source]);
  return person !== undefined && signalsOf?.personId === person.id ? signalsOf.signals : null;
}

/** See the module comment. */
export function useCallbackForm({
  directory,
  forPersonId,
  forTeam,
  prefill,
  repeatOfRef,
}: CallbackFormOptions) {
  const source = useCallbacksDataSource();
  const { runner } = useOutbox(source);
  const [initial] = useState(() =>
    initialForm(
      source.storage,
      source.me.id,
      source.now().getTime(),
      forPersonId,
      forTeam,
      prefill,
    ),
  );
  const [form, setForm] = useState<CallbackFormState>(initial.form);
  const [restored, setRestored] = useState(initial.restored);
  const [otherDraft, setOtherDraft] = useState(initial.otherDraft);
  const [submitted, setSubmitted] = useState(false);
  const [justSaved, setJustSaved] = useState<string | null>(null);
  const refs = useRef<Partial<Record<FormField, HTMLElement | null>>>({});

  // The agent types the citizen's name the moment the form opens: the first field has focus.
  useEffect(() => {
    refs.current.citizenName?.focus();
  }, []);

  const fieldRef = (field: FormField) => (element: HTMLElement | null) => {
    refs.current[field] = element;
  };

  const person = form.personId === null ? undefined : directory.peopleById.get(form.personId);
  const update = (change: Partial<CallbackFormState>) => {
    setForm((previous) => {
      const next = { ...previous, ...change };
      saveDraft(source.storage, source.me.id, next);
      return next;
    });
  };

  const signals = useSignalsOf(person);
  const dueAt = callbackDueAt(instantFromEpochMs(form.madeAt), source.calendar);
  // Who can call back before the due moment: the domain's one rule, as on the agent's card.
  const proposal = useMemo(
    (): CallbackAssigneeProposal =>
      signals === null
        ? { kind: 'person' }
        : callbackAssigneeFor(signals, instantFromEpochMs(form.madeAt), dueAt, {
            workingDayCalendar: source.calendar,
          }),
    [signals, form.madeAt, dueAt, source.calendar],
  );
  const substitute = useMemo(() => {
    const mailbox =
      person?.team == null
        ? null
        : (directory.teamsByName.get(person.team)?.generalMailbox ?? null);
    return offeredSubstitute(proposal, mailbox);
  }, [proposal, person, directory]);
  const assignment = useMemo(
    (): CallbackRecipient =>
      callbackRecipient(
        { person, substitute, substituteChoice: form.substituteChoice, team: form.team },
        {
          personById: (id) => directory.peopleById.get(id),
          teamByName: (name) => directory.teamsByName.get(name),
          teams: directory.teams,
        },
      ),
    [person, substitute, form.substituteChoice, form.team, directory],
  );

  const errors = submitted ? formErrors(form, assignment, source.now().getTime()) : [];

  // A cleared draft starts again from the prefill; after saving, the next form is empty (that one is done).
  const startNew = (from: 'prefill' | 'empty') => {
    clearDraft(source.storage, source.me.id, form.id);
    setForm({
      ...newCallbackForm(crypto.randomUUID(), source.now().getTime()),
      ...(from === 'prefill' ? prefill : {}),
    });
    setSubmitted(false);
    setRestored(false);
    // Another target's draft, still waiting, is offered again.
    setOtherDraft(
      loadDrafts(source.storage, source.me.id)
        .filter((draft) => draft.id !== form.id)
        .at(-1) ?? null,
    );
  };

  /** "Verder met concept voor Marco": that draft replaces the (untouched or kept) form. */
  const continueWith = (draft: CallbackFormState) => {
    setForm(draft);
    setRestored(true);
    setSubmitted(false);
    setOtherDraft(null);
    refs.current.citizenName?.focus();
  };

  /** "Nieuw voor Youssef": the other draft keeps waiting, this form stays. */
  const keepOtherDraft = () => {
    setOtherDraft(null);
    refs.current.citizenName?.focus();
  };

  const onSubmit = (event: React.SyntheticEvent) => {
    event.preventDefault();
    setSubmitted(true);
    const problems = formErrors(form, assignment, source.now().getTime());
    if (problems.length > 0) {
      refs.current[problems[0]?.field ?? 'general']?.focus();
      return;
    }
    const made = callbackRequestFromDraft(draftOf(form, assignment), {
      id: form.id,
      madeById: source.me.id,
      calendar: source.calendar,
      teamMailbox: assignment.teamMailbox,
    });
    const repeatOfId = repeatOfRef?.current ?? null;
    const request = repeatOfId === null ? made : { ...made, repeatOfId };
    runner.enqueue(
      outboxEntryFor(request, {
        assignee:
          request.assignedToPersonId === null
            ? null
            : { id: request.assignedToPersonId, mail: assignment.assigneeMail },
        madeByName: source.me.displayName,
        linkUrl: source.myCallbacksUrl,
      }),
    );
    setJustSaved(request.citizen.name);
    startNew('empty');
    refs.current.citizenName?.focus();
  };

  /**
   * Ctrl+Enter (Cmd+Enter) saves from anywhere in the form, also the question's text area. Enter in
   * a single-line field saves only a complete form; a half-filled one takes the agent to the first
   * field still missing instead (the people picker keeps its own Enter: choosing a colleague).
   */
  const onKeyDown = (event: React.KeyboardEvent<HTMLFormElement>) => {
    if (event.key !== 'Enter' || event.shiftKey || event.altKey) return;
    const target = event.target as HTMLElement;
    if (event.ctrlKey || event.metaKey) {
      event.preventDefault();
      onSubmit(event);
      return;
    }
    if (target.tagName !== 'INPUT' || target.getAttribute('role') === 'combobox') return;
    const problems = formErrors(form, assignment, source.now().getTime());
    if (problems.length === 0) return;
    event.preventDefault();
    const next = refs.current[problems[0]?.field ?? 'general'];
    if (next !== target) next?.focus();
  };

  /** Who a form or draft is for, as the agent reads it: the colleague's name, else the team. */
  const targetName = (target: CallbackFormState): string =>
    (target.personId === null
      ? undefined
      : directory.peopleById.get(target.personId)?.displayName) ??
    (target.personQuery.trim() !== '' && target.personId !== null
      ? target.personQuery
      : (target.team ?? ''));

  /** Focus to a field (after a choice outside the fields, the agent goes on typing). */
  const focusField = (field: FormField) => refs.current[field]?.focus();

  return {
    form,
    update,
    fieldRef,
    focusField,
    person,
    proposal,
    substitute,
    assignment,
    dueAt,
    errors,
    restored,
    otherDraft,
    justSaved,
    startNew,
    continueWith,
    keepOtherDraft,
    onSubmit,
    onKeyDown,
    targetName,
  };
}
