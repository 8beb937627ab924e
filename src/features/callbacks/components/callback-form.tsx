// The agent's callback form: keyboard-first, draft kept on every keystroke, due moment shown before
// saving, the callback substitute of an absent colleague proposed, saving through the outbox.
import {
  Button,
  Combobox,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Option,
  Radio,
  RadioGroup,
  Select,
  Textarea,
} from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { AvailabilitySignals, Substitute } from '../../../domain/availability';
import type { CallbackAssigneeProposal, CallbackChannel } from '../../../domain/callbacks';
import { callbackAssigneeFor, callbackRequestFromDraft } from '../../../domain/callbacks';
import { searchPeople } from '../../../domain/people';
import { instantFromEpochMs } from '../../../domain/time';
import { callbackDueAt } from '../../../domain/working-days';
import { useI18n } from '../../../i18n';
import { useCallbacksDataSource } from '../api/callbacks-data-source';
import type { CallbacksDirectory } from '../api/use-callbacks-directory';
import type { Assignment, CallbackFormState, FormField } from '../callback-form-state';
import {
  clearDraft,
  draftOf,
  formErrors,
  loadDrafts,
  newCallbackForm,
  openingFor,
  saveDraft,
} from '../callback-form-state';
import { dueDateText } from '../due-text';
import { outboxEntryFor } from '../outbox';
import { useOutbox } from '../outbox-runner';
import { readPhone } from '../phone';
import { useCallbackFormStyles } from './callback-form.styles';
import { OutboxStatus } from './outbox-status';

/** Props of {@link CallbackForm}. */
export type CallbackFormProps = {
  directory: CallbacksDirectory;
  /** From `?voor=<personId>`: the colleague the request is for. */
  forPersonId: string | null;
  /** From `?team=<name>`: the team the request is for. */
  forTeam: string | null;
  /** Values a new form starts with (the Outlook add-in: sender, subject, channel e-mail); all editable. */
  prefill?: CallbackPrefill;
};

/** What another surface may fill in before the agent starts typing. */
export type CallbackPrefill = Partial<
  Pick<CallbackFormState, 'citizenName' | 'email' | 'question' | 'channel'>
>;

const channels: readonly CallbackChannel[] = ['phone', 'email', 'desk', 'chat'];

type FullAssignment = Assignment & { teamMailbox: string | null; assigneeMail: string | null };

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

