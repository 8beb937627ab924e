import type { AppConfig } from '../../config/app-config';
import { AvailabilityDataSourceProvider } from './api/availability-data-source';
import { useGraphAvailabilityDataSource } from './api/graph-data-source';
import { AvailabilityScreen } from './availability-screen';

/** Props of {@link AvailabilityPage}. */
export type AvailabilityPageProps = {
  config: AppConfig;
  /** The route's path, e.g. `beschikbaarheid`. */
  basePath: string;
};

/** The agent screen on Microsoft Graph (or the demo tenant). */
export function AvailabilityPage({ config, basePath }: AvailabilityPageProps) {
  const source = useGraphAvailabilityDataSource(config);
  return (
    <AvailabilityDataSourceProvider value={source}>
      <AvailabilityScreen basePath={basePath} />
    </AvailabilityDataSourceProvider>
  );
}
