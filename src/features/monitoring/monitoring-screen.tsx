// The monitoring screen: the coordinator's "Monitor" (all teams) and the team leader's "Cijfers van mijn team" (own
// team only). Figures per team and per week against the norm and the 2025 baseline, a trend chart with a table
// beside it, drill-down to a team's overdue requests, signals, CSV export and a print view.
import {
  Button,
  Field,
  Input,
  ProgressBar,
  Select,
  Spinner,
  mergeClasses,
} from '@fluentui/react-components';
import { ArrowDownloadRegular, PrintRegular } from '@fluentui/react-icons';
import { Suspense, lazy, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { FiguresReport } from '../../domain/figures';
import { instantFromEpochMs } from '../../domain/time';
import type { DirectorySnapshot, TeamSummary } from '../../graph/people';
import { errorMessage, useI18n } from '../../i18n';
import { useMonitoringDataSource } from './api/monitoring-data-source';
import { TeamsTable, TrendTable } from './components/figures-tables';
import { OverdueSection } from './components/overdue-section';
import { SignalsPanel } from './components/signals-panel';
import { computeFiguresInSlices } from './compute-in-slices';
import { downloadCsv, figuresCsv } from './figures-csv';
import { formatDate, formatRate } from './format-figures';
import { useMonitoringStyles } from './monitoring.styles';
import type { PeriodPreset } from './period';
import { periodOf, periodPresets, presetRange, todayIn } from './period';
import { Notice } from '../../ui';

const TrendChart = lazy(() =>
  import('./components/trend-chart').then((module) => ({ default: module.TrendChart })),
);

/** Props of {@link MonitoringScreen}. */
export type MonitoringScreenProps = {
  /** 'allTeams' for the coordinator; 'ownTeam' for a team leader (the teams they lead, nothing else). */
  scope: 'allTeams' | 'ownTeam';
  /** The signed-in user's directory id (to find the teams they lead). */
  userId: string;
  /** Called with the CSV text and file name; defaults to a browser download. */
  onExport?: (text: string, filename: string) => void;
};

type Status =
  | { kind: 'idle' }
  | { kind: 'reading' }
  | { kind: 'computing'; done: number; total: number }
  | { kind: 'ready'; report: FiguresReport; httpRequests: number; read: number; at: Date }
  | { kind: 'failed'; error: unknown };

/** The screen; needs a MonitoringDataSourceProvider above it. */
export function MonitoringScreen({ scope, userId, onExport = downloadCsv }: MonitoringScreenProps) {
  const { t, locale, formatDateTime } = useI18n();
  const styles = useMonitoringStyles();
  const source = useMonitoringDataSource();
  const [directory, setDirectory] = useState<DirectorySnapshot | null>(null);
  const [directoryError, setDirectoryError] = useState<{ error: unknown } | null>(null);
  const today = useMemo(() => todayIn(source.now()), [source]);
  const [preset, setPreset] = useState<PeriodPreset | 'custom'>('last13Weeks');
  const [range, setRange] = useState(() => presetRange('last13Weeks', today));
  const [ownTeamName, setOwnTeamName] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [openTeam, setOpenTeam] = useState<string | null | undefined>(undefined);
  const run = useRef<AbortController | null>(null);

  useEffect(() => {
    let live = true;
    source.loadDirectory().then(
      (snapshot) => live && setDirectory(snapshot),
      (error: unknown) => live && setDirectoryError({ error }),
    );
    return () => {
      live = false;
    };
  }, [source]);

  const ownTeams = useMemo(
    () => (directory?.teams ?? []).filter((team) => team.leaderId === userId),
    [directory, userId],
  );
  const teamName = scope === 'ownTeam' ? (ownTeamName ?? ownTeams[0]?.name ?? null) : null;
  const teamsInScope: TeamSummary[] = useMemo(
    () =>
      scope === 'allTeams'
        ? (directory?.teams ?? [])
        : ownTeams.filter((team) => team.name === teamName),
    [scope, directory, ownTeams, teamName],
  );
  const period = periodOf(range.from, range.to);

  const load = useCallback(async () => {
    if (period === null || (scope === 'ownTeam' && teamName === null)) return;
    run.current?.abort();
    const controller = new AbortController();
    run.current = controller;
    setStatus({ kind: 'reading' });
    try {
      const read = await source.readCallbacks({
        ...period,
        team: scope === 'ownTeam' ? teamName : null,
      });
      controller.signal.throwIfAborted();
      // The list filter is a convenience; never show another team's rows on the team leader's screen.
      const requests =
        scope === 'ownTeam'
          ? read.requests.filter((r) => r.assignedToTeam === teamName)
          : read.requests;
      const at = source.now();
      const report = await computeFiguresInSlices(
        requests,
        { period, now: instantFromEpochMs(at.getTime()), calendar: source.calendar },
        {
          signal: controller.signal,
          onProgress: (done, total) => setStatus({ kind: 'computing', done, total }),
        },
      );
      setStatus({
        kind: 'ready',
        report,
        httpRequests: read.httpRequests,
        read: requests.length,
        at,
      });
      setOpenTeam(scope === 'ownTeam' ? teamName : undefined);
    } catch (error) {
      if (controller.signal.aborted) return;
      setStatus({ kind: 'failed', error });
    }
    // period is derived from range; depend on its parts.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [source, scope, teamName, range.from, range.to]);

  const loadedOnce = useRef(false);
  useEffect(() => {
    if (directory === null || loadedOnce.current) return;
    loadedOnce.current = true;
    void load();
  }, [directory, load]);
  useEffect(() => () => run.current?.abort(), []);

  const nameOf = useCallback(
    (id: string) => directory?.people.find((person) => person.id === id)?.displayName ?? null,
    [directory],
  );

  const title =
    scope === 'allTeams'
      ? t('monitoring.title.coordinator')
      : teamName
        ? t('monitoring.title.teamLeader.team', { team: teamName })
        : t('monitoring.title.teamLeader');
  const periodText = t('monitoring.period.summary', {
    from: formatDate(Date.parse(`${range.from}T12:00:00Z`), locale),
    to: formatDate(Date.parse(`${range.to}T12:00:00Z`), locale),
  });
  const normText = formatRate(source.norms.onTimeRate, locale) ?? '';

  const exportCsv = () => {
    if (status.kind !== 'ready') return;
    const text = figuresCsv(status.report, {
      t,
      locale,
      norms: source.norms,
      periodText: `${range.from} – ${range.to}`,
      generatedAtText: formatDateTime(status.at),
      scopeText: scope === 'allTeams' ? t('monitoring.note.scope.all') : (teamName ?? ''),
    });
    onExport(text, t('monitoring.csv.filename', { from: range.from, to: range.to }));
  };

  if (directoryError !== null)
    return (
      <div className={styles.root}>
        <h1>{title}</h1>
        <Notice intent="error">
          {t('monitoring.load.failed', { message: errorMessage(directoryError.error, t) })}
        </Notice>
      </div>
    );
  if (directory === null) return <Spinner label={t('monitoring.loading')} />;
  if (scope === 'ownTeam' && ownTeams.length === 0)
    return (
      <div className={styles.root}>
        <h1>{title}</h1>
        <Notice intent="info">{t('monitoring.noTeam')}</Notice>
      </div>
    );

  const report = status.kind === 'ready' ? status.report : null;
  const openTeamFigures =
    report && openTeam !== undefined
      ? report.teams.find((team) => team.team === openTeam)
      : undefined;
  const openTeamName = openTeam === undefined ? null : (openTeam ?? t('monitoring.row.noTeam'));

  return (
    <div className={styles.root}>
      <h1>{title}</h1>
      <div className={styles.notes}>
        <Notice intent="info">{t('monitoring.note.telephony')}</Notice>
        <Notice intent="info">
          {t('monitoring.note.permissions', {
            scope: t(
              scope === 'allTeams' ? 'monitoring.note.scope.all' : 'monitoring.note.scope.own',
            ),
          })}
        </Notice>
      </div>

      <form
        className={mergeClasses(styles.periodForm, styles.noPrint)}
        onSubmit={(event) => {
          event.preventDefault();
          void load();
        }}
      >
        {scope === 'ownTeam' && ownTeams.length > 1 && (
          <Field label={t('monitoring.team.choose')}>
            <Select value={teamName ?? ''} onChange={(_, data) => setOwnTeamName(data.value)}>
              {ownTeams.map((team) => (
                <option key={team.name} value={team.name}>
                  {team.name}
                </option>
              ))}
            </Select>
          </Field>
        )}
        <Field label={t('monitoring.period.preset')}>
          <Select
            value={preset}
            onChange={(_, data) => {
              const value = data.value as PeriodPreset | 'custom';
              setPreset(value);
              if (value !== 'custom') setRange(presetRange(value, today));
            }}
          >
            {periodPresets.map((value) => (
              <option key={value} value={value}>
                {t(`monitoring.period.${value}`)}
              </option>
            ))}
            <option value="custom">{t('monitoring.period.custom')}</option>
          </Select>
        </Field>
        <Field
          label={t('monitoring.period.from')}
          validationMessage={period === null ? t('monitoring.period.invalid') : undefined}
        >
          <Input
            type="date"
            value={range.from}
            onChange={(_, data) => {
              setPreset('custom');
              setRange((current) => ({ ...current, from: data.value as typeof current.from }));
            }}
          />
        </Field>
        <Field label={t('monitoring.period.to')}>
          <Input
            type="date"
            value={range.to}
            onChange={(_, data) => {
              setPreset('custom');
              setRange((current) => ({ ...current, to: data.value as typeof current.to }));
            }}
          />
        </Field>
        <Button type="submit" appearance="primary" disabled={period === null}>
          {t('monitoring.period.show')}
        </Button>
      </form>

      <div aria-live="polite">
        {status.kind === 'reading' && (
          <Spinner size="small" label={t('monitoring.progress.reading')} />
        )}
        {status.kind === 'computing' && (
          <Field
            label={t('monitoring.progress.computing', { done: status.done, total: status.total })}
          >
            <ProgressBar
              value={status.total === 0 ? 1 : status.done / status.total}
              aria-label={t('monitoring.progress.label')}
            />
          </Field>
        )}
        {status.kind === 'failed' && (
          <Notice intent="error">
            {t('monitoring.load.failed', { message: errorMessage(status.error, t) })}
          </Notice>
        )}
        {status.kind === 'ready' && (
          <p className={styles.definitions}>
            {t('monitoring.readInfo', {
              count: status.read,
              requests: status.httpRequests,
              at: formatDate(status.at.getTime(), locale),
            })}
          </p>
        )}
      </div>

      {report && (
        <>
          <div className={mergeClasses(styles.actions, styles.noPrint)}>
            <Button icon={<ArrowDownloadRegular />} onClick={exportCsv}>
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
              caption={t('monitoring.teams.caption', { period: periodText, norm: normText })}
              onOpenTeam={scope === 'allTeams' ? setOpenTeam : undefined}
            />
          </section>

          {openTeamFigures && openTeamName !== null && (
            <section className={styles.section} aria-labelledby="monitoring-team-heading">
              <h2 id="monitoring-team-heading">
                {t('monitoring.team.heading', { team: openTeamName })}
              </h2>
              {scope === 'allTeams' && (
                <div className={styles.noPrint}>
                  <Button onClick={() => setOpenTeam(undefined)}>
                    {t('monitoring.team.close')}
                  </Button>
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
      )}

      <SignalsPanel
        directory={directory}
        teams={teamsInScope}
        people={scope === 'allTeams' ? 'everyone' : 'teamMembers'}
      />

      <section className={styles.section} aria-labelledby="monitoring-definitions-heading">
        <h2 id="monitoring-definitions-heading">{t('monitoring.definitions.heading')}</h2>
        <ul className={mergeClasses(styles.list, styles.definitions)}>
          {(
            [
              'monitoring.definition.week',
              'monitoring.definition.calledBack',
              'monitoring.definition.onTime',
              'monitoring.definition.resolved',
              'monitoring.definition.overdue',
              'monitoring.definition.pending',
              'monitoring.definition.rates',
              'monitoring.definition.median',
              'monitoring.definition.reopened',
            ] as const
          ).map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
      </section>
    </div>
  );
}

function TrendSection({
  heading,
  headingId,
  weeks,
}: {
  heading: string;
  headingId: string;
  weeks: FiguresReport['weeks'];
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
