import { useI18n } from '../../i18n';
import { ErrorScreen } from './error-screen';
import { useErrorScreenStyles } from './error-screen.styles';

/** Props of {@link GraphUnreachableScreen}. */
export type GraphUnreachableScreenProps = {
  /** The URL that could not be reached. */
  url: string;
  /** Demo mode advises starting the emulator; tenant mode the network and the service desk. */
  mode: 'demo' | 'tenant';
  message: string;
  onRetry: () => void;
};

export function GraphUnreachableScreen({
  url,
  mode,
  message,
  onRetry,
}: GraphUnreachableScreenProps) {
  const styles = useErrorScreenStyles();
  const { t } = useI18n();
  return (
    <ErrorScreen title={t('error.graph.title')} onRetry={onRetry}>
      <p>{t('error.graph.intro', { url })}</p>
      <p className={styles.details}>{t('error.details', { message })}</p>
      <h2 className={styles.subheading}>{t('error.nextSteps')}</h2>
      <p>{t(mode === 'demo' ? 'error.graph.advice.demo' : 'error.graph.advice.tenant')}</p>
    </ErrorScreen>
  );
}
