// "Mijn terugbelverzoeken": open requests addressed to me and my team's unclaimed ones, earliest due first.
import { Button, Spinner } from '@fluentui/react-components';
import { useState } from 'react';
import { callbackCounts } from '../../domain/callbacks';
import { instantFromEpochMs } from '../../domain/time';
import { formatTime, useI18n } from '../../i18n';
import { useCallbacksDataSource } from './api/callbacks-data-source';
import { useCallbacksDirectory } from './api/use-callbacks-directory';
import { useMyCallbacks } from './api/get-my-callbacks';
import { CallbackList } from './components/callback-list';
import { useCallbackCardStyles } from './components/callback-card.styles';
import { listFailureParams } from './list-failure-text';
import { Notice } from '../../ui';

/** The employee's own callback requests. */
export function MyCallbacksScreen() {
  const styles = useCallbackCardStyles();
  const { t, locale } = useI18n();
  const source = useCallbacksDataSource();
  const directory = useCallbacksDirectory();
  // My team is part of the list: until the directory knows it, the list is not known either.
  const mine = useMyCallbacks(
    directory.status === 'loading' ? 'unknown' : { known: directory.myTeam },
  );
  // What happened to a card that left the list (closed, or claimed by someone else first), read out.
  const [announcement, setAnnouncement] = useState('');
  const open = mine.callbacks.filter((callback) => callback.request.status === 'open');
  const counts = callbackCounts(
    open.map((callback) => callback.request),
    instantFromEpochMs(source.now().getTime()),
  );
  const failure = listFailureParams(t, mine.failure);
  return (
    <div className={styles.page}>
      <h1>{t('callbacks.mine.title')}</h1>
      <p className={styles.announcement} role="status" aria-live="polite">
        {announcement}
      </p>
      {mine.status === 'loading' ? <Spinner label={t('callbacks.loading')} /> : null}
      {mine.status === 'failed' ? (
        <Notice intent="error">{t('callbacks.loadFailedWhat', failure)}</Notice>
      ) : null}
      {mine.status === 'stale' ? (
        <Notice intent="warning">
          {t('callbacks.stale', {
            ...failure,
            time: mine.loadedAt === null ? '—' : formatTime(new Date(mine.loadedAt), locale),
          })}
        </Notice>
      ) : null}
      {mine.status === 'ready' ? (
        <p className={styles.counts} role="status">
          {t('callbacks.counts', {
            open: counts.open,
            dueToday: counts.dueToday,
            overdue: counts.overdue,
          })}
        </p>
      ) : null}
      {mine.status !== 'loading' ? (
        <div>
          <Button onClick={mine.reload}>{t('callbacks.refresh')}</Button>
        </div>
      ) : null}
      {mine.status === 'ready' || mine.status === 'stale' ? (
        <CallbackList
          callbacks={open}
          directory={directory}
          mode="mine"
          onChanged={mine.replace}
          onAnnounce={setAnnouncement}
          emptyText={t('callbacks.mine.empty')}
        />
      ) : null}
    </div>
  );
}
