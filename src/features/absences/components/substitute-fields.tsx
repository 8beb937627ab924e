// Who takes over: the substitute for calls, and for callbacks the same colleague, another one, the team's general
// mailbox or nobody. Each picked colleague who is away at the start gets a warning with their return.
import { Field, Radio, RadioGroup } from '@fluentui/react-components';
import { useMemo } from 'react';
import type { CallbacksChoice } from '../../../domain/absences';
import type { PeopleIndex, PersonSummary } from '../../../domain/people';
import { useI18n } from '../../../i18n';
import type { AbsenceFieldRefs, FormSectionProps } from './absence-form-sections';
import { PeoplePicker } from '../../../ui';
import { useSubstituteWarning } from './use-substitute-warning';

/** Text typed in a substitute picker and left without picking one of its matches. */
export type UnresolvedSubstitutes = { calls: string | null; callbacks: string | null };

/** Props of {@link SubstituteFields}. */
export type SubstituteFieldsProps = FormSectionProps & {
  callsRef: AbsenceFieldRefs['calls'];
  callbacksRef: AbsenceFieldRefs['callbacks'];
  callbacksGroupRef: AbsenceFieldRefs['callbacksGroup'];
  members: readonly PersonSummary[];
  peopleById: ReadonlyMap<string, PersonSummary>;
  index: PeopleIndex | null;
  teamMailbox: string | null;
  onUnresolvedChange: (patch: Partial<UnresolvedSubstitutes>) => void;
};

export function SubstituteFields({
  draft,
  update,
  error,
  callsRef,
  callbacksRef,
  callbacksGroupRef,
  members,
  peopleById,
  index,
  teamMailbox,
  onUnresolvedChange,
}: SubstituteFieldsProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const personOf = (id: string | null) => (id === null ? null : (peopleById.get(id) ?? null));
  const exclude = useMemo(
    () => (draft.personId === null ? [] : [draft.personId]),
    [draft.personId],
  );
  const memberIds = useMemo(() => members.map((member) => member.id), [members]);
  const excludedText = (person: PersonSummary) =>
    t('absences.picker.self', { name: person.displayName });
  const callbacksChoice = draft.callbacks.kind;
  const callbacksPersonId = draft.callbacks.kind === 'person' ? draft.callbacks.personId : null;
  const callsWarning = useSubstituteWarning(
    draft.callsSubstituteId,
    draft.fromDate,
    draft.fromTime,
    peopleById,
    i18n,
  );
  const callbacksWarning = useSubstituteWarning(
    callbacksPersonId,
    draft.fromDate,
    draft.fromTime,
    peopleById,
    i18n,
  );

  return (
    <>
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
          onUnresolvedChange({ calls: text });
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
            onUnresolvedChange({ callbacks: text });
            if (text === null) update({}, ['callbacksSubstitute']);
          }}
          inputRef={callbacksRef}
          validationMessage={error('callbacksSubstitute')}
          warning={callbacksWarning}
          noResultsText={(query) => t('absences.picker.none', { query })}
        />
      ) : null}
    </>
  );
}
