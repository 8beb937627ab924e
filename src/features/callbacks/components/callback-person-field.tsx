// Who the request is for: a colleague (the shared people picker over the directory) or a team.
import { Field, Select } from '@fluentui/react-components';
import type { PersonSummary } from '../../../domain/people';
import { useI18n } from '../../../i18n';
import { PeoplePicker } from '../../../ui';
import type { CallbacksDirectory } from '../api/use-callbacks-directory';
import type { CallbackFormState, FormField } from '../callback-form-state';
import { useCallbackFormStyles } from './callback-form.styles';

/** Props of {@link CallbackPersonField}. */
export type CallbackPersonFieldProps = {
  directory: CallbacksDirectory;
  form: CallbackFormState;
  /** The chosen colleague, when the directory knows them. */
  person: PersonSummary | undefined;
  update: (change: Partial<CallbackFormState>) => void;
  validationMessage: string | undefined;
  /** Registers a field's element (focus goes to the first missing one on save). */
  fieldRef: (field: FormField) => (element: HTMLElement | null) => void;
};

/** See the module comment. */
export function CallbackPersonField({
  directory,
  form,
  person,
  update,
  validationMessage,
  fieldRef,
}: CallbackPersonFieldProps) {
  const styles = useCallbackFormStyles();
  const { t } = useI18n();
  // The draft keeps the text in the box: empty, or the chosen name, shows the chosen colleague's name
  // (from ?voor= once the directory knows them); anything else is a search being typed.
  const query =
    form.personQuery === '' || form.personQuery === person?.displayName ? null : form.personQuery;
  return (
    <div className={styles.row}>
      <PeoplePicker
        label={t('callbacks.field.person')}
        hint={directory.status === 'loading' ? t('callbacks.directoryLoading') : undefined}
        validationMessage={validationMessage}
        index={directory.index}
        value={person ?? null}
        query={query}
        onQueryChange={(typed) => update({ personQuery: typed ?? '' })}
        onChange={(chosen) =>
          update(
            chosen === null
              ? { personId: null }
              : {
                  personId: chosen.id,
                  personQuery: chosen.displayName,
                  substituteChoice: 'substitute',
                },
          )
        }
        inputRef={fieldRef('person')}
      />
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
  );
}
