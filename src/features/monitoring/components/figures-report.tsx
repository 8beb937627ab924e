// The figures of a period: export and print, the teams against the norm, a team's trend and overdue requests, and
// (for the coordinator) the trend of all teams.
import { Button, Spinner, mergeClasses } from '@fluentui/react-components';
import { ArrowDownloadRegular, PrintRegular } from '@fluentui/react-icons';
import { Suspense, lazy } from 'react';
import type { FiguresReport as Report } from '../../../domain/figures';
import { useI18n } from '../../../i18n';
import { useMonitoringDataSource } from '../api/monitoring-data-source';
import { useMonitoringStyles } from '../monitoring.styles';
import { TeamsTable, TrendTable } from './figures-tables';
import { OverdueSection } from './overdue-section';

const TrendChart = lazy(() =>
  import('./trend-chart').then((module) => ({ default: module.TrendChart })),
);

/** Props of {@link FiguresReport}. */
export type FiguresReportProps = {
  report: Report;
  scope: 'allTeams' | 'ownTeam';
  teamName: string | null;
  /** "Cijfers per team over … (norm …)". */
  caption: string;
  /** The team shown in detail: undefined for none, null for the requests of no team. */
  openTeam: string | null | undefined;
  onOpenTeam: (team: string | null | undefined) => void;
  nameOf: (id: string) => string | null;
  onExport: () => void;
};

export function FiguresReport({
  report,
  scope,
  teamName,
  caption,
  openTeam,
  onOpenTeam,
  nameOf,
  onExport,
}: FiguresReportProps) {
  const { t } = useI18n();
  const styles = useMonitoringStyles();
  const source = useMonitoringDataSource();
  const openTeamFigures =
    openTeam !== undefined ? report.teams.find((team) => team.team === openTeam) : undefined;
  const openTeamName = openTeam === undefined ? null : (openTeam ?? t('monitoring.row.noTeam'));
  return (
    <>
      <div className={mergeClasses(styles.actions, styles.noPrint)}>
        <Button icon={<ArrowDownloadRegular />} onClick={onExport}>
          {t('monitoring.export.csv')}
        </Button>
        <Button icon={<PrintRegular />} onClick={() => window.print()}>
          {t('monitoring.export.print')}
        </Button>
        <span className={styles.definitions}>{t('monitoring.export.note')}</span>
      </div>

      <section className={styles.section} aria-labelledby="monitoring-teams-heading">
        <h2 id="monitoring-teams-heading">
          {scope === 'allTeams' || teamName === null
            ? t('monitoring.teams.heading')
            : t('monitoring.teams.heading.ownTeam', { team: teamName })}
        </h2>
        {report.total.made === 0 && <p>{t('monitoring.noRequests')}</p>}
        <TeamsTable
          teams={report.teams}
          total={report.total}
          norms={source.norms}
          caption={caption}
          onOpenTeam={scope === 'allTeams' ? onOpenTeam : undefined}
        />
      </section>

      {openTeamFigures && openTeamName !== null && (
        <section className={styles.section} aria-labelledby="monitoring-team-heading">
          <h2 id="monitoring-team-heading">
            {t('monitoring.team.heading', { team: openTeamName })}
          </h2>
          {scope === 'allTeams' && (
            <div className={styles.noPrint}>
              <Button onClick={() => onOpenTeam(undefined)}>{t('monitoring.team.close')}</Button>
            </div>
          )}
          <TrendSection
            heading={t('monitoring.trend.headingTeam', { team: openTeamName })}
            headingId="monitoring-team-trend-heading"
            weeks={openTeamFigures.weeks}
          />
          <OverdueSection
            teamName={openTeamName}
            overdue={report.overdue.filter((request) => request.team === openTeam)}
            nameOf={nameOf}
          />
        </section>
      )}

      {scope === 'allTeams' && (
        <TrendSection
          heading={t('monitoring.trend.heading')}
          headingId="monitoring-trend-heading"
          weeks={report.weeks}
        />
      )}
    </>
  );
}

function TrendSection({
  heading,
  headingId,
  weeks,
}: {
  heading: string;
  headingId: string;
  weeks: Report['weeks'];
}) {
  const { t } = useI18n();
  const styles = useMonitoringStyles();
  const source = useMonitoringDataSource();
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h3 id={headingId}>{heading}</h3>
      <figure
        className={mergeClasses(styles.chart, styles.noPrint)}
        role="group"
        aria-label={heading}
      >
        <Suspense fallback={<Spinner size="small" label={t('monitoring.trend.loadingChart')} />}>
          <TrendChart weeks={weeks} norms={source.norms} label={t('monitoring.trend.chartLabel')} />
        </Suspense>
      </figure>
      <TrendTable weeks={weeks} norms={source.norms} caption={t('monitoring.trend.tableCaption')} />
    </section>
  );
}
