// The callback pages and navigation badges on Microsoft Graph, for the route table.
import { useSyncExternalStore } from 'react';
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

/**
 * The address's hash, live: the shell's router only follows the path, and the form must follow the
 * address when only its target (`?voor=`, `?team=`) changes.
 */
function useHash(): string {
  return useSyncExternalStore(
    (listener) => {
      window.addEventListener('hashchange', listener);
      return () => window.removeEventListener('hashchange', listener);
    },
    () => window.location.hash,
  );
}

function queryParam(hash: string, name: string): string | null {
  const query = hash.split('?')[1] ?? '';
  const value = new URLSearchParams(query).get(name);
  return value === null || value.trim() === '' ? null : value;
}

/**
 * "Terugbelverzoek": the form (`#/terugbelverzoek/nieuw?voor=<personId>` or `?team=<name>`, and `&verzoek=<id>` for
 * the request a recorded call outcome links to).
 */
export function NewCallbackPage(props: CallbacksPageProps) {
  const source = useSource(props);
  const hash = useHash();
  const forPersonId = queryParam(hash, 'voor');
  const forTeam = queryParam(hash, 'team');
  // From "Niet opgenomen → terugbelverzoek": the id the recorded outcome links to.
  const requestId = queryParam(hash, 'verzoek');
  return (
    <CallbacksDataSourceProvider value={source}>
      <NewCallbackScreen
        key={`${forPersonId ?? ''}|${forTeam ?? ''}|${requestId ?? ''}`}
        forPersonId={forPersonId}
        forTeam={forTeam}
        prefill={requestId === null ? undefined : { id: requestId }}
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
