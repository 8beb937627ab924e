// The weekly trend as a line chart (Fluent UI's own chart library, loaded only when this chart is shown). The table
// beside it (TrendTable) carries the same numbers for screen readers and keyboard users. The call outcomes' chart
// (ContactTrendChart) has the weekly table of the call outcomes as its alternative.
import { LineChart } from '@fluentui/react-charts';
import type { LineChartPoints } from '@fluentui/react-charts';
import { tokens } from '@fluentui/react-components';
import type {
  CallbackNorms,
  ContactRates,
  ContactWeek,
  WeekFigures,
} from '../../../domain/figures';
import { STUDY_BASELINE, contactRates, figureRates, isoWeekMonday } from '../../../domain/figures';
import { intlLocale, useI18n } from '../../../i18n';
import { chartPointLabel, chartWeekTicks, formatRate } from '../format-figures';
import { useMonitoringStyles } from '../monitoring.styles';

/** Props of {@link TrendChart}. */
export type TrendChartProps = {
  weeks: readonly WeekFigures[];
  norms: CallbackNorms;
  /** Accessible name of the chart. */
  label: string;
};

const mondayOf = (week: WeekFigures['week']): Date =>
  new Date(`${isoWeekMonday(week) ?? '1970-01-01'}T12:00:00Z`);

/** On time % and called back % per week, with the norm and the 2025 baseline as flat lines. */
export function TrendChart({ weeks, norms, label }: TrendChartProps) {
  const { t, locale } = useI18n();
  const styles = useMonitoringStyles();
  // One tick per shown week, on its Monday (the library's own ticks fall on Sundays and run past the last point).
  const ticks = chartWeekTicks(
    weeks.map((week) => week.week),
    8,
  );
  const weekNumberAt = new Map(
    weeks.map((week) => [mondayOf(week.week).getTime(), Number(week.week.slice(-2))]),
  );
  const withData = weeks
    .map((week) => ({ week, rates: figureRates(week.figures) }))
    .filter((entry) => entry.rates.onTime !== null);
  // Each point speaks its week and value in the user's language (see chartPointLabel).
  const point = (week: WeekFigures['week'], legend: string, rate: number) => ({
    x: mondayOf(week),
    y: Math.round(rate * 1000) / 10,
    callOutAccessibilityData: { ariaLabel: chartPointLabel(week, legend, rate, locale, t) },
  });
  const onTimeLegend = t('monitoring.trend.series.onTime');
  const calledBackLegend = t('monitoring.trend.series.calledBack');
  const normLegend = t('monitoring.trend.series.norm', {
    norm: formatRate(norms.onTimeRate, locale) ?? '',
  });
  const baselineLegend = t('monitoring.trend.series.baseline', {
    percent: formatRate(STUDY_BASELINE.onTimeRate, locale) ?? '',
  });
  const series: LineChartPoints[] = [
    {
      legend: onTimeLegend,
      color: tokens.colorPaletteBlueForeground2,
      data: withData.map(({ week, rates }) => point(week.week, onTimeLegend, rates.onTime ?? 0)),
    },
    {
      legend: calledBackLegend,
      color: tokens.colorPaletteBerryForeground2,
      data: withData.map(({ week, rates }) =>
        point(week.week, calledBackLegend, rates.calledBack ?? 0),
      ),
    },
    {
      legend: normLegend,
      color: tokens.colorPaletteGreenForeground2,
      data: weeks.map((week) => point(week.week, normLegend, norms.onTimeRate)),
      lineOptions: { strokeDasharray: '6 4' },
    },
    {
      legend: baselineLegend,
      color: tokens.colorNeutralForeground3,
      data: weeks.map((week) => point(week.week, baselineLegend, STUDY_BASELINE.onTimeRate)),
      lineOptions: { strokeDasharray: '2 3' },
    },
  ];
  return (
    <LineChart
      data={{ chartTitle: label, lineChartData: series }}
      // Our own accessible name: the library's default appends English sentences about the axes.
      svgProps={{ 'aria-label': label }}
      tickValues={ticks.map(mondayOf)}
      customDateTimeFormatter={(date: Date) =>
        t('monitoring.trend.tick', { week: weekNumberAt.get(date.getTime()) ?? '' })
      }
      // The library capitalises every word of a legend; ours are sentences.
      legendProps={{ styles: { legend: styles.chartLegend } }}
      height={300}
      yMinValue={0}
      yMaxValue={100}
      culture={intlLocale(locale)}
      yAxisTickFormat={(value: number) => `${value}%`}
    />
  );
}

