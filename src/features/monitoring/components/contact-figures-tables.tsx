// The study's figures from the recorded call outcomes: teams side by side with all teams together and the 2025
// baseline, the same per week, the calls the front office answered itself, and each figure's definition.
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import type { ContactFigures, ContactReport } from '../../../domain/figures';
import { CONTACT_STUDY_BASELINE, contactRates } from '../../../domain/figures';
import type { MessageKey } from '../../../i18n';
import { useI18n } from '../../../i18n';
import { formatRate, weekLabel } from '../format-figures';
import { useMonitoringStyles } from '../monitoring.styles';
import { TableScrollRegion } from './table-scroll-region';

/** The definitions, on the page and in the CSV. */
export const contactDefinitionKeys: readonly MessageKey[] = [
  'contacts.definition.calls',
  'contacts.definition.answeredDirectly',
  'contacts.definition.successful',
  'contacts.definition.failed',
  'contacts.definition.callbacks',
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

function Cells({ figures }: { figures: ContactFigures }) {
  const styles = useMonitoringStyles();
  const rates = contactRates(figures);
  return (
    <>
      <TableCell className={styles.number}>{figures.calls}</TableCell>
      <Rate rate={rates.answeredDirectly} count={figures.answeredDirectly} total={figures.calls} />
      <Rate rate={rates.successful} count={figures.successful} total={figures.calls} />
      <TableCell className={styles.number}>{figures.callbackRequested}</TableCell>
      <TableCell className={styles.number}>{figures.calledBackOnTime}</TableCell>
      <TableCell className={styles.number}>{figures.pending}</TableCell>
      <Rate rate={rates.failed} count={figures.failed} total={figures.calls} />
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
                <Cells figures={team.figures} />
              </TableRow>
            ))}
            {report.teams.length !== 1 && (
              <TableRow className={styles.totalRow}>
                <TableCell>{t('monitoring.row.total')}</TableCell>
                <Cells figures={report.total} />
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
                <Cells figures={week.figures} />
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
      </ul>
    </section>
  );
}
