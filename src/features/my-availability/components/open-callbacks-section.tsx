import { Link } from '@fluentui/react-components';
import { isOverdue, sortByDue } from '../../../domain/callbacks';
import { instantFromEpochMs } from '../../../domain/time';
import { errorMessage, formatDateTime, useI18n } from '../../../i18n';
import { useMyOpenCallbacks } from '../api/get-my-open-callbacks';
import { useMyAvailabilityDataSource } from '../api/my-availability-data-source';
import { useMyAvailabilityStyles } from '../my-availability.styles';

/** "Mijn open terugbelverzoeken": how many, the next due moment, and the way to the list. */
export function OpenCallbacksSection({ listHref }: { listHref: string }) {
  const styles = useMyAvailabilityStyles();
  const { t, locale } = useI18n();
  const source = useMyAvailabilityDataSource();
  const callbacks = useMyOpenCallbacks();
  const now = instantFromEpochMs(source.now().getTime());
  const next = callbacks.data === undefined ? undefined : sortByDue(callbacks.data)[0];
  return (
    <section className={styles.section} aria-labelledby="my-callbacks">
      <h2 id="my-callbacks" className={styles.sectionHeading}>
        {t('myAvailability.callbacks.title')}
      </h2>
      {callbacks.data === undefined ? (
        <p className={styles.muted} role="status">
          {callbacks.isError
            ? t('myAvailability.callbacks.failed', { message: errorMessage(callbacks.error, t) })
            : t('myAvailability.callbacks.loading')}
        </p>
      ) : (
        <p className={styles.text}>
          {t('myAvailability.callbacks.count', { count: callbacks.data.length })}
          {next === undefined ? null : (
            <>
              {' '}
              {t(
                isOverdue(next, now)
                  ? 'myAvailability.callbacks.nextOverdue'
                  : 'myAvailability.callbacks.nextDue',
                { due: formatDateTime(new Date(next.dueAt), locale) },
              )}
            </>
          )}
        </p>
      )}
      <p className={styles.text}>
        <Link href={listHref}>{t('myAvailability.callbacks.link')}</Link>
      </p>
    </section>
  );
}
