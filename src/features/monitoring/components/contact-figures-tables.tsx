// The study's figures from the recorded call outcomes: teams side by side with all teams together and the 2025
// baseline, the same per week, the calls the front office answered itself, and each figure's definition. Direct
// opgenomen, Geslaagd contact (minimums) and Herhaalverkeer (a maximum) are judged against their norms, in words too.
import {
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  mergeClasses,
} from '@fluentui/react-components';
import { Suspense, lazy } from 'react';
import type { CallbackNorms, ContactFigures, ContactReport, Rate } from '../../../domain/figures';
import { CONTACT_STUDY_BASELINE, contactRates, rateVerdict } from '../../../domain/figures';
import type { MessageKey } from '../../../i18n';
import { useI18n } from '../../../i18n';
import { useMonitoringDataSource } from '../api/monitoring-data-source';
import { formatRate, weekLabel } from '../format-figures';
import { useMonitoringStyles } from '../monitoring.styles';
import { TableScrollRegion } from './table-scroll-region';

// The chart library loads only when the chart is shown, as for the callback trend.
const ContactTrendChart = lazy(() =>
  import('./trend-chart').then((module) => ({ default: module.ContactTrendChart })),
);

/** The definitions, on the page and in the CSV. */
export const contactDefinitionKeys: readonly MessageKey[] = [
  'contacts.definition.calls',
  'contacts.definition.answeredDirectly',
  'contacts.definition.successful',
  'contacts.definition.failed',
  'contacts.definition.callbacks',
  'repeatTraffic.definition',
];

function Rate({ rate, count, total }: { rate: number | null; count: number; total: number }) {
  const { t, locale } = useI18n();
  const styles = useMonitoringStyles();
  const percent = formatRate(rate, locale);
  return (
    <TableCell className={styles.number}>
      {percent === null
        ? t('monitoring.noData')
        : t('monitoring.percentOf', { percent, count, total })}
    </TableCell>
  );
}

/** A rate judged against a norm, marked in words as well as colour (WCAG 1.4.1), as the callback figures are. */
function NormRate({
  rate,
  count,
  total,
  norm,
  direction,
}: {
  rate: Rate;
  count: number;
  total: number;
  norm: number;
  direction: 'atLeast' | 'atMost';
}) {
  const { t, locale } = useI18n();
  const styles = useMonitoringStyles();
  const verdict = rateVerdict(rate, norm, direction);
  const percent = formatRate(rate, locale);
  return (
    <TableCell
      className={mergeClasses(
        styles.number,
        styles.rateCell,
        verdict === 'below' && styles.below,
        verdict === 'meets' && styles.meets,
      )}
    >
      {percent === null
        ? t('monitoring.noData')
        : t('monitoring.percentOf', { percent, count, total })}
      <span className={styles.verdict}>
        {verdict === 'below' && direction === 'atMost'
          ? t('repeatTraffic.verdict.above')
          : t(`monitoring.verdict.${verdict}`)}
      </span>
    </TableCell>
  );
}

function Cells({ figures, norms }: { figures: ContactFigures; norms: CallbackNorms }) {
  const styles = useMonitoringStyles();
  const rates = contactRates(figures);
  return (
    <>
      <TableCell className={styles.number}>{figures.calls}</TableCell>
      <NormRate
        rate={rates.answeredDirectly}
        count={figures.answeredDirectly}
        total={figures.calls}
        norm={norms.answeredDirectlyRate}
        direction="atLeast"
      />
      <NormRate
        rate={rates.successful}
        count={figures.successful}
        total={figures.calls}
        norm={norms.successfulRate}
        direction="atLeast"
      />
      <TableCell className={styles.number}>{figures.callbackRequested}</TableCell>
      <TableCell className={styles.number}>{figures.calledBackOnTime}</TableCell>
      <TableCell className={styles.number}>{figures.pending}</TableCell>
      <Rate rate={rates.failed} count={figures.failed} total={figures.calls} />
      <NormRate
        rate={rates.repeatTraffic}
        count={figures.repeatRequests + figures.repeatCalls}
        total={figures.requests + figures.repeatCalls}
        norm={norms.repeatTrafficMaxRate}
        direction="atMost"
      />
    </>
  );
}

function HeaderCells({ first }: { first: MessageKey }) {
  const { t } = useI18n();
  return (
    <TableRow>
      <TableHeaderCell>{t(first)}</TableHeaderCell>
      <TableHeaderCell>{t('contacts.column.calls')}</TableHeaderCell>
      <TableHeaderCell>{t('contacts.column.answeredDirectly')}</TableHeaderCell>
      <TableHeaderCell>{t('contacts.column.successful')}</TableHeaderCell>
      <TableHeaderCell>{t('contacts.column.callbackRequested')}</TableHeaderCell>
      <TableHeaderCell>{t('contacts.column.calledBackOnTime')}</TableHeaderCell>
      <TableHeaderCell>{t('contacts.column.pending')}</TableHeaderCell>
      <TableHeaderCell>{t('contacts.column.failed')}</TableHeaderCell>
      <TableHeaderCell>{t('repeatTraffic.column.rate')}</TableHeaderCell>
    </TableRow>
  );
}

