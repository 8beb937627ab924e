// What the coordinator (or a team leader, for their own team) acts on: calendars not shared with details, absences
// without a substitute, absences past their expected end. Loaded on their own, so the figures never wait for them.
import {
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { absenceSignals } from '../../../domain/figures';
import { instantFromEpochMs } from '../../../domain/time';
import type { OpenAbsence } from '../../../graph/monitoring';
import type { DirectorySnapshot, TeamSummary } from '../../../graph/people';
import { errorMessage, useI18n } from '../../../i18n';
import { useMonitoringDataSource } from '../api/monitoring-data-source';
import { formatDate } from '../format-figures';
import { useMonitoringStyles } from '../monitoring.styles';
import { TableScrollRegion } from './table-scroll-region';
import { Notice } from '../../../ui';

/** Props of {@link SignalsPanel}. */
export type SignalsPanelProps = {
  directory: DirectorySnapshot;
  /** The teams whose people are checked (all for the coordinator, the own team for a team leader). */
  teams: readonly TeamSummary[];
  /**
   * 'everyone' (the coordinator): also the people in no team, such as department heads and the secretary, whose
   * calendars the front office needs as much; 'teamMembers' (a team leader): only the members of `teams`.
   */
  people?: 'everyone' | 'teamMembers';
};

type Load<T> =
  { state: 'loading' } | { state: 'failed'; error: unknown } | { state: 'loaded'; value: T };

/** The signals section. */
export function SignalsPanel({
  directory,
  teams,
  people: scope = 'teamMembers',
}: SignalsPanelProps) {
  const { t, locale } = useI18n();
  const styles = useMonitoringStyles();
  const source = useMonitoringDataSource();
  const [calendars, setCalendars] = useState<Load<string[]>>({ state: 'loading' });
  const [absences, setAbsences] = useState<Load<OpenAbsence[]>>({ state: 'loading' });

  const teamOf = new Map<string, string>();
  for (const team of teams)
    for (const id of team.memberIds) if (!teamOf.has(id)) teamOf.set(id, team.name);
  const inScope = (id: string) => scope === 'everyone' || teamOf.has(id);
  const people = directory.people.filter((person) => inScope(person.id));
  const peopleKey = people.map((person) => person.id).join(',');

  useEffect(() => {
    let live = true;
    const refs = directory.people
      .filter((person) => peopleKey.split(',').includes(person.id) && person.mail !== null)
      .map((person) => ({ id: person.id, mail: person.mail as string }));
    source.calendarNotShared(refs).then(
      (ids) => live && setCalendars({ state: 'loaded', value: ids }),
      (error: unknown) => live && setCalendars({ state: 'failed', error }),
    );
    source.readOpenAbsences().then(
      (value) => live && setAbsences({ state: 'loaded', value }),
      (error: unknown) => live && setAbsences({ state: 'failed', error }),
    );
    return () => {
      live = false;
    };
  }, [source, directory, peopleKey]);

  const nameOf = (id: string) =>
    directory.people.find((person) => person.id === id)?.displayName ?? id;
  const noTeam = t('monitoring.row.noTeam');

  const calendarsByTeam = (ids: readonly string[]) => {
    const groups = new Map<string, string[]>();
    for (const id of ids) {
      const team = teamOf.get(id) ?? noTeam;
      groups.set(team, [...(groups.get(team) ?? []), id]);
    }
    return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b, 'nl'));
  };

  // Only the people asked about count (a source that answers more does not widen the scope).
  const notShared = calendars.state === 'loaded' ? calendars.value.filter((id) => inScope(id)) : [];
  const now = instantFromEpochMs(source.now().getTime());
  const absencesInScope =
    absences.state === 'loaded'
      ? absences.value.filter((absence) => inScope(absence.personId))
      : [];
  const signals = absenceSignals(absencesInScope, now);
  const absenceText = (absence: OpenAbsence, detail: string) =>
    t('monitoring.signals.absence', {
      name: absence.personName || nameOf(absence.personId),
      team: teamOf.get(absence.personId) ?? noTeam,
      from: formatDate(absence.from, locale),
      detail,
    });

  return (
    <section className={styles.section} aria-labelledby="monitoring-signals-heading">
      <h2 id="monitoring-signals-heading">{t('monitoring.signals.heading')}</h2>
      <div className={styles.signalsGrid}>
        <section aria-labelledby="monitoring-calendars-heading">
          <h3 id="monitoring-calendars-heading">{t('monitoring.signals.calendars.heading')}</h3>
          <p className={styles.definitions}>{t('monitoring.signals.calendars.explain')}</p>
          {calendars.state === 'loading' && (
            <Spinner size="tiny" label={t('monitoring.signals.calendars.loading')} />
          )}
          {calendars.state === 'failed' && (
            <Notice intent="warning">
              {t('monitoring.signals.calendars.failed', {
                message: errorMessage(calendars.error, t),
              })}
            </Notice>
          )}
          {calendars.state === 'loaded' &&
            (notShared.length === 0 ? (
              <p>{t('monitoring.signals.calendars.none')}</p>
            ) : (
              <TableScrollRegion
                label={t('monitoring.signals.calendars.caption', { count: notShared.length })}
              >
                <Table size="small">
                  <caption className={styles.caption}>
                    {t('monitoring.signals.calendars.caption', { count: notShared.length })}
                  </caption>
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell>{t('monitoring.column.team')}</TableHeaderCell>
                      <TableHeaderCell>{t('monitoring.column.count')}</TableHeaderCell>
                      <TableHeaderCell>{t('monitoring.signals.calendars.people')}</TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {calendarsByTeam(notShared).map(([team, ids]) => (
                      <TableRow key={team}>
                        <TableCell>{team}</TableCell>
                        <TableCell className={styles.number}>{ids.length}</TableCell>
                        <TableCell>{ids.map(nameOf).join(', ')}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </TableScrollRegion>
            ))}
        </section>
        <section aria-labelledby="monitoring-no-substitute-heading">
          <h3 id="monitoring-no-substitute-heading">
            {t('monitoring.signals.noSubstitute.heading')}
          </h3>
          {absences.state === 'loading' && (
            <Spinner size="tiny" label={t('monitoring.signals.absences.loading')} />
          )}
          {absences.state === 'failed' && (
            <Notice intent="warning">
              {t('monitoring.signals.absences.failed', {
                message: errorMessage(absences.error, t),
              })}
            </Notice>
          )}
          {absences.state === 'loaded' &&
            (signals.withoutSubstitute.length === 0 ? (
              <p>{t('monitoring.signals.noSubstitute.none')}</p>
            ) : (
              <ul className={styles.list}>
                {signals.withoutSubstitute.map(({ absence, missing }) => (
                  <li key={absence.id}>
                    {absenceText(absence, t(`monitoring.signals.missing.${missing}`))}
                  </li>
                ))}
              </ul>
            ))}
        </section>
        <section aria-labelledby="monitoring-past-end-heading">
          <h3 id="monitoring-past-end-heading">{t('monitoring.signals.pastEnd.heading')}</h3>
          {absences.state === 'loaded' &&
            (signals.pastExpectedEnd.length === 0 ? (
              <p>{t('monitoring.signals.pastEnd.none')}</p>
            ) : (
              <ul className={styles.list}>
                {signals.pastExpectedEnd.map((absence) => (
                  <li key={absence.id}>
                    {absenceText(
                      absence,
                      absence.expectedUntil === 'unknown'
                        ? t('monitoring.signals.endUnknown')
                        : t('monitoring.signals.expectedUntil', {
                            until: formatDate(absence.expectedUntil, locale),
                          }),
                    )}
                  </li>
                ))}
              </ul>
            ))}
        </section>
      </div>
    </section>
  );
}
