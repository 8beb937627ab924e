import type { CallbackFigures, FiguresReport } from '../../domain/figures';
import { DEFAULT_CALLBACK_NORMS } from '../../domain/figures';
import type { Instant } from '../../domain/time';
import { translate } from '../../i18n';
import { csvCell, figuresCsv } from './figures-csv';

// OWASP, CSV Injection: a cell starting with = + - @ tab or carriage return is a formula to Excel and LibreOffice;
// prefix it with a single quote and quote the cell. https://owasp.org/www-community/attacks/CSV_Injection
describe('csvCell', () => {
  it.each([
    ['plain text', 'Burgerzaken', 'Burgerzaken'],
    ['a number', '66,7', '66,7'],
    ['the separator', 'a;b', '"a;b"'],
    ['a quote', 'zeg "ja"', '"zeg ""ja"""'],
    ['a formula', '=HYPERLINK("http://x","klik")', `"'=HYPERLINK(""http://x"",""klik"")"`],
    ['a plus', '+31 6 1234', `"'+31 6 1234"`],
    ['a minus', '-2+3', `"'-2+3"`],
    ['an at sign', '@SUM(A1)', `"'@SUM(A1)"`],
    ['a tab', '\t=1', `"'\t=1"`],
    ['a carriage return', '\r=1', `"'\r=1"`],
  ])('%s', (_name, value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});

const figures: CallbackFigures = {
  made: 1,
  calledBack: 0,
  calledBackOnTime: 0,
  resolved: 0,
  cancelled: 0,
  overdueNow: 0,
  pending: 1,
  reopened: 0,
  assessable: 0,
  medianMinutesToFirstAttempt: null,
};

describe('figuresCsv', () => {
  it('neutralises a team name that is a formula', () => {
    const report: FiguresReport = {
      period: { from: 0 as Instant, to: 1 as Instant },
      now: 1 as Instant,
      total: figures,
      weeks: [],
      teams: [{ team: '=cmd|"/c calc"!A1', figures, weeks: [] }],
      overdue: [],
      outsidePeriod: 0,
    };
    const lines = figuresCsv(report, {
      t: (key, params) => translate('nl', key, params),
      locale: 'nl',
      norms: DEFAULT_CALLBACK_NORMS,
      periodText: '2026-01-12 – 2026-04-09',
      generatedAtText: '9 apr 2026 12:00',
      scopeText: 'Alle teams',
    }).split('\r\n');
    const teamLine = lines.find((line) => line.includes('cmd')) ?? '';
    expect(teamLine.startsWith(`"'=cmd|""/c calc""!A1";`)).toBe(true);
    expect(lines.every((line) => !/^[=+\-@\t\r]|;[=+\-@\t\r]/.test(line))).toBe(true);
  });
});
