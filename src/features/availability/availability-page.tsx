import type { AppConfig } from '../../config/app-config';
import { AvailabilityDataSourceProvider } from './api/availability-data-source';
import { useGraphAvailabilityDataSource } from './api/graph-data-source';
import { AvailabilityScreen } from './availability-screen';
import type { OutcomeRecorder } from './outcome-recorder';

/** Props of {@link AvailabilityPage}. */
export type AvailabilityPageProps = {
  config: AppConfig;
  /** The route's path, e.g. `beschikbaarheid`. */
  basePath: string;
  /** Where call outcomes are recorded (the shell gives the callbacks outbox); null: no outcome buttons. */
  outcomes?: OutcomeRecorder | null;
};

/** The agent screen on Microsoft Graph (or the demo tenant). */
export function AvailabilityPage({ config, basePath, outcomes }: AvailabilityPageProps) {
  const source = useGraphAvailabilityDataSource(config);
  return (
    <AvailabilityDataSourceProvider value={source}>
      <AvailabilityScreen basePath={basePath} outcomes={outcomes} />
    </AvailabilityDataSourceProvider>
  );
}
