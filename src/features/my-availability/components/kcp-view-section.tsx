import { agentViewOfAvailability, availabilityAt } from '../../../domain/availability';
import { signalsAsColleaguesSeeThem } from '../../../domain/my-availability';
import { instantFromEpochMs } from '../../../domain/time';
import { errorMessage, useI18n } from '../../../i18n';
import type { AvailabilityStatus } from '../../../ui';
import { AvailabilityFactList, AvailabilityVerdict, Notice } from '../../../ui';
import { useOwnSharing } from '../api/get-own-sharing';
import { useOwnSignals } from '../api/get-own-signals';
import { useMyAvailabilityDataSource } from '../api/my-availability-data-source';
import { useMyAvailabilityStyles } from '../my-availability.styles';

/**
 * "Zo ziet het KCP u nu": the employee's own signals, as a colleague reads them with the calendar's sharing, through
 * the same rules and the same parts as the agent's card.
 */
export function KcpViewSection() {
  const styles = useMyAvailabilityStyles();
  const i18n = useI18n();
  const { t } = i18n;
  const source = useMyAvailabilityDataSource();
  const signals = useOwnSignals();
  const sharing = useOwnSharing();
  const now = source.now();

  let status: AvailabilityStatus;
  if (signals.data === undefined || sharing.data === undefined) {
    status = signals.isError || sharing.isError ? { kind: 'failed' } : { kind: 'loading' };
  } else if (signals.data === null) {
    status = { kind: 'failed' };
  } else {
    const seen = signalsAsColleaguesSeeThem(signals.data, sharing.data.sharing);
    const availability = agentViewOfAvailability(
      availabilityAt(seen, instantFromEpochMs(now.getTime()), {
        workingDayCalendar: source.workingDayCalendar,
      }),
    );
    status = {
      kind: 'known',
      availability,
      calendarNotShared: availability.calendarAccess === 'freeBusy',
    };
  }
  const failure = signals.error ?? sharing.error;

  return (
    <section className={styles.section} aria-labelledby="my-kcp-view">
      <h2 id="my-kcp-view" className={styles.sectionHeading}>
        {t('myAvailability.kcp.title')}
      </h2>
      {status.kind === 'loading' ? (
        <p className={styles.muted} role="status">
          {t('myAvailability.kcp.loading')}
        </p>
      ) : (
        <>
          <AvailabilityVerdict status={status} now={now} />
          <AvailabilityFactList status={status} now={now} />
        </>
      )}
      {failure === null ? null : (
        <Notice intent="error">
          {t('myAvailability.kcp.failed', { message: errorMessage(failure, t) })}
        </Notice>
      )}
      {signals.dataUpdatedAt === 0 ? null : (
        <p className={styles.muted}>
          {t('myAvailability.kcp.refreshed', {
            time: i18n.formatTime(new Date(signals.dataUpdatedAt)),
          })}
        </p>
      )}
    </section>
  );
}
