// The figures as CSV for the repeat measurement and the council's report: the period, norm, baseline and definitions
// in header rows, then one row per team and week and per team over the whole period.
// Choice: UTF-8 with a BOM, ';' as separator and a decimal comma (nl) — Excel with Dutch regional settings opens it in
// columns without an import wizard; the English screen writes a decimal point but keeps ';' so the file stays the
// same shape.
import type {
  CallbackFigures,
  CallbackNorms,
  ContactReport,
  FiguresReport,
} from '../../domain/figures';
import { STUDY_BASELINE, figureRates } from '../../domain/figures';
import type { MessageKey } from '../../i18n';
import { formatDecimal } from '../../i18n';
import { contactCsvRows } from './contacts-csv';
import { weekLabelWithYear } from './format-figures';
import type { Translate, UiLocale } from './format-figures';

export const csvSeparator = ';';
export const csvBom = '\uFEFF';

/**
 * A cell, quoted when it holds the separator, a quote or a line break. A cell that a spreadsheet would take for a
 * formula (it starts with = + - @, a tab or a carriage return: a team name, a note) gets a leading single quote and
 * quotes, the OWASP rule against CSV injection (https://owasp.org/www-community/attacks/CSV_Injection).
 * @example csvCell('a;b') // '"a;b"'
 * @example csvCell('=1+1') // `"'=1+1"`
 */
export function csvCell(value: string): string {
  const formulaLike = /^[=+\-@\t\r]/.test(value);
  const text = formulaLike ? `'${value}` : value;
  return formulaLike || /[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const definitionKeys: readonly MessageKey[] = [
  'monitoring.definition.week',
  'monitoring.definition.calledBack',
  'monitoring.definition.onTime',
  'monitoring.definition.resolved',
  'monitoring.definition.overdue',
  'monitoring.definition.pending',
  'monitoring.definition.rates',
  'monitoring.definition.median',
  'monitoring.definition.reopened',
];

export type CsvContext = {
  t: Translate;
  locale: UiLocale;
  norms: CallbackNorms;
  /** The period as the screen shows it, e.g. '2025-01-01 t/m 2025-12-31'. */
  periodText: string;
  /** When the figures were computed, in local time as people read it, e.g. 'do 9 apr 2026 12:00'. */
  generatedAtText: string;
  scopeText: string;
};

/**
 * The CSV text (with BOM, lines ending CRLF).
 * @example figuresCsv(report, context).split('\r\n')[1] // 'Periode (aangemaakt);2025-01-01 t/m 2025-12-31'
 */
export function figuresCsv(
  report: FiguresReport,
  context: CsvContext,
  contacts: ContactReport | null = null,
): string {
  const { t, locale } = context;
  const decimal = (value: number | null, digits: number): string =>
    value === null ? '' : formatDecimal(value, locale, digits);
  const pct = (rate: number | null) => decimal(rate === null ? null : rate * 100, 1);
  const norm = `${decimal(context.norms.onTimeRate * 100, 1)}%`;
  const rows: string[][] = [
    [t('monitoring.csv.title')],
    [t('monitoring.csv.period'), context.periodText],
    [t('monitoring.csv.generatedAt'), context.generatedAtText],
    [t('monitoring.csv.scope'), context.scopeText],
    [t('monitoring.csv.norm'), norm],
    [t('monitoring.csv.baseline'), t('monitoring.csv.baselineValue')],
    [t('monitoring.csv.definitions')],
    ...definitionKeys.map((key) => ['', t(key)]),
    [],
    [
      t('monitoring.column.team'),
      t('monitoring.column.week'),
      t('monitoring.column.made'),
      t('monitoring.column.calledBack'),
      t('monitoring.column.onTime', { norm }),
      t('monitoring.column.resolved'),
      t('monitoring.csv.column.cancelled'),
      t('monitoring.column.overdueNow'),
      t('monitoring.column.pending'),
      t('monitoring.csv.column.reopened'),
      t('monitoring.csv.column.assessable'),
      t('monitoring.csv.column.calledBackPct'),
      t('monitoring.csv.column.onTimePct'),
      t('monitoring.csv.column.onTimeOfCalledBackPct'),
      t('monitoring.csv.column.median'),
    ],
  ];
  const figureCells = (figures: CallbackFigures): string[] => {
    const rates = figureRates(figures);
    return [
      String(figures.made),
      String(figures.calledBack),
      String(figures.calledBackOnTime),
      String(figures.resolved),
      String(figures.cancelled),
      String(figures.overdueNow),
      String(figures.pending),
      String(figures.reopened),
      String(figures.assessable),
      pct(rates.calledBack),
      pct(rates.onTime),
      pct(rates.onTimeOfCalledBack),
      decimal(figures.medianMinutesToFirstAttempt, 0),
    ];
  };
  const wholePeriod = t('monitoring.csv.wholePeriod');
  for (const team of report.teams) {
    const name = team.team ?? t('monitoring.row.noTeam');
    rows.push([name, wholePeriod, ...figureCells(team.figures)]);
    for (const week of team.weeks)
      rows.push([name, weekLabelWithYear(week.week, t), ...figureCells(week.figures)]);
  }
  rows.push([t('monitoring.row.total'), wholePeriod, ...figureCells(report.total)]);
  for (const week of report.weeks)
    rows.push([
      t('monitoring.row.total'),
      weekLabelWithYear(week.week, t),
      ...figureCells(week.figures),
    ]);
  rows.push([
    t('monitoring.row.baseline'),
    '',
    ...Array.from({ length: 9 }, () => ''),
    pct(STUDY_BASELINE.calledBackRate),
    pct(STUDY_BASELINE.onTimeRate),
    pct(STUDY_BASELINE.onTimeOfCalledBackRate),
    '',
  ]);
  if (contacts !== null) rows.push([], ...contactCsvRows(contacts, t, locale, context.norms));
  return csvBom + rows.map((row) => row.map(csvCell).join(csvSeparator)).join('\r\n') + '\r\n';
}

/** Offers the text as a file download (the browser's own save dialog). */
export function downloadCsv(text: string, filename: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