function Baseline() {
  const { t, locale } = useI18n();
  const styles = useMonitoringStyles();
  const none = t('monitoring.noData');
  return (
    <TableRow className={styles.baselineRow}>
      <TableCell>{t('monitoring.row.baseline')}</TableCell>
      <TableCell className={styles.number}>{none}</TableCell>
      <TableCell className={styles.number}>
        {formatRate(CONTACT_STUDY_BASELINE.answeredDirectlyRate, locale)}
      </TableCell>
      <TableCell className={styles.number}>
        {formatRate(CONTACT_STUDY_BASELINE.successfulRate, locale)}
      </TableCell>
      <TableCell className={styles.number}>{none}</TableCell>
      <TableCell className={styles.number}>{none}</TableCell>
      <TableCell className={styles.number}>{none}</TableCell>
      <TableCell className={styles.number}>
        {formatRate(CONTACT_STUDY_BASELINE.failedRate, locale)}
      </TableCell>
      <TableCell className={styles.number}>{none}</TableCell>
    </TableRow>
  );
}

/** Props of {@link ContactFiguresSection}. */
export type ContactFiguresSectionProps = {
  report: ContactReport;
  /** The team leader's team; null on the coordinator's screen. */
  teamName: string | null;
  periodText: string;
  read: { httpRequests: number; read: number };
};

export function ContactFiguresSection({
  report,
  teamName,
  periodText,
  read,
}: ContactFiguresSectionProps) {
  const { t, locale } = useI18n();
  const { norms } = useMonitoringDataSource();
  const styles = useMonitoringStyles();
  const caption = t('contacts.monitor.caption', { period: periodText });
  const weeksCaption = t('contacts.monitor.weeks.caption', { period: periodText });
  return (
    <section className={styles.section} aria-labelledby="monitoring-contacts-heading">
      <h2 id="monitoring-contacts-heading">
        {teamName === null
          ? t('contacts.monitor.heading')
          : t('contacts.monitor.heading.ownTeam', { team: teamName })}
      </h2>
      <p className={styles.definitions}>
        {t('contacts.readInfo', { count: read.read, requests: read.httpRequests })}
      </p>
      {report.total.calls === 0 && report.total.selfAnswered === 0 && <p>{t('contacts.none')}</p>}
      <TableScrollRegion label={caption}>
        <Table size="small">
          <caption className={styles.caption}>{caption}</caption>
          <TableHeader>
            <HeaderCells first="monitoring.column.team" />
          </TableHeader>
          <TableBody>
            {report.teams.map((team) => (
              <TableRow key={team.team}>
                <TableCell>{team.team}</TableCell>
                <Cells figures={team.figures} norms={norms} />
              </TableRow>
            ))}
            {report.teams.length !== 1 && (
              <TableRow className={styles.totalRow}>
                <TableCell>{t('monitoring.row.total')}</TableCell>
                <Cells figures={report.total} norms={norms} />
              </TableRow>
            )}
            <Baseline />
          </TableBody>
        </Table>
      </TableScrollRegion>
      {teamName === null && (
        <p>{t('contacts.selfAnswered.total', { count: report.total.selfAnswered })}</p>
      )}
      <h3 id="monitoring-contacts-weeks-heading">{t('contacts.monitor.weeks.heading')}</h3>
      {report.weeks.length > 1 && (
        <figure
          className={mergeClasses(styles.chart, styles.noPrint)}
          role="group"
          aria-label={t('repeatTraffic.trend.heading')}
        >
          <Suspense fallback={<Spinner size="small" label={t('monitoring.trend.loadingChart')} />}>
            <ContactTrendChart
              weeks={report.weeks}
              norms={norms}
              label={t('repeatTraffic.trend.chartLabel')}
            />
          </Suspense>
        </figure>
      )}
      <TableScrollRegion label={weeksCaption}>
        <Table size="small">
          <caption className={styles.caption}>{weeksCaption}</caption>
          <TableHeader>
            <HeaderCells first="monitoring.column.week" />
          </TableHeader>
          <TableBody>
            {report.weeks.map((week) => (
              <TableRow key={week.week}>
                <TableCell>{weekLabel(week.week, locale, t)}</TableCell>
                <Cells figures={week.figures} norms={norms} />
              </TableRow>
            ))}
            <Baseline />
          </TableBody>
        </Table>
      </TableScrollRegion>
      <ul className={styles.definitions}>
        {contactDefinitionKeys.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
        <li>
          {t('repeatTraffic.definition.norms', {
            answeredDirectly: formatRate(norms.answeredDirectlyRate, locale) ?? '',
            successful: formatRate(norms.successfulRate, locale) ?? '',
            repeatTraffic: formatRate(norms.repeatTrafficMaxRate, locale) ?? '',
          })}
        </li>
      </ul>
    </section>
  );
}
