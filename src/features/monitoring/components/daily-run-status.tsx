// The monitor's "Laatste dagelijkse controle": when the daily job last ran and what it did, that it failed or did
// not finish, or that it never ran (then nothing reminds, escalates or cleans up).
import { Spinner } from '@fluentui/react-components';
import { AMSTERDAM, localDateAt } from '../../../domain/time';
import type { Instant } from '../../../domain/time';
import { errorMessage, formatDateTime, formatTime, useI18n } from '../../../i18n';
import { Notice } from '../../../ui';
import { useLastDailyRun } from '../api/get-last-daily-run';
import { useMonitoringDataSource } from '../api/monitoring-data-source';

export function DailyRunStatus() {
  const { t, locale } = useI18n();
  const source = useMonitoringDataSource();
  const read = useLastDailyRun();
  if (read.isPending) return <Spinner size="small" label={t('daily.monitor.loading')} />;
  if (read.isError)
    return (
      <Notice intent="warning">
        {t('daily.monitor.loadFailed', { message: errorMessage(read.error, t) })}
      </Notice>
    );
  const run = read.data;
  if (run === null) return <Notice intent="warning">{t('daily.monitor.never')}</Notice>;
  const at = new Date(run.at);
  const today = localDateAt(source.now().getTime() as Instant, AMSTERDAM);
  const when =
    localDateAt(run.at, AMSTERDAM) === today
      ? t('daily.monitor.today', { time: formatTime(at, locale) })
      : formatDateTime(at, locale);
  if (run.outcome === 'runFailed')
    return (
      <Notice intent="error">{t('daily.monitor.failed', { when, error: run.error ?? '' })}</Notice>
    );
  if (run.outcome === 'running')
    return <Notice intent="warning">{t('daily.monitor.running', { when })}</Notice>;
  const problems = run.summary.failed + run.summary.notKnownSent;
  return (
    <Notice intent={problems > 0 ? 'warning' : 'info'}>
      {t('daily.monitor.done', {
        when,
        reminders: run.summary.reminders,
        escalations: run.summary.escalations,
        redacted: run.summary.redactedCallbacks,
      })}
      {problems > 0 ? ` ${t('daily.monitor.problems', { count: problems })}` : ''}
    </Notice>
  );
}
