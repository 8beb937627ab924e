// The coordinator's reminder about one signal: to one colleague, a whole team or everyone listed; after sending, who
// got it (Teams or e-mail), who was skipped and why ("al herinnerd op ma 30 nov"), and what did not go out.
import {
  Button,
  Radio,
  RadioGroup,
  Select,
  Spinner,
  mergeClasses,
} from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { ReminderTopic } from '../../../domain/reminders';
import { errorMessage, formatDay, useI18n } from '../../../i18n';
import { Notice } from '../../../ui';
import { useMonitoringStyles } from '../monitoring.styles';
import type { ReminderResult, ReminderTarget } from '../reminders/send-reminders';
import { useSendReminders } from '../reminders/use-send-reminders';

/** Props of {@link ReminderForm}. */
export type ReminderFormProps = {
  topic: ReminderTopic;
  /** The people the signal lists, grouped by team (as the table shows them). */
  groups: readonly (readonly [team: string, people: readonly ReminderTarget[]])[];
  /** The coordinator's id (recorded with each reminder). */
  senderId: string;
};

type Whom = 'person' | 'team' | 'everyone';

/** The form and the outcome of its last send. */
export function ReminderForm({ topic, groups, senderId }: ReminderFormProps) {
  const { t, locale } = useI18n();
  const styles = useMonitoringStyles();
  const ids = useId();
  const everyone = groups.flatMap(([, people]) => people);
  const [whom, setWhom] = useState<Whom>('person');
  const [personId, setPersonId] = useState('');
  const [team, setTeam] = useState('');
  const { batch, mutation, send, retry } = useSendReminders(topic, senderId);
  const chosenPerson = everyone.find((person) => person.id === personId) ?? everyone[0];
  const chosenTeam = groups.find(([name]) => name === team) ?? groups[0];
  const targets: readonly ReminderTarget[] =
    whom === 'everyone'
      ? everyone
      : whom === 'team'
        ? (chosenTeam?.[1] ?? [])
        : chosenPerson === undefined
          ? []
          : [chosenPerson];
  const nameOf = (id: string) =>
    (batch?.targets ?? everyone).find((person) => person.id === id)?.displayName ?? id;

  const resultText = (result: ReminderResult): string => {
    const name = nameOf(result.personId);
    switch (result.result) {
      case 'sent':
        return t(`reminders.result.sent.${result.via}`, { name });
      case 'alreadySent':
        return t('reminders.result.alreadySent', { name });
      case 'skipped':
        return t('reminders.result.skipped', {
          name,
          day: formatDay(new Date(result.remindedAt), locale),
        });
      case 'unreachable':
        return t('reminders.result.unreachable', { name });
      case 'failed':
        return t('reminders.result.failed', {
          name,
          reason: errorMessage({ status: result.status }, t),
        });
    }
  };
  const count = (kind: ReminderResult['result'][]) =>
    batch?.results.filter((result) => kind.includes(result.result)).length ?? 0;
  const failed = count(['failed', 'unreachable']);

  return (
    <form
      className={styles.section}
      onSubmit={(event) => {
        event.preventDefault();
        if (targets.length > 0) send(targets);
      }}
    >
      <fieldset className={mergeClasses(styles.periodForm, styles.noPrint)}>
        <legend className={styles.legend}>{t(`reminders.form.${topic}.legend`)}</legend>
        <p className={styles.definitions}>{t('reminders.form.explain')}</p>
        <RadioGroup
          aria-label={t('reminders.form.whom')}
          value={whom}
          onChange={(_event, data) => setWhom(data.value as Whom)}
        >
          <Radio value="person" label={t('reminders.form.whom.person')} />
          <Radio value="team" label={t('reminders.form.whom.team')} />
          <Radio
            value="everyone"
            label={t('reminders.form.whom.everyone', { count: everyone.length })}
          />
        </RadioGroup>
        {whom === 'person' && (
          <div>
            <label htmlFor={`${ids}-person`}>{t('reminders.form.person')}</label>
            <Select
              id={`${ids}-person`}
              value={chosenPerson?.id ?? ''}
              onChange={(_event, data) => setPersonId(data.value)}
            >
              {everyone.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.displayName}
                </option>
              ))}
            </Select>
          </div>
        )}
        {whom === 'team' && (
          <div>
            <label htmlFor={`${ids}-team`}>{t('reminders.form.team')}</label>
            <Select
              id={`${ids}-team`}
              value={chosenTeam?.[0] ?? ''}
              onChange={(_event, data) => setTeam(data.value)}
            >
              {groups.map(([name, people]) => (
                <option key={name} value={name}>
                  {`${name} (${people.length})`}
                </option>
              ))}
            </Select>
          </div>
        )}
        <div className={styles.actions}>
          <Button
            appearance="primary"
            type="submit"
            disabledFocusable={mutation.isPending || targets.length === 0}
          >
            {t(`reminders.form.${topic}.send`)}
          </Button>
          {mutation.isPending && <Spinner size="tiny" label={t('reminders.form.sending')} />}
        </div>
      </fieldset>
      <div role="status" aria-live="polite">
        {mutation.isError && (
          <Notice intent="error">
            {t('reminders.form.failed', { message: errorMessage(mutation.error, t) })}
          </Notice>
        )}
        {batch !== null && !mutation.isPending && (
          <>
            <p>
              {t('reminders.result.summary', {
                sent: count(['sent', 'alreadySent']),
                skipped: count(['skipped']),
                failed,
              })}
            </p>
            <ul className={styles.list} aria-label={t('reminders.result.details')}>
              {batch.results.map((result) => (
                <li key={result.personId}>{resultText(result)}</li>
              ))}
            </ul>
          </>
        )}
      </div>
      {batch !== null && count(['failed']) > 0 && !mutation.isPending && (
        <div className={styles.actions}>
          <Button onClick={retry}>{t('reminders.form.retry')}</Button>
        </div>
      )}
    </form>
  );
}
