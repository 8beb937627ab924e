// "Mijn terugbelverzoeken": open requests addressed to me and my team's unclaimed ones, earliest due first.
import { Button, MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { callbackCounts } from '../../domain/callbacks';
import { instantFromEpochMs } from '../../domain/time';
import { useI18n } from '../../i18n';
import { useCallbacksDataSource } from './api/callbacks-data-source';
import { useCallbacksDirectory } from './api/use-callbacks-directory';
import { useMyCallbacks } from './api/use-my-callbacks';
import { CallbackList } from './components/callback-list';
import { useCallbackCardStyles } from './components/callback-card.styles';

/** The employee's own callback requests. */
export function MyCallbacksScreen() {
  const styles = useCallbackCardStyles();
  const { t } = useI18n();
  const source = useCallbacksDataSource();
  const directory = useCallbacksDirectory();
  const mine = useMyCallbacks(source, directory.myTeam);
  const open = mine.callbacks.filter((callback) => callback.request.status === 'open');
  const counts = callbackCounts(
    open.map((callback) => callback.request),
    instantFromEpochMs(source.now().getTime()),
  );
  return (
    <div className={styles.page}>
      <h1>{t('callbacks.mine.title')}</h1>
      {mine.status === 'loading' ? <Spinner label={t('callbacks.loading')} /> : null}
      {mine.status === 'failed' ? (
        <MessageBar intent="error">
          <MessageBarBody>{t('callbacks.loadFailed')}</MessageBarBody>
        </MessageBar>
      ) : null}
      {mine.status === 'ready' ? (
        <>
          <p className={styles.counts} role="status">
            {t('callbacks.counts', {
              open: counts.open,
              dueToday: counts.dueToday,
              overdue: counts.overdue,
            })}
          </p>
          <div>
            <Button onClick={mine.reload}>{t('callbacks.refresh')}</Button>
          </div>
          <CallbackList
            callbacks={open}
            directory={directory}
            mode="mine"
            onChanged={mine.replace}
            emptyText={t('callbacks.mine.empty')}
          />
        </>
      ) : null}
    </div>
  );
}
