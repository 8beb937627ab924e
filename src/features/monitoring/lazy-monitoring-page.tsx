import { Spinner } from '@fluentui/react-components';
import { Suspense, lazy } from 'react';
import { useI18n } from '../../i18n';
import type { MonitoringPageProps } from './monitoring-page';

const MonitoringPage = lazy(() =>
  import('./monitoring-page').then((module) => ({ default: module.MonitoringPage })),
);

/** The monitoring page in its own chunk: downloaded only when a coordinator or team leader opens it. */
export function LazyMonitoringPage(props: MonitoringPageProps) {
  const { t } = useI18n();
  return (
    <Suspense fallback={<Spinner label={t('monitoring.loading')} />}>
      <MonitoringPage {...props} />
    </Suspense>
  );
}
