// The agent's callback form: keyboard-first, draft kept on every keystroke, due moment shown before
// saving, the callback substitute of an absent colleague proposed, saving through the outbox. The
// behaviour lives in useCallbackForm; this file lays the parts out.
import { Button } from '@fluentui/react-components';
import { useRef } from 'react';
import { useI18n } from '../../../i18n';
import { Notice } from '../../../ui';
import type { CallbacksDirectory } from '../api/use-callbacks-directory';
import type { FormField } from '../callback-form-state';
import { dueDateText } from '../due-text';
import { CallbackCitizenFields } from './callback-citizen-fields';
import { CallbackDraftNotices } from './callback-draft-notices';
import { useCallbackFormStyles } from './callback-form.styles';
import { CallbackPersonField } from './callback-person-field';
import { CallbackSubstituteChoice } from './callback-substitute-choice';
import { OutboxStatus } from './outbox-status';
import { RepeatCallAdded } from './repeat-call-added';
import { RepeatCallerNotice } from './repeat-caller-notice';
import { useRepeatCaller } from './use-repeat-caller';
import type { CallbackPrefill } from './use-callback-form';
import { useCallbackForm } from './use-callback-form';

export type { CallbackPrefill } from './use-callback-form';

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

/** The agent's callback form; see the module comment. */
export function CallbackForm({ directory, forPersonId, forTeam, prefill }: CallbackFormProps) {
  const styles = useCallbackFormStyles();
  const { t, locale } = useI18n();
  const repeatOfRef = useRef<string | null>(null);
  const callback = useCallbackForm({
    directory,
    forPersonId,
    forTeam,
    prefill: prefill ?? {},
    repeatOfRef,
  });
  const repeat = useRepeatCaller({
    form: callback.form,
    directory,
    repeatOfRef,
    onAdded: () => {
      callback.startNew('empty');
      callback.focusField('citizenName');
    },
  });
  const { form, update, person, assignment, errors } = callback;
  const errorFor = (field: FormField): string | undefined => {
    const error = errors.find((candidate) => candidate.field === field);
    return error === undefined ? undefined : t(error.key, { max: error.max ?? 0 });
  };

  return (
    <div className={styles.root}>
      <CallbackDraftNotices
        restored={callback.restored}
        otherDraft={callback.otherDraft}
        justSaved={callback.justSaved}
        currentTarget={callback.targetName(form)}
        targetName={callback.targetName}
        onClearDraft={() => callback.startNew('prefill')}
        onContinueWith={callback.continueWith}
        onKeepOtherDraft={callback.keepOtherDraft}
      />
      <RepeatCallAdded holder={repeat.added} />
      <form
        className={styles.form}
        onSubmit={callback.onSubmit}
        onKeyDown={callback.onKeyDown}
        noValidate
        aria-label={t('callbacks.form.title')}
      >
        <CallbackCitizenFields
          form={form}
          update={update}
          errorFor={errorFor}
          fieldRef={callback.fieldRef}
          afterContact={
            <RepeatCallerNotice
              earlier={repeat.earlier}
              shown={repeat.shown}
              directory={directory}
              chosenNew={repeat.chosenNew}
              onAddToOpen={repeat.addToOpen}
              onChooseNew={() => {
                repeat.chooseNew();
                callback.focusField('question');
              }}
            />
          }
        />
        <CallbackPersonField
          directory={directory}
          form={form}
          person={person}
          update={update}
          validationMessage={errorFor('person')}
          fieldRef={callback.fieldRef}
        />
        {person === undefined ? null : (
          <CallbackSubstituteChoice
            person={person}
            proposal={callback.proposal}
            substitute={callback.substitute}
            substituteName={(id) => directory.peopleById.get(id)?.displayName}
            choice={form.substituteChoice}
            onChoiceChange={(choice) => update({ substituteChoice: choice })}
          />
        )}
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
          {t('callbacks.form.due', { date: dueDateText(callback.dueAt, locale) })}
        </p>
        {errorFor('general') !== undefined ? (
          <Notice intent="error">{errorFor('general')}</Notice>
        ) : null}
        <div className={styles.actions}>
          <Button appearance="primary" type="submit" aria-keyshortcuts="Control+Enter">
            {t('callbacks.form.save')}
          </Button>
          <Button type="button" onClick={() => callback.startNew('prefill')}>
            {t('callbacks.form.clearDraft')}
          </Button>
        </div>
        <p className={styles.hint}>{t('callbacks.form.saveShortcut')}</p>
      </form>
      <OutboxStatus />
    </div>
  );
}
