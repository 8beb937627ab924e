// The citizen's side of the callback form: name, phone (normalised as it will be stored), e-mail,
// the question, the channel and a preferred time.
import { Field, Input, Select, Textarea } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { CallbackChannel } from '../../../domain/callbacks';
import { useI18n } from '../../../i18n';
import type { CallbackFormState, FormField } from '../callback-form-state';
import { readPhone } from '../phone';
import { useCallbackFormStyles } from './callback-form.styles';

const channels: readonly CallbackChannel[] = ['phone', 'email', 'desk', 'chat'];

/** Props of {@link CallbackCitizenFields}. */
export type CallbackCitizenFieldsProps = {
  form: CallbackFormState;
  update: (change: Partial<CallbackFormState>) => void;
  /** The error under a field, translated; undefined when none. */
  errorFor: (field: FormField) => string | undefined;
  /** Registers a field's element (focus goes to the first missing one on save). */
  fieldRef: (field: FormField) => (element: HTMLElement | null) => void;
  /** Shown right under the phone and e-mail fields (the citizen's earlier requests), next in the tab order. */
  afterContact?: ReactNode;
};

/** See the module comment. */
export function CallbackCitizenFields({
  form,
  update,
  errorFor,
  fieldRef,
  afterContact,
}: CallbackCitizenFieldsProps) {
  const styles = useCallbackFormStyles();
  const { t } = useI18n();
  const phone = readPhone(form.phone);
  return (
    <>
      <Field
        label={t('callbacks.field.citizenName')}
        required
        validationMessage={errorFor('citizenName')}
      >
        <Input
          ref={fieldRef('citizenName')}
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
            errorFor('phone') !== undefined ? 'error' : phone.kind === 'valid' ? 'success' : 'none'
          }
          hint={
            phone.kind === 'valid'
              ? t('callbacks.field.phoneNormalised', { number: phone.display ?? '' })
              : t('callbacks.field.phoneHint')
          }
        >
          <Input
            ref={fieldRef('phone')}
            type="tel"
            value={form.phone}
            autoComplete="off"
            onChange={(_event, data) => update({ phone: data.value })}
          />
        </Field>
        <Field label={t('callbacks.field.email')} validationMessage={errorFor('email')}>
          <Input
            ref={fieldRef('email')}
            type="email"
            value={form.email}
            autoComplete="off"
            onChange={(_event, data) => update({ email: data.value })}
          />
        </Field>
      </div>
      {afterContact}
      <Field
        label={t('callbacks.field.question')}
        required
        validationMessage={errorFor('question')}
      >
        <Textarea
          ref={fieldRef('question')}
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
            ref={fieldRef('preferredTime')}
            value={form.preferredTime}
            onChange={(_event, data) => update({ preferredTime: data.value })}
          />
        </Field>
      </div>
    </>
  );
}
