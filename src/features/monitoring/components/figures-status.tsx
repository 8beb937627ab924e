// Where the figures stand, announced politely: reading, computing (with progress), failed, or what was read.
import { Field, ProgressBar, Spinner } from '@fluentui/react-components';
import { errorMessage, useI18n } from '../../../i18n';
import { formatDate } from '../format-figures';
import { useMonitoringStyles } from '../monitoring.styles';
import type { FiguresStatus as Status } from '../use-figures';
import { Notice } from '../../../ui';

export function FiguresStatus({ status }: { status: Status }) {
  const { t, locale } = useI18n();
  const styles = useMonitoringStyles();
  return (
    <div aria-live="polite">
      {status.kind === 'reading' && (
        <Spinner size="small" label={t('monitoring.progress.reading')} />
      )}
      {status.kind === 'computing' && (
        <Field
          label={t('monitoring.progress.computing', { done: status.done, total: status.total })}
        >
          <ProgressBar
            value={status.total === 0 ? 1 : status.done / status.total}
            aria-label={t('monitoring.progress.label')}
          />
        </Field>
      )}
      {status.kind === 'failed' && (
        <Notice intent="error">
          {t('monitoring.load.failed', { message: errorMessage(status.error, t) })}
        </Notice>
      )}
      {status.kind === 'ready' && (
        <p className={styles.definitions}>
          {t('monitoring.readInfo', {
            count: status.read,
            requests: status.httpRequests,
            at: formatDate(status.at.getTime(), locale),
          })}
        </p>
      )}
    </div>
  );
}
