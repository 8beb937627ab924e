import type { AppConfig } from '../../config/app-config';
import {
  MonitoringDataSourceProvider,
  useGraphMonitoringDataSource,
} from './api/monitoring-data-source';
import { MonitoringScreen } from './monitoring-screen';
import type { MonitoringScreenProps } from './monitoring-screen';

/** Props of {@link MonitoringPage}. */
export type MonitoringPageProps = MonitoringScreenProps & {
  config: AppConfig;
  /** The signed-in user's name (the signature of the reminders they send). */
  displayName: string;
};

/** The monitoring screen on Microsoft Graph (or the demo tenant). */
export function MonitoringPage({ config, displayName, ...screen }: MonitoringPageProps) {
  const source = useGraphMonitoringDataSource(config, { displayName });
  return (
    <MonitoringDataSourceProvider value={source}>
      <MonitoringScreen {...screen} />
    </MonitoringDataSourceProvider>
  );
}
