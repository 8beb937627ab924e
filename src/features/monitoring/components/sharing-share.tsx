// The share of colleagues whose calendar shows titles to colleagues, per team: now (from the schedules just read) and
// per ISO week from the measurements recorded when a coordinator opened the monitor. Never a made-up week.
import {
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef } from 'react';
import type { IsoWeek, SharingCount } from '../../../domain/figures';
import { isoWeekOf, isoWeeksFromTo, sharingShare, weeklySharing } from '../../../domain/figures';
import { localDatePlusDays } from '../../../domain/time';
import { errorMessage, useI18n } from '../../../i18n';
import { Notice } from '../../../ui';
import { useSharingSnapshots } from '../api/get-sharing-snapshots';
import { useMonitoringDataSource } from '../api/monitoring-data-source';
import { formatRate } from '../format-figures';
import { useMonitoringStyles } from '../monitoring.styles';
import { todayIn } from '../period';
import { TableScrollRegion } from './table-scroll-region';

/** How many weeks the trend shows, the current one included. */
export const trendWeeks = 6;

/** Props of {@link SharingShare}. */
export type SharingShareProps = {
  /** Per team, from the schedules read now; null while they are read (or when reading failed). */
  counts: readonly SharingCount[] | null;
  /** 'record': the coordinator's monitor keeps this measurement for the week; 'readOnly': a team leader's. */
  recording: 'record' | 'readOnly';
};

/** The section with its table. */
export function SharingShare({ counts, recording }: SharingShareProps) {
  const { t, locale } = useI18n();
  const styles = useMonitoringStyles();
  const source = useMonitoringDataSource();
  const queryClient = useQueryClient();
  const today = todayIn(source.now());
  const weeks = useMemo(
    () => isoWeeksFromTo(localDatePlusDays(today, -7 * (trendWeeks - 1)), today),
    [today],
  );
  const firstWeek = weeks[0] as IsoWeek;
  const snapshots = useSharingSnapshots(firstWeek);
  const record = useMutation({
    mutationFn: (measured: readonly SharingCount[]) =>
      source.recordSharingSnapshots(
        measured
          .filter((count) => count.checked > 0)
          .map((count) => ({
            ...count,
            week: isoWeekOf(today),
            recordedAt: source.now().getTime(),
          })),
      ),
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: ['monitoring', 'sharingSnapshots'] }),
  });
  // Once per measurement: a re-render does not record it again.
  const recorded = useRef<readonly SharingCount[] | null>(null);
  const { mutate } = record;
  useEffect(() => {
    if (recording !== 'record' || counts === null || recorded.current === counts) return;
    recorded.current = counts;
    mutate(counts);
  }, [recording, counts, mutate]);

  const byTeam = snapshots.isSuccess ? weeklySharing(snapshots.data) : null;
  const cell = (count: Pick<SharingCount, 'checked' | 'sharing'>) => {
    const share = sharingShare(count);
    return share === null
      ? t('sharing.cell.none')
      : t('sharing.cell', {
          share: formatRate(share, locale) ?? '',
          sharing: count.sharing,
          checked: count.checked,
        });
  };

  return (
    <section className={styles.section} aria-labelledby="monitoring-sharing-heading">
      <h2 id="monitoring-sharing-heading">{t('sharing.heading')}</h2>
      <p className={styles.definitions}>{t('sharing.explain')}</p>
      {record.isError && (
        <Notice intent="warning">
          {t('sharing.record.failed', { message: errorMessage(record.error, t) })}
        </Notice>
      )}
      {snapshots.isError && (
        <Notice intent="warning">
          {t('sharing.trend.failed', { message: errorMessage(snapshots.error, t) })}
        </Notice>
      )}
      {(counts === null || snapshots.isPending) && (
        <Spinner size="tiny" label={t('sharing.loading')} />
      )}
      {counts !== null && (
        <TableScrollRegion label={t('sharing.caption')}>
          <Table size="small">
            <caption className={styles.caption}>{t('sharing.caption')}</caption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('monitoring.column.team')}</TableHeaderCell>
                <TableHeaderCell>{t('sharing.column.now')}</TableHeaderCell>
                {weeks.map((week) => (
                  <TableHeaderCell key={week}>
                    {t('sharing.column.week', { week: Number(week.slice(6)) })}
                  </TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {counts.map((count) => (
                <TableRow key={count.team}>
                  <TableCell>{count.team}</TableCell>
                  <TableCell className={styles.rateCell}>{cell(count)}</TableCell>
                  {weeks.map((week) => {
                    const measured = byTeam?.get(count.team)?.get(week);
                    return (
                      <TableCell key={week} className={styles.rateCell}>
                        {byTeam === null
                          ? ''
                          : measured === undefined
                            ? t('sharing.cell.noMeasurement')
                            : cell(measured)}
                      </TableCell>
                    );
                  })}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableScrollRegion>
      )}
    </section>
  );
}
