import { Button } from '@fluentui/react-components';
import { ArrowClockwiseRegular, WarningFilled } from '@fluentui/react-icons';
import { formatTimeWithSeconds, useI18n } from '../../../i18n';
import { useRefreshStatusStyles } from './refresh-status.styles';

/** Props of {@link RefreshStatus}. */
export type RefreshStatusProps = {
  lastUpdatedAt: Date | null;
  /** When the last refresh failed; the data shown is then stale. */
  failedAt: Date | null;
  now: Date;
  onRefresh: () => void;
};

const justNowMs = 30_000;

/**
 * How old the data is ("bijgewerkt 12:03:15", "zojuist"), a stale warning after a failed refresh
 * (announced once), and the manual "Vernieuwen" button.
 */
export function RefreshStatus({ lastUpdatedAt, failedAt, now, onRefresh }: RefreshStatusProps) {
  const styles = useRefreshStatusStyles();
  const { t, locale, formatTime } = useI18n();
  const age =
    lastUpdatedAt === null
      ? null
      : now.getTime() - lastUpdatedAt.getTime() < justNowMs
        ? t('availability.updated.justNow')
        : t('availability.updated.at', { time: formatTimeWithSeconds(lastUpdatedAt, locale) });
  return (
    <div className={styles.root}>
      {age === null ? null : <span className={styles.age}>{age}</span>}
      <div role="status">
        {failedAt === null ? null : (
          <span className={styles.stale}>
            <WarningFilled aria-hidden="true" className={styles.staleIcon} />
            {t('availability.stale', { time: formatTime(failedAt) })}
          </span>
        )}
      </div>
      <Button icon={<ArrowClockwiseRegular aria-hidden="true" />} onClick={onRefresh}>
        {t('availability.refresh')}
      </Button>
    </div>
  );
}
