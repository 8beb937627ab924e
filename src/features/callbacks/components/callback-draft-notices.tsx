// What the form says about drafts above it: a restored draft (with "Concept wissen"), a draft for
// someone else that waits (continue with it, or start the new one), and the request just queued.
import { Button } from '@fluentui/react-components';
import { useI18n } from '../../../i18n';
import { Notice } from '../../../ui';
import type { CallbackFormState } from '../callback-form-state';

/** Props of {@link CallbackDraftNotices}. */
export type CallbackDraftNoticesProps = {
  restored: boolean;
  otherDraft: CallbackFormState | null;
  /** The citizen's name of the request just queued, or null. */
  justSaved: string | null;
  /** Who the form being typed is for ('' when nobody yet). */
  currentTarget: string;
  targetName: (draft: CallbackFormState) => string;
  onClearDraft: () => void;
  onContinueWith: (draft: CallbackFormState) => void;
  onKeepOtherDraft: () => void;
};

/** See the module comment. */
export function CallbackDraftNotices({
  restored,
  otherDraft,
  justSaved,
  currentTarget,
  targetName,
  onClearDraft,
  onContinueWith,
  onKeepOtherDraft,
}: CallbackDraftNoticesProps) {
  const { t } = useI18n();
  return (
    <>
      {restored ? (
        <Notice
          intent="info"
          actions={<Button onClick={onClearDraft}>{t('callbacks.form.clearDraft')}</Button>}
        >
          {t('callbacks.form.draftRestored')}
        </Notice>
      ) : null}
      {otherDraft !== null ? (
        <Notice
          intent="info"
          actions={
            <>
              <Button onClick={() => onContinueWith(otherDraft)}>
                {t('callbacks.form.continueDraft', { target: targetName(otherDraft) })}
              </Button>
              <Button onClick={onKeepOtherDraft}>
                {currentTarget === ''
                  ? t('callbacks.form.newRequest')
                  : t('callbacks.form.newFor', { target: currentTarget })}
              </Button>
            </>
          }
        >
          {t('callbacks.form.otherDraft', { target: targetName(otherDraft) })}
        </Notice>
      ) : null}
      {justSaved !== null ? (
        <Notice intent="success">{t('callbacks.form.queued', { name: justSaved })}</Notice>
      ) : null}
    </>
  );
}
