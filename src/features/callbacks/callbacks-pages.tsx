// The callback pages and navigation badges on Microsoft Graph, for the route table.
import type { AppConfig } from '../../config/app-config';
import { useGraphClient } from '../../graph/client';
import type { CallbacksDataSource } from './api/callbacks-data-source';
import { CallbacksDataSourceProvider } from './api/callbacks-data-source';
import { graphCallbacksDataSource } from './api/graph-callbacks-data-source';
import { MyCallbacksScreen } from './my-callbacks-screen';
import { NewCallbackScreen } from './new-callback-screen';
import { TeamCallbacksScreen } from './team-callbacks-screen';

/** What every callback page needs from the shell. */
export type CallbacksPageProps = {
  config: AppConfig;
  account: { userId: string; displayName: string };
};

function useSource({ config, account }: CallbacksPageProps): CallbacksDataSource {
  const client = useGraphClient();
  return graphCallbacksDataSource(client, config, {
    id: account.userId,
    displayName: account.displayName,
  });
}

/** The callbacks data source on Microsoft Graph, for surfaces outside the route table (the Outlook add-in). */
export const useGraphCallbacksDataSource = useSource;

function queryParam(name: string): string | null {
  const query = window.location.hash.split('?')[1] ?? '';
  const value = new URLSearchParams(query).get(name);
  return value === null || value.trim() === '' ? null : value;
}

/** "Terugbelverzoek": the form (`#/terugbelverzoek/nieuw?voor=<personId>` or `?team=<name>`). */
export function NewCallbackPage(props: CallbacksPageProps) {
  const source = useSource(props);
  return (
    <CallbacksDataSourceProvider value={source}>
      <NewCallbackScreen
        key={window.location.hash}
        forPersonId={queryParam('voor')}
        forTeam={queryParam('team')}
      />
    </CallbacksDataSourceProvider>
  );
}

/** "Mijn terugbelverzoeken". */
export function MyCallbacksPage(props: CallbacksPageProps) {
  const source = useSource(props);
  return (
    <CallbacksDataSourceProvider value={source}>
      <MyCallbacksScreen />
    </CallbacksDataSourceProvider>
  );
}

/** "Terugbelverzoeken van mijn team"; coordinators may choose any team. */
export function TeamCallbacksPage(props: CallbacksPageProps & { scope: 'all' | 'led' }) {
  const source = useSource(props);
  return (
    <CallbacksDataSourceProvider value={source}>
      <TeamCallbacksScreen teams={props.scope} />
    </CallbacksDataSourceProvider>
  );
}

// The navigation badges live in their own module so the shell can show them without loading the pages.
export { MyCallbacksNavBadge, OutboxNavBadge } from './nav-badges';
