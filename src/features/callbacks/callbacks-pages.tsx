// The callback pages and navigation badges on Microsoft Graph, for the route table.
import type { AppConfig } from '../../config/app-config';
import { useGraphClient } from '../../graph/client';
import { useI18n } from '../../i18n';
import { callbackCounts } from '../../domain/callbacks';
import { instantFromEpochMs } from '../../domain/time';
import type { CallbacksDataSource } from './api/callbacks-data-source';
import { CallbacksDataSourceProvider, useCallbacksDataSource } from './api/callbacks-data-source';
import { graphCallbacksDataSource } from './api/graph-callbacks-data-source';
import { useCallbacksDirectory } from './api/use-callbacks-directory';
import { useMyCallbacks } from './api/use-my-callbacks';
import { MyCallbacksScreen } from './my-callbacks-screen';
import { NewCallbackScreen } from './new-callback-screen';
import { useOutbox } from './outbox-runner';
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

function MyCountBadge() {
  const { t } = useI18n();
  const source = useCallbacksDataSource();
  const directory = useCallbacksDirectory();
  const mine = useMyCallbacks(source, directory.myTeam);
  if (mine.status !== 'ready') return null;
  const counts = callbackCounts(
    mine.callbacks.map((callback) => callback.request),
    instantFromEpochMs(source.now().getTime()),
  );
  return (
    <span>
      {' '}
      {counts.overdue > 0
        ? t('callbacks.nav.countOverdue', { open: counts.open, overdue: counts.overdue })
        : t('callbacks.nav.count', { open: counts.open })}
    </span>
  );
}

/** The count after "Mijn terugbelverzoeken" in the navigation: "(3)", or "(3, 1 te laat)". */
export function MyCallbacksNavBadge(props: CallbacksPageProps) {
  const source = useSource(props);
  return (
    <CallbacksDataSourceProvider value={source}>
      <MyCountBadge />
    </CallbacksDataSourceProvider>
  );
}

function OutboxCount() {
  const { t } = useI18n();
  const source = useCallbacksDataSource();
  const { state } = useOutbox(source);
  if (state.entries.length === 0) return null;
  return <span> {t('callbacks.nav.outbox', { count: state.entries.length })}</span>;
}

/**
 * After "Terugbelverzoek" in the navigation: how many requests still wait to be stored. Mounting it
 * also keeps the outbox running while the agent is on another page.
 */
export function OutboxNavBadge(props: CallbacksPageProps) {
  const source = useSource(props);
  return (
    <CallbacksDataSourceProvider value={source}>
      <OutboxCount />
    </CallbacksDataSourceProvider>
  );
}
