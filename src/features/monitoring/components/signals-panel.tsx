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
import { absenceSignals, groupByTeam, signalScope } from '../../../domain/figures';
import { instantFromEpochMs } from '../../../domain/time';
import type { OpenAbsence } from '../../../graph/monitoring';
import type { DirectorySnapshot, TeamSummary } from '../../../graph/people';
import { errorMessage, useI18n } from '../../../i18n';
import { useCalendarsNotShared } from '../api/get-calendars-not-shared';
import { useOpenAbsences } from '../api/get-open-absences';
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

/** The signals section. */
export function SignalsPanel({
  directory,
  teams,
  people: scope = 'teamMembers',
}: SignalsPanelProps) {
  const { t, locale } = useI18n();
  const styles = useMonitoringStyles();
  const source = useMonitoringDataSource();
  const { teamOf, includes: inScope } = signalScope(teams, scope);
  const people = directory.people.filter((person) => inScope(person.id));
  // Only people with a mailbox have a schedule to ask about (the read is keyed by their ids).
  const refs = people
    .filter((person) => person.mail !== null)
    .map((person) => ({ id: person.id, mail: person.mail as string }));
  const calendars = useCalendarsNotShared(refs);
  const absences = useOpenAbsences();

  const nameOf = (id: string) =>
    directory.people.find((person) => person.id === id)?.displayName ?? id;
  const noTeam = t('monitoring.row.noTeam');

  // Only the people asked about count (a source that answers more does not widen the scope).
  const notShared = calendars.isSuccess ? calendars.data.filter((id) => inScope(id)) : [];
  const now = instantFromEpochMs(source.now().getTime());
  const absencesInScope = absences.isSuccess
    ? absences.data.filter((absence) => inScope(absence.personId))
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
          {calendars.isPending && (
            <Spinner size="tiny" label={t('monitoring.signals.calendars.loading')} />
          )}
          {calendars.isError && (
            <Notice intent="warning">
              {t('monitoring.signals.calendars.failed', {
                message: errorMessage(calendars.error, t),
              })}
            </Notice>
          )}
          {calendars.isSuccess &&
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
                    {groupByTeam(notShared, teamOf, noTeam).map(([team, ids]) => (
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
          {absences.isPending && (
            <Spinner size="tiny" label={t('monitoring.signals.absences.loading')} />
          )}
          {absences.isError && (
            <Notice intent="warning">
              {t('monitoring.signals.absences.failed', {
                message: errorMessage(absences.error, t),
              })}
            </Notice>
          )}
          {absences.isSuccess &&
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
          {absences.isSuccess &&
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