/** Props of {@link ContactTrendChart}. */
export type ContactTrendChartProps = {
  weeks: readonly ContactWeek[];
  norms: CallbackNorms;
  /** Accessible name of the chart. */
  label: string;
};

/**
 * Direct opgenomen, Geslaagd contact and Herhaalverkeer per week, with their norms as flat lines. The weekly table of
 * the call outcomes beside it carries the same numbers.
 */
export function ContactTrendChart({ weeks, norms, label }: ContactTrendChartProps) {
  const { t, locale } = useI18n();
  const styles = useMonitoringStyles();
  const ticks = chartWeekTicks(
    weeks.map((week) => week.week),
    8,
  );
  const weekNumberAt = new Map(
    weeks.map((week) => [mondayOf(week.week).getTime(), Number(week.week.slice(-2))]),
  );
  const point = (week: ContactWeek['week'], legend: string, rate: number) => ({
    x: mondayOf(week),
    y: Math.round(rate * 1000) / 10,
    callOutAccessibilityData: { ariaLabel: chartPointLabel(week, legend, rate, locale, t) },
  });
  const rated = weeks.map((week) => ({ week: week.week, rates: contactRates(week.figures) }));
  const line = (legend: string, color: string, rateOf: (rates: ContactRates) => number | null) => ({
    legend,
    color,
    data: rated.flatMap(({ week, rates }) => {
      const rate = rateOf(rates);
      return rate === null ? [] : [point(week, legend, rate)];
    }),
  });
  const normLine = (legend: string, color: string, norm: number): LineChartPoints => ({
    legend,
    color,
    data: weeks.map((week) => point(week.week, legend, norm)),
    lineOptions: { strokeDasharray: '6 4' },
  });
  const norm = (rate: number) => formatRate(rate, locale) ?? '';
  const series: LineChartPoints[] = [
    line(
      t('contacts.column.answeredDirectly'),
      tokens.colorPaletteBlueForeground2,
      (rates) => rates.answeredDirectly,
    ),
    line(
      t('contacts.column.successful'),
      tokens.colorPaletteGreenForeground2,
      (rates) => rates.successful,
    ),
    line(
      t('repeatTraffic.column.rate'),
      tokens.colorPaletteBerryForeground2,
      (rates) => rates.repeatTraffic,
    ),
    normLine(
      t('repeatTraffic.norm.answeredDirectly', { norm: norm(norms.answeredDirectlyRate) }),
      tokens.colorPaletteBlueBorderActive,
      norms.answeredDirectlyRate,
    ),
    normLine(
      t('repeatTraffic.norm.successful', { norm: norm(norms.successfulRate) }),
      tokens.colorPaletteGreenBorderActive,
      norms.successfulRate,
    ),
    normLine(
      t('repeatTraffic.norm.repeatTraffic', { norm: norm(norms.repeatTrafficMaxRate) }),
      tokens.colorPaletteBerryBorderActive,
      norms.repeatTrafficMaxRate,
    ),
  ];
  return (
    <LineChart
      data={{ chartTitle: label, lineChartData: series }}
      svgProps={{ 'aria-label': label }}
      tickValues={ticks.map(mondayOf)}
      customDateTimeFormatter={(date: Date) =>
        t('monitoring.trend.tick', { week: weekNumberAt.get(date.getTime()) ?? '' })
      }
      legendProps={{ styles: { legend: styles.chartLegend } }}
      height={300}
      yMinValue={0}
      yMaxValue={100}
      culture={intlLocale(locale)}
      yAxisTickFormat={(value: number) => `${value}%`}
    />
  );
}
