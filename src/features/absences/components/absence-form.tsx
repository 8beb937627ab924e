import {
  Button,
  Field,
  Input,
  Radio,
  RadioGroup,
  Select,
  Spinner,
  Textarea,
  mergeClasses,
} from '@fluentui/react-components';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type {
  AbsenceDraft,
  AbsenceField,
  AbsenceFieldErrors,
  AbsenceRegistration,
  CallbacksChoice,
} from '../../../domain/absences';
import type { AbsenceEditable, AbsenceEditField } from '../../../domain/absences';
import {
  absenceKinds,
  absenceLimits,
  draftPeriod,
  extendedUntil,
  mergeAbsenceEdit,
  validateAbsence,
} from '../../../domain/absences';
import type { PeopleIndex, PersonSummary } from '../../../domain/people';
import type { Instant } from '../../../domain/time';
import type { StoredAbsence } from '../../../graph/absences';
import { useI18n } from '../../../i18n';
import type { I18n, MessageKey } from '../../../i18n';
import { errorText, kindLabelKeys, kindText, substituteText, untilText } from '../absence-text';
import { useAbsencesDataSource } from '../api/absences-data-source';
import { draftFromAbsence } from '../draft';
import { useAbsenceFormStyles } from './absence-form.styles';
import { PeoplePicker } from '../../../ui';

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
};

type SubstituteWarning = { key: string; text: string };

