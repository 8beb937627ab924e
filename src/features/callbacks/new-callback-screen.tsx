// "Terugbelverzoek": the agent's form, free or for a colleague (`?voor=<id>`) or a team (`?team=<name>`).
import { Spinner } from '@fluentui/react-components';
import { useI18n } from '../../i18n';
import { useCallbacksDirectory } from './api/use-callbacks-directory';
import { CallbackForm } from './components/callback-form';
import type { CallbackPrefill } from './components/callback-form';
import { useCallbackCardStyles } from './components/callback-card.styles';

/** Props of {@link NewCallbackScreen}. */
export type NewCallbackScreenProps = {
  forPersonId: string | null;
  forTeam: string | null;
  /** Values a new form starts with; see {@link CallbackPrefill}. */
  prefill?: CallbackPrefill;
};

/** The form page; waits for the directory only when the URL names a colleague (to show their name). */
export function NewCallbackScreen({ forPersonId, forTeam, prefill }: NewCallbackScreenProps) {
  const styles = useCallbackCardStyles();
  const { t } = useI18n();
  const directory = useCallbacksDirectory();
  return (
    <div className={styles.page}>
      <h1>{t('callbacks.form.title')}</h1>
      {forPersonId !== null && directory.status === 'loading' ? (
        <Spinner label={t('callbacks.directoryLoading')} />
      ) : (
        <CallbackForm
          directory={directory}
          forPersonId={forPersonId}
          forTeam={forTeam}
          prefill={prefill}
        />
      )}
    </div>
  );
}
