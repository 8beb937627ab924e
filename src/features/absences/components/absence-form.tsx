import { Button, Field, Select, Spinner, Text, Textarea } from '@fluentui/react-components';
import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type {
  AbsenceDraft,
  AbsenceField,
  AbsenceFieldErrors,
  AbsenceRegistration,
} from '../../../domain/absences';
import {
  absenceKinds,
  absenceLimits,
  draftFromAbsence,
  mergeAbsenceEdit,
  validateAbsence,
} from '../../../domain/absences';
import type { PeopleIndex, PersonSummary } from '../../../domain/people';
import type { Instant } from '../../../domain/time';
import type { StoredAbsence } from '../../../graph/absences';
import { useI18n } from '../../../i18n';
import { errorText, kindLabelKeys } from '../absence-text';
import { AbsenceConflict } from './absence-conflict';
import type { AbsenceConflictState } from './absence-conflict';
import type { AbsenceFieldRefs, DraftUpdate } from './absence-form-sections';
import { useAbsenceFormStyles } from './absence-form.styles';
import { AbsencePeriodFields } from './absence-period-fields';
import { SubstituteFields } from './substitute-fields';
import type { UnresolvedSubstitutes } from './substitute-fields';

/** What saving came to; the form stays open (with what was typed) unless it was saved. */
export type SaveOutcome =
  | { kind: 'saved' }
  | { kind: 'conflict'; current: StoredAbsence }
  | { kind: 'failed'; message: string }
  /** The lists refused the write (403): only team leaders and the coordinator register absences. */
  | { kind: 'notAllowed' };

/** Props of {@link AbsenceForm}. */
export type AbsenceFormProps = {
  initialDraft: AbsenceDraft;
  /** The absence being edited; null to register a new one. */
  editing: StoredAbsence | null;
  /** The team members an absence can be registered for. */
  members: readonly PersonSummary[];
  peopleById: ReadonlyMap<string, PersonSummary>;
  /** The directory index substitutes are searched in (the agent screen's). */
  index: PeopleIndex | null;
  /** The team's general mailbox, offered for callbacks; null when the team has none. */
  teamMailbox: string | null;
  /** The team's absences, to refuse overlaps. */
  existing: readonly StoredAbsence[];
  /** Saves a valid registration: creates when `base` is null, else updates `base` (its eTag decides conflicts). */
  onSave: (registration: AbsenceRegistration, base: StoredAbsence | null) => Promise<SaveOutcome>;
  /** Opens an existing, overlapping absence for editing with its end extended. */
  onExtend: (existing: StoredAbsence, until: Instant | 'unknown') => void;
  onCancel: () => void;
  /**
   * Whether the user may record why this person is away: only the leader of the person's own team may (SharePoint
   * lets only them read and write that team's reasons). Others register the absence without its kind.
   */
  mayRecordReason: (personId: string | null) => boolean;
};

/** After a refused save, focus goes to the first field (in form order) that says what to fix. */
function focusFirstInvalid(refs: AbsenceFieldRefs, found: AbsenceFieldErrors) {
  const order: [AbsenceField, () => HTMLElement | null][] = [
    ['person', () => refs.person.current],
    ['kind', () => refs.kind.current],
    ['from', () => (found.from === 'invalidTime' ? refs.fromTime : refs.fromDate).current],
    ['until', () => (found.until === 'invalidTime' ? refs.untilTime : refs.untilDate).current],
    ['callsSubstitute', () => refs.calls.current],
    [
      'callbacksSubstitute',
      () =>
        refs.callbacks.current ??
        refs.callbacksGroup.current?.querySelector<HTMLInputElement>('input:checked') ??
        null,
    ],
    ['note', () => refs.note.current],
  ];
  const first = order.find(([field]) => found[field] !== undefined);
  first?.[1]()?.focus();
}

/**
 * The form to register or change an absence. Quick with the keyboard: the kind defaults to sick and the start to now,
 * the end to "onbekend"; substitutes are picked by typing a name and Enter; Enter in a field saves. Errors appear
 * under their field, say what to fix, and keep what was typed. A substitute who is away then gets a warning with
 * their return date. When someone else saved first, both versions are shown and nothing is overwritten silently.
 */
