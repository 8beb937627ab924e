// Navigation badges for the callback pages. Kept apart from the pages (and the phone-number library
// the form needs) so the shell can show them on every page without loading the callback screens.
import { useGraphClient } from '../../graph/client';
import { useI18n } from '../../i18n';
import { callbackCounts } from '../../domain/callbacks';
import { instantFromEpochMs } from '../../domain/time';
import type { AppConfig } from '../../config/app-config';
import type { CallbacksDataSource } from './api/callbacks-data-source';
import { CallbacksDataSourceProvider, useCallbacksDataSource } from './api/callbacks-data-source';
import { graphCallbacksDataSource } from './api/graph-callbacks-data-source';
import { useCallbacksDirectory } from './api/use-callbacks-directory';
import { useMyCallbacks } from './api/get-my-callbacks';
import { readContactOutbox } from './contact-outbox';
import { readOutbox } from './outbox';
import { useOutbox } from './outbox-runner';

/** What a badge needs from the shell (the same as a callback page). */
export type NavBadgeProps = {
  config: AppConfig;
  account: { userId: string; displayName: string };
};

function useSource({ config, account }: NavBadgeProps): CallbacksDataSource {
  const client = useGraphClient();
  return graphCallbacksDataSource(client, config, {
    id: account.userId,
    displayName: account.displayName,
  });
}

/** The count itself (inside a data source provider). */
export function MyCallbacksCount() {
  const { t } = useI18n();
  const source = useCallbacksDataSource();
  const directory = useCallbacksDirectory();
  const mine = useMyCallbacks(
    directory.status === 'loading' ? 'unknown' : { known: directory.myTeam },
  );
  // No number while it is not known: nothing while loading, "aantal onbekend" after a failure.
  if (mine.status === 'loading') return null;
  if (mine.status !== 'ready') return <span> {t('callbacks.nav.countUnknown')}</span>;
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
export function MyCallbacksNavBadge(props: NavBadgeProps) {
  const source = useSource(props);
  return (
    <CallbacksDataSourceProvider value={source}>
      <MyCallbacksCount />
    </CallbacksDataSourceProvider>
  );
}

/** How many requests wait in the outbox (inside a data source provider). */
export function OutboxCount() {
  const { t } = useI18n();
  const source = useCallbacksDataSource();
  const { state } = useOutbox(source);
  // Outcomes in their undo minute are not "waiting"; one whose save failed is.
  const failedContacts = state.contacts.filter((entry) => entry.lastError !== null).length;
  if (state.entries.length === 0 && failedContacts === 0) return null;
  return (
    <span>
      {state.entries.length === 0
        ? null
        : ` ${t('callbacks.nav.outbox', { count: state.entries.length })}`}
      {failedContacts === 0 ? null : ` ${t('contacts.nav.waiting', { count: failedContacts })}`}
    </span>
  );
}

/**
 * After "Terugbelverzoek" in the navigation: how many requests still wait to be stored. Mounting it
 * also keeps the outbox running while the agent is on another page.
 */
export function OutboxNavBadge(props: NavBadgeProps) {
  const source = useSource(props);
  return (
    <CallbacksDataSourceProvider value={source}>
      <OutboxCount />
    </CallbacksDataSourceProvider>
  );
}

/**
 * What of a user still waits in the outbox (of every tab): callback requests, and call outcomes (also those still
 * in their undo minute). The shell warns before signing out, since they are sent only while the app is open.
 */
export function outboxWaitingCounts(userId: string): { callbacks: number; contacts: number } {
  if (typeof window === 'undefined') return { callbacks: 0, contacts: 0 };
  return {
    callbacks: readOutbox(window.localStorage, userId).length,
    contacts: readContactOutbox(window.localStorage, userId).length,
  };
}
