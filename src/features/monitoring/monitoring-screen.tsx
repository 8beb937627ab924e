// The monitoring screen: the coordinator's "Monitor" (all teams) and the team leader's "Cijfers van mijn team" (own
// team only). Figures per team and per week against the norm and the 2025 baseline, a trend chart with a table
// beside it, drill-down to a team's overdue requests, signals, CSV export and a print view.
import { Spinner, mergeClasses } from '@fluentui/react-components';
import { useCallback, useMemo, useState } from 'react';
import { teamsLedBy } from '../../domain/figures';
import type { TeamSummary } from '../../graph/people';
import { errorMessage, useI18n } from '../../i18n';
import { useMonitoringDirectory } from './api/get-directory';
import { useMonitoringDataSource } from './api/monitoring-data-source';
import { FiguresReport } from './components/figures-report';
import { ContactFiguresSection } from './components/contact-figures-tables';
import { DailyRunStatus } from './components/daily-run-status';
import { FiguresStatus } from './components/figures-status';
import { PeriodForm } from './components/period-form';
import { SignalsPanel } from './components/signals-panel';
import { downloadCsv, figuresCsv } from './figures-csv';
import { formatDate, formatRate } from './format-figures';
import { useMonitoringStyles } from './monitoring.styles';
import type { PeriodPreset } from './period';
import { periodOf, presetRange, todayIn } from './period';
import { useFigures } from './use-figures';
import { Notice } from '../../ui';

/** Props of {@link MonitoringScreen}. */
export type MonitoringScreenProps = {
  /** 'allTeams' for the coordinator; 'ownTeam' for a team leader (the teams they lead, nothing else). */
  scope: 'allTeams' | 'ownTeam';
  /** The signed-in user's directory id (to find the teams they lead). */
  userId: string;
  /** Called with the CSV text and file name; defaults to a browser download. */
  onExport?: (text: string, filename: string) => void;
};

const definitionKeys = [
  'monitoring.definition.week',
  'monitoring.definition.calledBack',
  'monitoring.definition.onTime',
  'monitoring.definition.resolved',
  'monitoring.definition.overdue',
  'monitoring.definition.pending',
  'monitoring.definition.rates',
  'monitoring.definition.median',
  'monitoring.definition.reopened',
] as const;

/** The screen; needs a MonitoringDataSourceProvider above it. */
export function MonitoringScreen({ scope, userId, onExport = downloadCsv }: MonitoringScreenProps) {
  const { t, locale, formatDateTime } = useI18n();
  const styles = useMonitoringStyles();
  const source = useMonitoringDataSource();
  const directoryRead = useMonitoringDirectory();
  const directory = directoryRead.data ?? null;
  const today = useMemo(() => todayIn(source.now()), [source]);
  const [preset, setPreset] = useState<PeriodPreset | 'custom'>('last13Weeks');
  const [range, setRange] = useState(() => presetRange('last13Weeks', today));
  const [ownTeamName, setOwnTeamName] = useState<string | null>(null);
  const [openTeamChoice, setOpenTeamChoice] = useState<string | null | undefined>(undefined);

  const ownTeams = useMemo(() => teamsLedBy(directory?.teams ?? [], userId), [directory, userId]);
  const teamName = scope === 'ownTeam' ? (ownTeamName ?? ownTeams[0]?.name ?? null) : null;
  const teamsInScope: TeamSummary[] = useMemo(
    () =>
      scope === 'allTeams'
        ? (directory?.teams ?? [])
        : ownTeams.filter((team) => team.name === teamName),
    [scope, directory, ownTeams, teamName],
  );
  const period = periodOf(range.from, range.to);
  const wanted =
    period === null || (scope === 'ownTeam' && teamName === null)
      ? null
      : { period, team: scope === 'ownTeam' ? teamName : null };
  const figures = useFigures(wanted, directory === null ? 'notReady' : 'ready');
  const status = figures.status;
  // A team leader's own team is open straight away; the coordinator opens one from the table.
  const openTeam = scope === 'ownTeam' ? (figures.asked?.team ?? undefined) : openTeamChoice;

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
    const text = figuresCsv(
      status.report,
      {
        t,
        locale,
        norms: source.norms,
        periodText: `${range.from} – ${range.to}`,
        generatedAtText: formatDateTime(status.at),
        scopeText: scope === 'allTeams' ? t('monitoring.note.scope.all') : (teamName ?? ''),
      },
      status.contacts,
    );
    onExport(text, t('monitoring.csv.filename', { from: range.from, to: range.to }));
  };

  if (directoryRead.isError && directory === null)
    return (
      <div className={styles.root}>
        <h1>{title}</h1>
        <Notice intent="error">
          {t('monitoring.load.failed', { message: errorMessage(directoryRead.error, t) })}
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

  return (
    <div className={styles.root}>
      <h1>{title}</h1>
      <div className={styles.notes}>
        <DailyRunStatus />
        <Notice intent="info">{t('monitoring.note.telephony')}</Notice>
        <Notice intent="info">
          {t('monitoring.note.permissions', {
            scope: t(
              scope === 'allTeams' ? 'monitoring.note.scope.all' : 'monitoring.note.scope.own',
            ),
          })}
        </Notice>
      </div>

      <PeriodForm
        preset={preset}
        range={range}
        today={today}
        validity={period === null ? 'invalid' : 'valid'}
        teamChoices={scope === 'ownTeam' ? ownTeams : []}
        teamName={teamName}
        onTeamChange={setOwnTeamName}
        onPresetChange={setPreset}
        onRangeChange={setRange}
        onShow={() => {
          setOpenTeamChoice(undefined);
          figures.show();
        }}
      />

      <FiguresStatus status={status} />

      {status.kind === 'ready' && (
        <FiguresReport
          report={status.report}
          scope={scope}
          teamName={teamName}
          caption={t('monitoring.teams.caption', { period: periodText, norm: normText })}
          openTeam={openTeam}
          onOpenTeam={setOpenTeamChoice}
          nameOf={nameOf}
          onExport={exportCsv}
        />
      )}
      {status.kind === 'ready' && (
        <ContactFiguresSection
          report={status.contacts}
          teamName={scope === 'allTeams' ? null : teamName}
          periodText={periodText}
          read={status.contactsRead}
        />
      )}

      <SignalsPanel
        directory={directory}
        teams={teamsInScope}
        people={scope === 'allTeams' ? 'everyone' : 'teamMembers'}
        reminders={
          scope === 'allTeams' ? { kind: 'canSend', senderId: userId } : { kind: 'hidden' }
        }
      />

      <section className={styles.section} aria-labelledby="monitoring-definitions-heading">
        <h2 id="monitoring-definitions-heading">{t('monitoring.definitions.heading')}</h2>
        <ul className={mergeClasses(styles.list, styles.definitions)}>
          {definitionKeys.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
      </section>
    </div>
  );
}
