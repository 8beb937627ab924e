import type { AppConfig } from '../../config/app-config';
import type { RequestToken } from './api/my-availability-data-source';
import {
  MyAvailabilityDataSourceProvider,
  useGraphMyAvailabilityDataSource,
} from './api/my-availability-data-source';
import { MyAvailabilityScreen } from './my-availability-screen';
import type { MyAvailabilityScreenProps } from './my-availability-screen';

/** Props of {@link MyAvailabilityPage}. */
export type MyAvailabilityPageProps = MyAvailabilityScreenProps & {
  config: AppConfig;
  account: { userId: string };
  /** The session's token request: asks consent for a write scope the first time a button needs it. */
  requestToken: RequestToken;
};

/** "Mijn bereikbaarheid" on Microsoft Graph (or the demo tenant). */
export function MyAvailabilityPage({
  config,
  account,
  requestToken,
  ...screen
}: MyAvailabilityPageProps) {
  const source = useGraphMyAvailabilityDataSource(config, account.userId, requestToken);
  return (
    <MyAvailabilityDataSourceProvider value={source}>
      <MyAvailabilityScreen {...screen} />
    </MyAvailabilityDataSourceProvider>
  );
}