function useSubstituteWarning(
  personId: string | null,
  fromDate: string,
  fromTime: string,
  peopleById: ReadonlyMap<string, PersonSummary>,
  i18n: I18n,
): string | undefined {
  const source = useAbsencesDataSource();
  const [warning, setWarning] = useState<SubstituteWarning | null>(null);
  const key = `${personId ?? ''}|${fromDate}|${fromTime}`;
  useEffect(() => {
    const person = personId === null ? undefined : peopleById.get(personId);
    if (person === undefined) return;
    const start = draftPeriod({
      fromDate,
      fromTime,
      until: 'unknown',
      untilDate: '',
      untilTime: '',
    }).from;
    if (start === null) return;
    let current = true;
    const at = new Date(start);
    source
      .availabilityOf({ id: person.id, mail: person.mail ?? '' }, at)
      .then((availability) => {
        // Outside working hours is not "away": the substitute simply is not at work at that hour.
        if (!current || availability === null || availability.state !== 'absent') return;
        if (availability.reason === 'outsideWorkingHours') return;
        const until = availability.until;
        setWarning({
          key: `${person.id}|${fromDate}|${fromTime}`,
          text:
            until === null || until === 'unknown'
              ? i18n.t('absences.warning.substituteAwayUnknown', { name: person.displayName })
              : i18n.t('absences.warning.substituteAway', {
                  name: person.displayName,
                  until: i18n.formatDateTime(new Date(until)),
                }),
        });
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [personId, fromDate, fromTime, peopleById, source, i18n]);
  // A warning for an earlier choice or start is stale: show nothing until the new check answers.
  return warning?.key === key ? warning.text : undefined;
}

/** A short description of a registration or stored absence, for the conflict view. */
function Summary({
  values,
  changedKeys,
  peopleById,
}: {
  values: AbsenceEditable;
  changedKeys: ReadonlySet<string>;
  peopleById: ReadonlyMap<string, PersonSummary>;
}) {
  const styles = useAbsenceFormStyles();
  const i18n = useI18n();
  const { t } = i18n;
  const rows: [string, string, string][] = [
    ['kind', t('absences.field.kind'), kindText(values.kind, t)],
    ['from', t('absences.field.from'), i18n.formatDateTime(new Date(values.from))],
    ['until', t('absences.field.until'), untilText(values, i18n)],
    [
      'calls',
      t('absences.field.callsSubstitute'),
      substituteText(values.substituteForCalls, peopleById, t),
    ],
    [
      'callbacks',
      t('absences.field.callbacks'),
      substituteText(values.substituteForCallbacks, peopleById, t),
    ],
    ['note', t('absences.field.note'), values.noteForFrontOffice ?? '—'],
  ];
  return (
    <dl className={styles.summary}>
      {rows.map(([key, term, value]) => (
        <div key={key} className={styles.pair}>
          <dt className={styles.term}>{term}</dt>
          <dd className={mergeClasses(styles.definition, changedKeys.has(key) && styles.changed)}>
            {value}
          </dd>
        </div>
      ))}
    </dl>
  );
}

const editFieldLabelKeys: Readonly<Record<AbsenceEditField, MessageKey>> = {
  kind: 'absences.field.kind',
  from: 'absences.field.from',
  until: 'absences.field.until',
  calls: 'absences.field.callsSubstitute',
  callbacks: 'absences.field.callbacks',
  note: 'absences.field.note',
};

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
}: AbsenceFormProps) {
  const styles = useAbsenceFormStyles();
  const i18n = useI18n();
  const { t } = i18n;
  const headingId = useId();
  const [draft, setDraft] = useState<AbsenceDraft>(initialDraft);
  const [base, setBase] = useState<StoredAbsence | null>(editing);
  const [errors, setErrors] = useState<AbsenceFieldErrors>({});
  const [overlapping, setOverlapping] = useState<StoredAbsence | null>(null);
  // The version saved since (current), what this leader would save (mine) and the version they started from (base).
  const [conflict, setConflict] = useState<{
    current: StoredAbsence;
    mine: AbsenceRegistration;
    base: StoredAbsence;
  } | null>(null);
  const [status, setStatus] = useState<'idle' | 'saving'>('idle');
  const [failure, setFailure] = useState<string | null>(null);
  // Text typed in a substitute picker and left without picking one of its matches.
  const [unresolved, setUnresolved] = useState<{ calls: string | null; callbacks: string | null }>({
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

  const update = (patch: Partial<AbsenceDraft>, fields: AbsenceField[]) => {
    setDraft((current) => ({ ...current, ...patch }));
    setErrors((current) => {
      const next = { ...current };
      for (const field of fields) delete next[field];
      return next;
    });
  };

  const callsWarning = useSubstituteWarning(
    draft.callsSubstituteId,
    draft.fromDate,
    draft.fromTime,
    peopleById,
    i18n,
  );
  const callbacksPersonId = draft.callbacks.kind === 'person' ? draft.callbacks.personId : null;
  const callbacksWarning = useSubstituteWarning(
    callbacksPersonId,
    draft.fromDate,
    draft.fromTime,
    peopleById,
    i18n,
  );

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

  /** After a refused save, focus goes to the first field (in form order) that says what to fix. */
  const focusFirstInvalid = (found: AbsenceFieldErrors) => {
    const order: [AbsenceField, () => HTMLElement | null][] = [
      ['person', () => personRef.current],
      ['kind', () => kindRef.current],
      ['from', () => (found.from === 'invalidTime' ? fromTimeRef : fromDateRef).current],
      ['until', () => (found.until === 'invalidTime' ? untilTimeRef : untilDateRef).current],
      ['callsSubstitute', () => callsRef.current],
      [
        'callbacksSubstitute',
        () =>
          callbacksRef.current ??
          callbacksGroupRef.current?.querySelector<HTMLInputElement>('input:checked') ??
          null,
      ],
      ['note', () => noteRef.current],
    ];
    const first = order.find(([field]) => found[field] !== undefined);
    first?.[1]()?.focus();
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (status === 'saving') return;
    const result = validateAbsence(draft, {
      existing,
      editingId: base?.id ?? null,
      unresolved: [
        ...(unresolved.calls !== null ? (['callsSubstitute'] as const) : []),
        ...(unresolved.callbacks !== null && draft.callbacks.kind === 'person'
          ? (['callbacksSubstitute'] as const)
          : []),
      ],
    });
    if (result.kind === 'invalid') {
      setErrors(result.errors);
      setOverlapping(result.overlapping);
      focusFirstInvalid(result.errors);
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
  // A wrong time shows under the time field; every other problem of a moment under its date field.
  const dateError = (field: 'from' | 'until') =>
    errors[field] === 'invalidTime' ? undefined : error(field);
  const timeError = (field: 'from' | 'until') =>
    errors[field] === 'invalidTime' ? error(field) : undefined;
  const absentPerson = draft.personId === null ? undefined : peopleById.get(draft.personId);
  const personOf = (id: string | null) => (id === null ? null : (peopleById.get(id) ?? null));
  const exclude = useMemo(
    () => (draft.personId === null ? [] : [draft.personId]),
    [draft.personId],
  );
  const memberIds = useMemo(() => members.map((member) => member.id), [members]);
  const excludedText = (person: PersonSummary) =>
    t('absences.picker.self', { name: person.displayName });
  const callbacksChoice = draft.callbacks.kind;
  const merge =
    conflict === null ? null : mergeAbsenceEdit(conflict.base, conflict.mine, conflict.current);
  const title = base
    ? t('absences.form.editTitle', { name: absentPerson?.displayName ?? base.personName })
    : t('absences.form.newTitle');

  return (
    <form className={styles.form} aria-labelledby={headingId} onSubmit={onSubmit} noValidate>
      <h2 id={headingId} className={styles.heading}>
        {title}
      </h2>

      {conflict && merge ? (
        <section className={styles.conflict} aria-labelledby={`${headingId}-conflict`} role="alert">
          <h3 id={`${headingId}-conflict`} className={styles.versionTitle}>
            {t('absences.conflict.title')}
          </h3>
          <p>{t('absences.conflict.explain')}</p>
          <div className={styles.versions}>
            <div>
              <h4 className={styles.versionTitle}>{t('absences.conflict.current')}</h4>
              <Summary
                values={conflict.current}
                changedKeys={new Set([...merge.theirs, ...merge.both])}
                peopleById={peopleById}
              />
            </div>
            <div>
              <h4 className={styles.versionTitle}>{t('absences.conflict.mine')}</h4>
              <Summary
                values={conflict.mine}
                changedKeys={new Set([...merge.mine, ...merge.both])}
                peopleById={peopleById}
              />
            </div>
          </div>
          <ul>
            {(
              [
                ['absences.conflict.fields.mine', merge.mine],
                ['absences.conflict.fields.theirs', merge.theirs],
                ['absences.conflict.fields.both', merge.both],
              ] as const
            ).map(([key, fields]) =>
              fields.length === 0 ? null : (
                <li key={key}>
                  {t(key, {
                    fields: fields.map((field) => t(editFieldLabelKeys[field])).join(', '),
                  })}
                </li>
              ),
            )}
          </ul>
          <div className={styles.actions}>
            <Button
              appearance="primary"
              onClick={() => {
                // Only what this leader changed goes on top of the current version.
                const { current } = conflict;
                setConflict(null);
                setBase(current);
                void save(merge.registration, current);
              }}
            >
              {t('absences.conflict.saveMine')}
            </Button>
            <Button
              onClick={() => {
                setDraft(draftFromAbsence(conflict.current, new Date(conflict.current.from)));
                setBase(conflict.current);
                setConflict(null);
              }}
            >
              {t('absences.conflict.takeCurrent')}
            </Button>
          </div>
        </section>
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
      </div>

      <div className={styles.row}>
        <Field label={t('absences.field.fromDate')} validationMessage={dateError('from')} required>
          <Input
            ref={fromDateRef}
            type="date"
            value={draft.fromDate}
            onChange={(_e, data) => update({ fromDate: data.value }, ['from'])}
          />
        </Field>
        <Field label={t('absences.field.fromTime')} validationMessage={timeError('from')} required>
          <Input
            ref={fromTimeRef}
            type="time"
            value={draft.fromTime}
            onChange={(_e, data) => update({ fromTime: data.value }, ['from'])}
          />
        </Field>
      </div>
      {overlapping ? (
        <div className={styles.actions}>
          <Button
            onClick={() => {
              const wanted = draftPeriod(draft).until ?? 'unknown';
              onExtend(overlapping, extendedUntil(overlapping.expectedUntil, wanted));
            }}
          >
            {overlapping.expectedUntil === 'unknown'
              ? t('absences.overlap.extendOpen')
              : t('absences.overlap.extend', { until: untilText(overlapping, i18n) })}
          </Button>
        </div>
      ) : null}

      <Field label={t('absences.field.until')}>
        <RadioGroup
          layout="horizontal"
          value={draft.until}
          onChange={(_event, data) =>
            update({ until: data.value === 'date' ? 'date' : 'unknown' }, ['until'])
          }
        >
          <Radio value="unknown" label={t('absences.field.until.unknown')} />
          <Radio value="date" label={t('absences.field.until.date')} />
        </RadioGroup>
      </Field>
      {draft.until === 'date' ? (
        <div className={styles.row}>
          <Field
            label={t('absences.field.untilDate')}
            validationMessage={dateError('until')}
            required
          >
            <Input
              ref={untilDateRef}
              type="date"
              value={draft.untilDate}
              onChange={(_e, data) => update({ untilDate: data.value }, ['until'])}
            />
          </Field>
          <Field
            label={t('absences.field.untilTime')}
            validationMessage={timeError('until')}
            required
          >
            <Input
              ref={untilTimeRef}
              type="time"
              value={draft.untilTime}
              onChange={(_e, data) => update({ untilTime: data.value }, ['until'])}
            />
          </Field>
        </div>
      ) : null}

      <PeoplePicker
        label={t('absences.field.callsSubstitute')}
        hint={t('absences.field.picker.hint')}
        value={personOf(draft.callsSubstituteId)}
        onChange={(person) =>
          update({ callsSubstituteId: person?.id ?? null }, ['callsSubstitute'])
        }
        index={index}
        excludeIds={exclude}
        preferredIds={memberIds}
        excludedText={excludedText}
        onUnresolvedChange={(text) => {
          setUnresolved((current) => ({ ...current, calls: text }));
          if (text === null) update({}, ['callsSubstitute']);
        }}
        inputRef={callsRef}
        validationMessage={error('callsSubstitute')}
        warning={callsWarning}
        noResultsText={(query) => t('absences.picker.none', { query })}
      />

      <Field
        label={t('absences.field.callbacks')}
        validationMessage={callbacksChoice === 'person' ? undefined : error('callbacksSubstitute')}
      >
        <RadioGroup
          ref={callbacksGroupRef}
          value={callbacksChoice}
          onChange={(_event, data) => {
            const next: CallbacksChoice =
              data.value === 'person'
                ? { kind: 'person', personId: null }
                : data.value === 'teamMailbox'
                  ? { kind: 'teamMailbox', mailbox: teamMailbox ?? '' }
                  : data.value === 'none'
                    ? { kind: 'none' }
                    : { kind: 'sameAsCalls' };
            update({ callbacks: next }, ['callbacksSubstitute']);
          }}
        >
          <Radio value="sameAsCalls" label={t('absences.field.callbacks.sameAsCalls')} />
          <Radio value="person" label={t('absences.field.callbacks.person')} />
          {teamMailbox ? (
            <Radio
              value="teamMailbox"
              label={t('absences.field.callbacks.teamMailbox', { mailbox: teamMailbox })}
            />
          ) : null}
          <Radio value="none" label={t('absences.field.callbacks.none')} />
        </RadioGroup>
      </Field>
      {draft.callbacks.kind === 'person' ? (
        <PeoplePicker
          label={t('absences.field.callbacksSubstitute')}
          value={personOf(callbacksPersonId)}
          onChange={(person) =>
            update({ callbacks: { kind: 'person', personId: person?.id ?? null } }, [
              'callbacksSubstitute',
            ])
          }
          index={index}
          excludeIds={exclude}
          preferredIds={memberIds}
          excludedText={excludedText}
          onUnresolvedChange={(text) => {
            setUnresolved((current) => ({ ...current, callbacks: text }));
            if (text === null) update({}, ['callbacksSubstitute']);
          }}
          inputRef={callbacksRef}
          validationMessage={error('callbacksSubstitute')}
          warning={callbacksWarning}
          noResultsText={(query) => t('absences.picker.none', { query })}
        />
      ) : null}

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
