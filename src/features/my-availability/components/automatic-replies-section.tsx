import { Button, Field, Input, Radio, RadioGroup, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import type { AutomaticReplies } from '../../../domain/availability';
import { normalizeAutomaticRepliesStatus, plainTextOf } from '../../../domain/availability';
import type {
  AutomaticRepliesDraft,
  AutomaticRepliesMode,
  AutomaticRepliesProblem,
} from '../../../domain/my-availability';
import {
  AUTOMATIC_REPLY_MAX_LENGTH,
  automaticRepliesProblems,
} from '../../../domain/my-availability';
import { instantFromEpochMs } from '../../../domain/time';
import { errorMessage, formatDateTime, useI18n } from '../../../i18n';
import { Notice } from '../../../ui';
import { useOwnSignals } from '../api/get-own-signals';
import { useMyAvailabilityDataSource } from '../api/my-availability-data-source';
import { useSaveAutomaticReplies } from '../api/save-automatic-replies';
import { instantFromLocalInput, localInputFromInstant } from '../local-date-time';
import { useMyAvailabilityStyles } from '../my-availability.styles';
import { writeFailureOf } from '../write-failure';

type FormState = { mode: AutomaticRepliesMode; start: string; end: string; message: string };

function formFrom(replies: AutomaticReplies | null): FormState {
  const status = replies === null ? 'disabled' : normalizeAutomaticRepliesStatus(replies.status);
  const text = replies?.message === undefined ? null : plainTextOf(replies.message);
  return {
    mode: status === 'alwaysEnabled' ? 'on' : status === 'scheduled' ? 'scheduled' : 'off',
    start: replies?.start === undefined ? '' : localInputFromInstant(replies.start),
    end: replies?.end === undefined ? '' : localInputFromInstant(replies.end),
    message: text ?? '',
  };
}

const draftOf = (form: FormState): AutomaticRepliesDraft => ({
  mode: form.mode,
  start: instantFromLocalInput(form.start),
  end: instantFromLocalInput(form.end),
  message: form.message,
});

/** What Outlook has now, in one sentence. */
function CurrentReplies({ replies }: { replies: AutomaticReplies | null }) {
  const styles = useMyAvailabilityStyles();
  const { t, locale } = useI18n();
  if (replies === null) return <p className={styles.text}>{t('myAvailability.replies.unknown')}</p>;
  const status = normalizeAutomaticRepliesStatus(replies.status);
  const when = (instant: number) => formatDateTime(new Date(instant), locale);
  const sentence =
    status === 'alwaysEnabled'
      ? t('myAvailability.replies.on')
      : status === 'scheduled' && replies.start !== undefined
        ? replies.end === undefined
          ? t('myAvailability.replies.scheduledOpenEnd', { from: when(replies.start) })
          : t('myAvailability.replies.scheduled', {
              from: when(replies.start),
              to: when(replies.end),
            })
        : status === 'scheduled'
          ? t('myAvailability.replies.on')
          : t('myAvailability.replies.off');
  const message = replies.message === undefined ? null : plainTextOf(replies.message);
  return (
    <>
      <p className={styles.text}>{sentence}</p>
      {message === null || status === 'disabled' ? null : (
        <p className={styles.message}>
          <strong>{t('myAvailability.replies.currentMessage')}: </strong>
          {message}
        </p>
      )}
    </>
  );
}

/** The form, started from what Outlook has now; what was typed stays when saving fails. */
function RepliesForm({ initial }: { initial: FormState }) {
  const styles = useMyAvailabilityStyles();
  const { t } = useI18n();
  const source = useMyAvailabilityDataSource();
  const save = useSaveAutomaticReplies();
  const [form, setForm] = useState(initial);
  const [tried, setTried] = useState(false);
  const [saved, setSaved] = useState(false);
  const problems = automaticRepliesProblems(
    draftOf(form),
    instantFromEpochMs(source.now().getTime()),
  );
  const shown = (problem: AutomaticRepliesProblem) =>
    tried && problems.includes(problem)
      ? t(`myAvailability.replies.problem.${problem}`)
      : undefined;
  const periodProblem =
    shown('periodMissing') ?? shown('endNotAfterStart') ?? shown('endPassed') ?? undefined;
  const update = (change: Partial<FormState>) => {
    setSaved(false);
    setForm((previous) => ({ ...previous, ...change }));
  };
  const failure = save.isError ? writeFailureOf(save.error) : null;

  return (
    <form
      className={styles.form}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setTried(true);
        if (problems.length > 0) return;
        save.mutate(draftOf(form), { onSuccess: () => setSaved(true) });
      }}
    >
      <Field label={t('myAvailability.replies.mode')}>
        <RadioGroup
          value={form.mode}
          onChange={(_event, data) => update({ mode: data.value as AutomaticRepliesMode })}
        >
          <Radio value="off" label={t('myAvailability.replies.mode.off')} />
          <Radio value="on" label={t('myAvailability.replies.mode.on')} />
          <Radio value="scheduled" label={t('myAvailability.replies.mode.scheduled')} />
        </RadioGroup>
      </Field>
      {form.mode !== 'scheduled' ? null : (
        <div className={styles.period}>
          <Field
            label={t('myAvailability.replies.start')}
            validationMessage={periodProblem}
            validationState={periodProblem === undefined ? 'none' : 'error'}
          >
            <Input
              type="datetime-local"
              value={form.start}
              onChange={(_event, data) => update({ start: data.value })}
            />
          </Field>
          <Field label={t('myAvailability.replies.end')}>
            <Input
              type="datetime-local"
              value={form.end}
              onChange={(_event, data) => update({ end: data.value })}
            />
          </Field>
        </div>
      )}
      {form.mode === 'off' ? null : (
        <Field
          label={t('myAvailability.replies.message')}
          hint={t('myAvailability.replies.messageHint')}
          validationMessage={shown('messageMissing')}
          validationState={shown('messageMissing') === undefined ? 'none' : 'error'}
        >
          <Textarea
            value={form.message}
            maxLength={AUTOMATIC_REPLY_MAX_LENGTH}
            resize="vertical"
            onChange={(_event, data) => update({ message: data.value })}
          />
        </Field>
      )}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={save.isPending}>
          {t('myAvailability.replies.save')}
        </Button>
      </div>
      <div role="status">{saved ? t('myAvailability.replies.saved') : null}</div>
      {failure === null ? null : (
        <Notice intent={failure === 'failed' ? 'error' : 'warning'}>
          {failure === 'failed'
            ? t('myAvailability.write.failed', { message: errorMessage(save.error, t) })
            : t(`myAvailability.write.${failure}`)}
        </Notice>
      )}
    </form>
  );
}

/** "Automatisch antwoord": what is on now, and switching it on (with a period and a message) or off. */
export function AutomaticRepliesSection() {
  const styles = useMyAvailabilityStyles();
  const { t } = useI18n();
  const signals = useOwnSignals();
  const replies = signals.data?.automaticReplies ?? null;
  return (
    <section className={styles.section} aria-labelledby="my-replies">
      <h2 id="my-replies" className={styles.sectionHeading}>
        {t('myAvailability.replies.title')}
      </h2>
      {signals.data === undefined && !signals.isError ? (
        <p className={styles.muted} role="status">
          {t('myAvailability.replies.loading')}
        </p>
      ) : (
        <>
          <CurrentReplies replies={replies} />
          {/* Started once from what was read; a refresh does not overwrite what is being typed. */}
          <RepliesForm initial={formFrom(replies)} />
        </>
      )}
    </section>
  );
}