export function AbsenceForm({
  initialDraft,
  editing,
  members,
  peopleById,
  index,
  teamMailbox,
  existing,
  onSave,
  onExtend,
  onCancel,
  mayRecordReason,
}: AbsenceFormProps) {
  const styles = useAbsenceFormStyles();
  const { t } = useI18n();
  const headingId = useId();
  const [draft, setDraft] = useState<AbsenceDraft>(initialDraft);
  const [base, setBase] = useState<StoredAbsence | null>(editing);
  const [errors, setErrors] = useState<AbsenceFieldErrors>({});
  const [overlapping, setOverlapping] = useState<StoredAbsence | null>(null);
  const [conflict, setConflict] = useState<AbsenceConflictState | null>(null);
  const [status, setStatus] = useState<'idle' | 'saving'>('idle');
  const [failure, setFailure] = useState<string | null>(null);
  const [unresolved, setUnresolved] = useState<UnresolvedSubstitutes>({
    calls: null,
    callbacks: null,
  });
  const kindRef = useRef<HTMLSelectElement>(null);
  const personRef = useRef<HTMLSelectElement>(null);
  const fromDateRef = useRef<HTMLInputElement>(null);
  const fromTimeRef = useRef<HTMLInputElement>(null);
  const untilDateRef = useRef<HTMLInputElement>(null);
  const untilTimeRef = useRef<HTMLInputElement>(null);
  const callsRef = useRef<HTMLInputElement>(null);
  const callbacksRef = useRef<HTMLInputElement>(null);
  const callbacksGroupRef = useRef<HTMLDivElement>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    kindRef.current?.focus();
  }, []);

  const update: DraftUpdate = (patch, fields) => {
    setDraft((current) => ({ ...current, ...patch }));
    setErrors((current) => {
      const next = { ...current };
      for (const field of fields) delete next[field];
      return next;
    });
  };

  const save = async (registration: AbsenceRegistration, over: StoredAbsence | null) => {
    setStatus('saving');
    setFailure(null);
    const outcome = await onSave(registration, over);
    setStatus('idle');
    if (outcome.kind === 'conflict' && over !== null)
      setConflict({ current: outcome.current, mine: registration, base: over });
    else if (outcome.kind === 'failed')
      setFailure(t('absences.save.failed', { message: outcome.message }));
    else if (outcome.kind === 'notAllowed') setFailure(t('absences.save.notAllowed'));
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (status === 'saving') return;
    // Without the right to record the kind, none is asked and none is stored (the graph layer writes a kind only
    // into a reasons list of a team the user leads); validation then needs none either.
    const recordsReason = mayRecordReason(draft.personId);
    const result = validateAbsence(
      recordsReason ? draft : { ...draft, kind: draft.kind ?? 'other' },
      {
        existing,
        editingId: base?.id ?? null,
        unresolved: [
          ...(unresolved.calls !== null ? (['callsSubstitute'] as const) : []),
          ...(unresolved.callbacks !== null && draft.callbacks.kind === 'person'
            ? (['callbacksSubstitute'] as const)
            : []),
        ],
      },
    );
    if (result.kind === 'invalid') {
      setErrors(result.errors);
      setOverlapping(result.overlapping);
      focusFirstInvalid(
        {
          kind: kindRef,
          person: personRef,
          fromDate: fromDateRef,
          fromTime: fromTimeRef,
          untilDate: untilDateRef,
          untilTime: untilTimeRef,
          calls: callsRef,
          callbacks: callbacksRef,
          callbacksGroup: callbacksGroupRef,
          note: noteRef,
        },
        result.errors,
      );
      return;
    }
    setErrors({});
    setOverlapping(null);
    void save(result.registration, base);
  };

  const error = (field: AbsenceField) => {
    const code = errors[field];
    return code === undefined ? undefined : errorText(field, code, t);
  };
  const absentPerson = draft.personId === null ? undefined : peopleById.get(draft.personId);
  const merge =
    conflict === null ? null : mergeAbsenceEdit(conflict.base, conflict.mine, conflict.current);
  const title = base
    ? t('absences.form.editTitle', { name: absentPerson?.displayName ?? base.personName })
    : t('absences.form.newTitle');
  const section = { draft, update, error };

  return (
    <form className={styles.form} aria-labelledby={headingId} onSubmit={onSubmit} noValidate>
      <h2 id={headingId} className={styles.heading}>
        {title}
      </h2>

      {conflict && merge ? (
        <AbsenceConflict
          headingId={`${headingId}-conflict`}
          conflict={conflict}
          merge={merge}
          peopleById={peopleById}
          onSaveMine={() => {
            // Only what this leader changed goes on top of the current version.
            const { current } = conflict;
            setConflict(null);
            setBase(current);
            void save(merge.registration, current);
          }}
          onTakeCurrent={() => {
            setDraft(draftFromAbsence(conflict.current, conflict.current.from));
            setBase(conflict.current);
            setConflict(null);
          }}
        />
      ) : null}

      <div className={styles.row}>
        <Field
          className={styles.grow}
          label={t('absences.field.person')}
          validationMessage={error('person')}
          required
        >
          <Select
            ref={personRef}
            value={draft.personId ?? ''}
            disabled={base !== null}
            onChange={(_event, data) =>
              update({ personId: data.value === '' ? null : data.value }, ['person', 'from'])
            }
          >
            <option value="">{t('absences.field.person.choose')}</option>
            {members.map((member) => (
              <option key={member.id} value={member.id}>
                {member.displayName}
              </option>
            ))}
          </Select>
        </Field>
        {mayRecordReason(draft.personId) ? (
          <Field
            className={styles.grow}
            label={t('absences.field.kind')}
            validationMessage={error('kind')}
            required
          >
            <Select
              ref={kindRef}
              value={draft.kind ?? ''}
              onChange={(_event, data) =>
                update({ kind: absenceKinds.find((kind) => kind === data.value) ?? null }, ['kind'])
              }
            >
              {draft.kind === null ? (
                <option value="">{t('absences.field.kind.choose')}</option>
              ) : null}
              {absenceKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {t(kindLabelKeys[kind])}
                </option>
              ))}
            </Select>
          </Field>
        ) : (
          <Field className={styles.grow} label={t('absences.field.kind')}>
            <Text>{t('absences.field.kind.leaderOnly')}</Text>
          </Field>
        )}
      </div>

      <AbsencePeriodFields
        {...section}
        errors={errors}
        fromDateRef={fromDateRef}
        fromTimeRef={fromTimeRef}
        untilDateRef={untilDateRef}
        untilTimeRef={untilTimeRef}
        overlapping={overlapping}
        onExtend={onExtend}
      />

      <SubstituteFields
        {...section}
        callsRef={callsRef}
        callbacksRef={callbacksRef}
        callbacksGroupRef={callbacksGroupRef}
        members={members}
        peopleById={peopleById}
        index={index}
        teamMailbox={teamMailbox}
        onUnresolvedChange={(patch) => setUnresolved((current) => ({ ...current, ...patch }))}
      />

      <Field
        label={t('absences.field.note')}
        hint={t('absences.field.note.hint', {
          count: draft.note.trim().length,
          max: absenceLimits.note,
        })}
        validationMessage={error('note')}
      >
        <Textarea
          ref={noteRef}
          value={draft.note}
          resize="vertical"
          onChange={(_event, data) => update({ note: data.value }, ['note'])}
        />
      </Field>

      {failure ? <p role="alert">{failure}</p> : null}

      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={status === 'saving'}>
          {status === 'saving' ? <Spinner size="tiny" aria-hidden="true" /> : null}
          {base ? t('absences.form.saveChanges') : t('absences.form.save')}
        </Button>
        <Button onClick={onCancel}>{t('absences.form.cancel')}</Button>
      </div>
    </form>
  );
}
