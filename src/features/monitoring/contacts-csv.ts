// The study's figures from the recorded call outcomes as CSV rows, after the callback figures in the same file: their
// definitions and norms, then one row per team and week, per team over the period, all teams, and the 2025 baseline.
// Herhaalverkeer's counts and rate come last in each row (no baseline).
import type { CallbackNorms, ContactFigures, ContactReport } from '../../domain/figures';
import { CONTACT_STUDY_BASELINE, contactRates } from '../../domain/figures';
import { formatDecimal } from '../../i18n';
import { contactDefinitionKeys } from './components/contact-figures-tables';
import { weekLabelWithYear } from './format-figures';
import type { Translate, UiLocale } from './format-figures';

/**
 * The rows (cells not yet quoted).
 * @example contactCsvRows(report, t, 'nl')[0] // ['Doorverbonden gesprekken']
 */
export function contactCsvRows(
  report: ContactReport,
  t: Translate,
  locale: UiLocale,
  norms: CallbackNorms,
): string[][] {
  const pct = (rate: number | null) => (rate === null ? '' : formatDecimal(rate * 100, locale, 1));
  const cells = (figures: ContactFigures): string[] => {
    const rates = contactRates(figures);
    return [
      String(figures.calls),
      String(figures.answered),
      String(figures.substituteAnswered),
      String(figures.answeredDirectly),
      String(figures.callbackRequested),
      String(figures.calledBackOnTime),
      String(figures.pending),
      String(figures.notAnswered),
      String(figures.successful),
      String(figures.failed),
      String(figures.selfAnswered),
      pct(rates.answeredDirectly),
      pct(rates.successful),
      pct(rates.failed),
      String(figures.requests),
      String(figures.repeatRequests),
      String(figures.repeatCalls),
      pct(rates.repeatTraffic),
    ];
  };
  const wholePeriod = t('monitoring.csv.wholePeriod');
  const rows: string[][] = [
    [t('contacts.csv.section')],
    [t('monitoring.csv.baseline'), t('contacts.csv.baselineValue')],
    [t('monitoring.csv.definitions')],
    ...contactDefinitionKeys.map((key) => ['', t(key)]),
    [
      '',
      t('repeatTraffic.definition.norms', {
        answeredDirectly: `${pct(norms.answeredDirectlyRate)}%`,
        successful: `${pct(norms.successfulRate)}%`,
        repeatTraffic: `${pct(norms.repeatTrafficMaxRate)}%`,
      }),
    ],
    [],
    [
      t('monitoring.column.team'),
      t('monitoring.column.week'),
      t('contacts.column.calls'),
      t('contacts.outcome.answered'),
      t('contacts.outcome.substituteAnswered'),
      t('contacts.column.answeredDirectly'),
      t('contacts.column.callbackRequested'),
      t('contacts.column.calledBackOnTime'),
      t('contacts.column.pending'),
      t('contacts.outcome.notAnswered'),
      t('contacts.column.successful'),
      t('contacts.column.failed'),
      t('contacts.column.selfAnswered'),
      t('contacts.csv.answeredDirectlyPct'),
      t('contacts.csv.successfulPct'),
      t('contacts.csv.failedPct'),
      t('repeatTraffic.column.requests'),
      t('repeatTraffic.column.repeatRequests'),
      t('repeatTraffic.column.repeatCalls'),
      t('repeatTraffic.csv.ratePct'),
    ],
  ];
  for (const team of report.teams) {
    rows.push([team.team, wholePeriod, ...cells(team.figures)]);
    for (const week of team.weeks)
      rows.push([team.team, weekLabelWithYear(week.week, t), ...cells(week.figures)]);
  }
  rows.push([t('monitoring.row.total'), wholePeriod, ...cells(report.total)]);
  for (const week of report.weeks)
    rows.push([t('monitoring.row.total'), weekLabelWithYear(week.week, t), ...cells(week.figures)]);
  rows.push([
    t('monitoring.row.baseline'),
    '',
    ...Array.from({ length: 11 }, () => ''),
    pct(CONTACT_STUDY_BASELINE.answeredDirectlyRate),
    pct(CONTACT_STUDY_BASELINE.successfulRate),
    pct(CONTACT_STUDY_BASELINE.failedRate),
    ...Array.from({ length: 4 }, () => ''),
  ]);
  return rows;
}