/** The agent's callback form; see the module comment. */
export function CallbackForm({ directory, forPersonId, forTeam, prefill }: CallbackFormProps) {
  const styles = useCallbackFormStyles();
  const i18n = useI18n();
  const { t, locale } = i18n;
  const source = useCallbacksDataSource();
  const { runner } = useOutbox(source);
  const [initial] = useState(() =>
    initialForm(
      source.storage,
      source.me.id,
      source.now().getTime(),
      forPersonId,
      forTeam,
      prefill ?? {},
    ),
  );
  const [form, setForm] = useState<CallbackFormState>(initial.form);
  const [restored, setRestored] = useState(initial.restored);
  const [otherDraft, setOtherDraft] = useState(initial.otherDraft);
  const [submitted, setSubmitted] = useState(false);
  const [signalsOf, setSignalsOf] = useState<{
    personId: string;
    signals: AvailabilitySignals | null;
  } | null>(null);
  const [justSaved, setJustSaved] = useState<string | null>(null);
  const refs = useRef<Partial<Record<FormField, HTMLElement | null>>>({});

  // The agent types the citizen's name the moment the form opens: the first field has focus.
  useEffect(() => {
    refs.current.citizenName?.focus();
  }, []);

  const person = form.personId === null ? undefined : directory.peopleById.get(form.personId);
  // The person's name fills the picker once the directory knows them (from ?voor=).
  const personQuery =
    form.personQuery === '' && person !== undefined ? person.displayName : form.personQuery;

  const update = (change: Partial<CallbackFormState>) => {
    setForm((previous) => {
      const next = { ...previous, ...change };
      saveDraft(source.storage, source.me.id, next);
      return next;
    });
  };

  // The colleague's availability signals, asked when the person changes; an answer for another
  // person than the chosen one is ignored.
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
  const dueAt = callbackDueAt(instantFromEpochMs(form.madeAt), source.calendar);
  // Who can call back before the due moment: the domain's one rule, as on the agent's card.
  const { proposal, substitute } = useMemo((): {
    proposal: CallbackAssigneeProposal;
    substitute: Substitute | null;
  } => {
    const known =
      person !== undefined && signalsOf?.personId === person.id ? signalsOf.signals : null;
    const proposed: CallbackAssigneeProposal =
      known === null
        ? { kind: 'person' }
        : callbackAssigneeFor(known, instantFromEpochMs(form.madeAt), dueAt, {
            workingDayCalendar: source.calendar,
          });
    const mailbox =
      person?.team == null
        ? null
        : (directory.teamsByName.get(person.team)?.generalMailbox ?? null);
    return {
      proposal: proposed,
      substitute:
        proposed.kind === 'substitute'
          ? proposed.substitute
          : proposed.kind === 'teamMailbox' && mailbox !== null && mailbox !== ''
            ? { kind: 'teamMailbox', mailbox }
            : null,
    };
  }, [person, signalsOf, form.madeAt, dueAt, source.calendar, directory]);

  const assignment = useMemo((): FullAssignment => {
    const teamOf = (name: string | null) =>
      name === null ? undefined : directory.teamsByName.get(name);
    if (person !== undefined && substitute !== null && form.substituteChoice === 'substitute') {
      if (substitute.kind === 'person') {
        const other = directory.peopleById.get(substitute.personId);
        const team = other?.team ?? person.team;
        return {
          personId: substitute.personId,
          team,
          teamMailbox: teamOf(team)?.generalMailbox ?? null,
          assigneeMail: other?.mail ?? null,
        };
      }
      const team =
        directory.teams.find(
          (candidate) =>
            candidate.generalMailbox?.toLowerCase() === substitute.mailbox.toLowerCase(),
        )?.name ?? person.team;
      return { personId: null, team, teamMailbox: substitute.mailbox, assigneeMail: null };
    }
    if (person !== undefined)
      return {
        personId: person.id,
        team: person.team,
        teamMailbox: teamOf(person.team)?.generalMailbox ?? null,
        assigneeMail: person.mail,
      };
    if (form.team !== null)
      return {
        personId: null,
        team: form.team,
        teamMailbox: teamOf(form.team)?.generalMailbox ?? null,
        assigneeMail: null,
      };
    return { personId: null, team: null, teamMailbox: null, assigneeMail: null };
  }, [person, substitute, form.substituteChoice, form.team, directory]);

  const now = source.now().getTime();
  const errors = submitted ? formErrors(form, assignment, now) : [];
  const errorFor = (field: FormField): string | undefined => {
    const error = errors.find((candidate) => candidate.field === field);
    return error === undefined ? undefined : t(error.key, { max: error.max ?? 0 });
  };
  const phone = readPhone(form.phone);
  const personOptions =
    directory.index === null || personQuery.trim() === ''
      ? []
      : searchPeople(directory.index, personQuery, 8);

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

  /**
   * Ctrl+Enter (Cmd+Enter) saves from anywhere in the form, also the question's text area. Enter in
   * a single-line field saves only a complete form; a half-filled one takes the agent to the first
   * field still missing instead (the combobox keeps its own Enter: choosing a colleague).
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

  const onSubmit = (event: React.SyntheticEvent) => {
    event.preventDefault();
    setSubmitted(true);
    const problems = formErrors(form, assignment, source.now().getTime());
    if (problems.length > 0) {
      refs.current[problems[0]?.field ?? 'general']?.focus();
      return;
    }
    const request = callbackRequestFromDraft(draftOf(form, assignment), {
      id: form.id,
      madeById: source.me.id,
      calendar: source.calendar,
      teamMailbox: assignment.teamMailbox,
    });
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

  /** Who a form or draft is for, as the agent reads it: the colleague's name, else the team. */
  const targetName = (target: CallbackFormState): string =>
    (target.personId === null
      ? undefined
      : directory.peopleById.get(target.personId)?.displayName) ??
    (target.personQuery.trim() !== '' && target.personId !== null
      ? target.personQuery
      : (target.team ?? ''));

  const substituteName =
    substitute === null
      ? null
      : substitute.kind === 'person'
        ? (directory.peopleById.get(substitute.personId)?.displayName ??
          t('callbacks.form.unknownColleague'))
        : substitute.mailbox;
  // Why the colleague cannot call back, with when they are really back.
  const awayText =
    proposal.kind === 'person' || person === undefined
      ? null
      : t(
          proposal.absent === 'now'
            ? 'callbacks.substitute.label'
            : 'callbacks.substitute.labelBeforeDue',
          {
            name: person.displayName,
            back:
              proposal.back === 'unknown'
                ? t('callbacks.substitute.backUnknown')
                : t('callbacks.substitute.back', {
                    date: i18n.formatDateTime(new Date(proposal.back)),
                  }),
          },
        );
  const acceptText =
    substituteName === null
      ? null
      : proposal.kind === 'teamMailbox'
        ? t('callbacks.substitute.acceptMailbox', {
            team: person?.team ?? '',
            mailbox: substituteName,
          })
        : t('callbacks.substitute.accept', { name: substituteName });

  return (
    <div className={styles.root}>
      {restored ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t('callbacks.form.draftRestored')}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => startNew('prefill')}>{t('callbacks.form.clearDraft')}</Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {otherDraft !== null ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            {t('callbacks.form.otherDraft', { target: targetName(otherDraft) })}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => continueWith(otherDraft)}>
              {t('callbacks.form.continueDraft', { target: targetName(otherDraft) })}
            </Button>
            <Button
              onClick={() => {
                setOtherDraft(null);
                refs.current.citizenName?.focus();
              }}
            >
              {targetName(form) === ''
                ? t('callbacks.form.newRequest')
                : t('callbacks.form.newFor', { target: targetName(form) })}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {justSaved !== null ? (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{t('callbacks.form.queued', { name: justSaved })}</MessageBarBody>
        </MessageBar>
      ) : null}
      <form
        className={styles.form}
        onSubmit={onSubmit}
        onKeyDown={onKeyDown}
        noValidate
        aria-label={t('callbacks.form.title')}
      >
        <Field
          label={t('callbacks.field.citizenName')}
          required
          validationMessage={errorFor('citizenName')}
        >
          <Input
            ref={(element) => {
              refs.current.citizenName = element;
            }}
            value={form.citizenName}
            autoComplete="off"
            onChange={(_event, data) => update({ citizenName: data.value })}
          />
        </Field>
        <div className={styles.row}>
          <Field
            label={t('callbacks.field.phone')}
            validationMessage={errorFor('phone')}
            validationState={
              errorFor('phone') !== undefined
                ? 'error'
                : phone.kind === 'valid'
                  ? 'success'
                  : 'none'
            }
            hint={
              phone.kind === 'valid'
                ? t('callbacks.field.phoneNormalised', { number: phone.display ?? '' })
                : t('callbacks.field.phoneHint')
            }
          >
            <Input
              ref={(element) => {
                refs.current.phone = element;
              }}
              type="tel"
              value={form.phone}
              autoComplete="off"
              onChange={(_event, data) => update({ phone: data.value })}
            />
          </Field>
          <Field label={t('callbacks.field.email')} validationMessage={errorFor('email')}>
            <Input
              ref={(element) => {
                refs.current.email = element;
              }}
              type="email"
              value={form.email}
              autoComplete="off"
              onChange={(_event, data) => update({ email: data.value })}
            />
          </Field>
        </div>
        <Field
          label={t('callbacks.field.question')}
          required
          validationMessage={errorFor('question')}
        >
          <Textarea
            ref={(element) => {
              refs.current.question = element;
            }}
            value={form.question}
            resize="vertical"
            onChange={(_event, data) => update({ question: data.value })}
          />
        </Field>
        <div className={styles.row}>
          <Field label={t('callbacks.field.channel')}>
            <Select
              value={form.channel}
              onChange={(_event, data) =>
                update({ channel: channels.find((channel) => channel === data.value) ?? 'phone' })
              }
            >
              {channels.map((channel) => (
                <option key={channel} value={channel}>
                  {t(`callbacks.channel.${channel}`)}
                </option>
              ))}
            </Select>
          </Field>
          <Field
            label={t('callbacks.field.preferredTime')}
            validationMessage={errorFor('preferredTime')}
          >
            <Input
              ref={(element) => {
                refs.current.preferredTime = element;
              }}
              value={form.preferredTime}
              onChange={(_event, data) => update({ preferredTime: data.value })}
            />
          </Field>
        </div>
        <div className={styles.row}>
          <Field
            label={t('callbacks.field.person')}
            validationMessage={errorFor('person')}
            hint={directory.status === 'loading' ? t('callbacks.directoryLoading') : undefined}
          >
            <Combobox
              // Inline: the app's provider styles every portal as a full page, which would hide the form.
              inlinePopup
              ref={(element) => {
                refs.current.person = element;
              }}
              freeform
              value={personQuery}
              selectedOptions={form.personId === null ? [] : [form.personId]}
              onChange={(event) => update({ personQuery: event.target.value, personId: null })}
              onOptionSelect={(_event, data) => {
                const chosen =
                  data.optionValue === undefined
                    ? undefined
                    : directory.peopleById.get(data.optionValue);
                update({
                  personId: chosen?.id ?? null,
                  personQuery: chosen?.displayName ?? '',
                  substituteChoice: 'substitute',
                });
              }}
            >
              {personOptions.map(({ person: option }) => (
                <Option key={option.id} value={option.id} text={option.displayName}>
                  {option.team === null
                    ? option.displayName
                    : `${option.displayName} — ${option.team}`}
                </Option>
              ))}
            </Combobox>
          </Field>
          <Field label={t('callbacks.field.team')}>
            <Select
              value={form.team ?? ''}
              onChange={(_event, data) => update({ team: data.value === '' ? null : data.value })}
            >
              <option value="">{t('callbacks.field.noTeam')}</option>
              {directory.teams.map((team) => (
                <option key={team.name} value={team.name}>
                  {team.name}
                </option>
              ))}
            </Select>
          </Field>
        </div>
        {person !== undefined && awayText !== null && acceptText === null ? (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              {awayText} {t('callbacks.substitute.nobody')}
            </MessageBarBody>
          </MessageBar>
        ) : null}
        {person !== undefined && awayText !== null && acceptText !== null ? (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <Field label={awayText}>
                <RadioGroup
                  value={form.substituteChoice}
                  onChange={(_event, data) =>
                    update({
                      substituteChoice: data.value === 'original' ? 'original' : 'substitute',
                    })
                  }
                >
                  <Radio value="substitute" label={acceptText} />
                  <Radio
                    value="original"
                    label={t('callbacks.substitute.decline', { name: person.displayName })}
                  />
                </RadioGroup>
              </Field>
            </MessageBarBody>
          </MessageBar>
        ) : null}
        {assignment.personId === null && assignment.team !== null ? (
          <p className={styles.hint}>
            {assignment.teamMailbox === null
              ? t('callbacks.form.teamNoMailbox', { team: assignment.team })
              : t('callbacks.form.teamMailbox', {
                  team: assignment.team,
                  mailbox: assignment.teamMailbox,
                })}
          </p>
        ) : null}
        <p className={styles.due} aria-live="polite">
          {t('callbacks.form.due', { date: dueDateText(dueAt, locale) })}
        </p>
        {errorFor('general') !== undefined ? (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{errorFor('general')}</MessageBarBody>
          </MessageBar>
        ) : null}
        <div className={styles.actions}>
          <Button appearance="primary" type="submit" aria-keyshortcuts="Control+Enter">
            {t('callbacks.form.save')}
          </Button>
          <Button type="button" onClick={() => startNew('prefill')}>
            {t('callbacks.form.clearDraft')}
          </Button>
        </div>
        <p className={styles.hint}>{t('callbacks.form.saveShortcut')}</p>
      </form>
      <OutboxStatus />
    </div>
  );
}
