import { useI18n } from '../../i18n';
import { ErrorScreen } from './error-screen';
import { useErrorScreenStyles } from './error-screen.styles';

/** Props of {@link SignInErrorScreen}. */
export type SignInErrorScreenProps = {
  /** The technical message of the failure, shown so the service desk can act on it. */
  message: string;
  onRetry: () => void;
};

export function SignInErrorScreen({ message, onRetry }: SignInErrorScreenProps) {
  const styles = useErrorScreenStyles();
  const { t } = useI18n();
  return (
    <ErrorScreen title={t('error.signIn.title')} onRetry={onRetry}>
      <p>{t('error.signIn.intro')}</p>
      <p className={styles.details}>{t('error.details', { message })}</p>
      <h2 className={styles.subheading}>{t('error.nextSteps')}</h2>
      <p>{t('error.signIn.advice')}</p>
    </ErrorScreen>
  );
}
