// The figures as tables: teams side by side (with the total and the 2025 baseline), and the trend per week.
import {
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  mergeClasses,
} from '@fluentui/react-components';
import type {
  CallbackFigures,
  CallbackNorms,
  TeamFigures,
  WeekFigures,
} from '../../../domain/figures';
import { STUDY_BASELINE, figureRates, normVerdict } from '../../../domain/figures';
import { useI18n } from '../../../i18n';
import { formatRate, formatWorkingMinutes, weekLabel } from '../format-figures';
import { useMonitoringStyles } from '../monitoring.styles';
import { TableScrollRegion } from './table-scroll-region';

function RateCell({ rate, count, total }: { rate: number | null; count: number; total: number }) {
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

function OnTimeCell({ figures, norms }: { figures: CallbackFigures; norms: CallbackNorms }) {
  const { t, locale } = useI18n();
  const styles = useMonitoringStyles();
  const rate = figureRates(figures).onTime;
  const verdict = normVerdict(rate, norms);
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
        : t('monitoring.percentOf', {
            percent,
            count: figures.calledBackOnTime,
            total: figures.assessable,
          })}
      <span className={styles.verdict}>{t(`monitoring.verdict.${verdict}`)}</span>
    </TableCell>
  );
}

function FigureCells({ figures, norms }: { figures: CallbackFigures; norms: CallbackNorms }) {
  const { t } = useI18n();
  const styles = useMonitoringStyles();
  const rates = figureRates(figures);
  return (
    <>
      <TableCell className={styles.number}>{figures.made}</TableCell>
      <RateCell rate={rates.calledBack} count={figures.calledBack} total={figures.assessable} />
      <OnTimeCell figures={figures} norms={norms} />
      <RateCell
        rate={rates.onTimeOfCalledBack}
        count={figures.calledBackOnTime}
        total={figures.calledBack}
      />
      <TableCell className={styles.number}>{figures.resolved}</TableCell>
      <TableCell className={styles.number}>{figures.overdueNow}</TableCell>
      <TableCell className={styles.number}>{figures.pending}</TableCell>
      <TableCell className={styles.number}>
        {formatWorkingMinutes(figures.medianMinutesToFirstAttempt, t)}
      </TableCell>
    </>
  );
}

function FigureHeaderCells({ norms }: { norms: CallbackNorms }) {
  const { t, locale } = useI18n();
  return (
    <>
      <TableHeaderCell>{t('monitoring.column.made')}</TableHeaderCell>
      <TableHeaderCell>{t('monitoring.column.calledBack')}</TableHeaderCell>
      <TableHeaderCell>
        {t('monitoring.column.onTime', { norm: formatRate(norms.onTimeRate, locale) ?? '' })}
      </TableHeaderCell>
      <TableHeaderCell>{t('monitoring.column.onTimeOfCalledBack')}</TableHeaderCell>
      <TableHeaderCell>{t('monitoring.column.resolved')}</TableHeaderCell>
      <TableHeaderCell>{t('monitoring.column.overdueNow')}</TableHeaderCell>
      <TableHeaderCell>{t('monitoring.column.pending')}</TableHeaderCell>
      <TableHeaderCell>{t('monitoring.column.median')}</TableHeaderCell>
    </>
  );
}

function BaselineRow({ firstCell }: { firstCell: string }) {
  const { t, locale } = useI18n();
  const styles = useMonitoringStyles();
  const none = t('monitoring.noData');
  return (
    <TableRow className={styles.baselineRow}>
      <TableCell>{firstCell}</TableCell>
      <TableCell className={styles.number}>{none}</TableCell>
      <TableCell className={styles.number}>
        {formatRate(STUDY_BASELINE.calledBackRate, locale)}
      </TableCell>
      <TableCell className={styles.number}>
        {formatRate(STUDY_BASELINE.onTimeRate, locale)}
      </TableCell>
      <TableCell className={styles.number}>
        {formatRate(STUDY_BASELINE.onTimeOfCalledBackRate, locale)}
      </TableCell>
      <TableCell className={styles.number}>{none}</TableCell>
      <TableCell className={styles.number}>{none}</TableCell>
      <TableCell className={styles.number}>{none}</TableCell>
      <TableCell className={styles.number}>{none}</TableCell>
    </TableRow>
  );
}

/** Props of {@link TeamsTable}. */
export type TeamsTableProps = {
  teams: readonly TeamFigures[];
  total: CallbackFigures;
  norms: CallbackNorms;
  /** The table's caption (its accessible name). */
  caption: string;
  /** Called with a team's name to open its details; without it the team names are plain text. */
  onOpenTeam?: (team: string | null) => void;
};

/** Teams side by side, then all teams together and the 2025 baseline. */
export function TeamsTable({ teams, total, norms, caption, onOpenTeam }: TeamsTableProps) {
  const { t } = useI18n();
  const styles = useMonitoringStyles();
  return (
    <TableScrollRegion label={caption}>
      <Table size="small">
        <caption className={styles.caption}>{caption}</caption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('monitoring.column.team')}</TableHeaderCell>
            <FigureHeaderCells norms={norms} />
          </TableRow>
        </TableHeader>
        <TableBody>
          {teams.map((team) => {
            const name = team.team ?? t('monitoring.row.noTeam');
            return (
              <TableRow key={team.team ?? ''}>
                <TableCell>
                  {onOpenTeam ? (
                    <Button
                      appearance="transparent"
                      size="small"
                      className={styles.teamButton}
                      aria-label={t('monitoring.drill', { team: name })}
                      onClick={() => onOpenTeam(team.team)}
                    >
                      {name}
                    </Button>
                  ) : (
                    name
                  )}
                </TableCell>
                <FigureCells figures={team.figures} norms={norms} />
              </TableRow>
            );
          })}
          {teams.length !== 1 && (
            <TableRow className={styles.totalRow}>
              <TableCell>{t('monitoring.row.total')}</TableCell>
              <FigureCells figures={total} norms={norms} />
            </TableRow>
          )}
          <BaselineRow firstCell={t('monitoring.row.baseline')} />
        </TableBody>
      </Table>
    </TableScrollRegion>
  );
}

/** Props of {@link TrendTable}. */
export type TrendTableProps = {
  weeks: readonly WeekFigures[];
  norms: CallbackNorms;
  caption: string;
};

/** The trend per week as a table: the chart's accessible alternative (and the whole of it in print). */
export function TrendTable({ weeks, norms, caption }: TrendTableProps) {
  const { t, locale } = useI18n();
  const styles = useMonitoringStyles();
  return (
    <TableScrollRegion label={caption}>
      <Table size="small">
        <caption className={styles.caption}>{caption}</caption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('monitoring.column.week')}</TableHeaderCell>
            <FigureHeaderCells norms={norms} />
          </TableRow>
        </TableHeader>
        <TableBody>
          {weeks.map((week) => (
            <TableRow key={week.week}>
              <TableCell>{weekLabel(week.week, locale, t)}</TableCell>
              <FigureCells figures={week.figures} norms={norms} />
            </TableRow>
          ))}
          <BaselineRow firstCell={t('monitoring.row.baseline')} />
        </TableBody>
      </Table>
    </TableScrollRegion>
  );
}
