// What the coordinator (or a team leader, for their own team) acts on: calendars not shared with details, absences
// without a substitute, absences past their expected end. Loaded on their own, so the figures never wait for them.
import { Spinner } from '@fluentui/react-components';
import { useMemo } from 'react';
import {
  absenceSignals,
  groupByTeam,
  sharingCounts,
  signalScope,
  workingHoursProblem,
} from '../../../domain/figures';
import { instantFromEpochMs } from '../../../domain/time';
import type { OpenAbsence } from '../../../graph/monitoring';
import type { DirectorySnapshot, TeamSummary } from '../../../graph/people';
import { errorMessage, useI18n } from '../../../i18n';
import { useCalendarChecks } from '../api/get-calendar-checks';
import { useOpenAbsences } from '../api/get-open-absences';
import { useMonitoringDataSource } from '../api/monitoring-data-source';
import { formatDate } from '../format-figures';
import { useMonitoringStyles } from '../monitoring.styles';
import type { ReminderTarget } from '../reminders/send-reminders';
import { SharingShare } from './sharing-share';
import { SignalPeople } from './signal-people';
import type { SignalPeopleProps } from './signal-people';
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
  /** 'canSend' for the coordinator (with their id): reminders from the signals, and this week's sharing recorded. */
  reminders?: SignalPeopleProps['reminders'];
};

/** The signals section. */
export function SignalsPanel({
  directory,
  teams,
  people: scope = 'teamMembers',
  reminders = { kind: 'hidden' },
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
  const calendars = useCalendarChecks(refs);
  const absences = useOpenAbsences();

  const nameOf = (id: string) =>
    directory.people.find((person) => person.id === id)?.displayName ?? id;
  const noTeam = t('monitoring.row.noTeam');

  // Only the people asked about count (a source that answers more does not widen the scope).
  const checks = calendars.isSuccess
    ? calendars.data.filter((check) => inScope(check.personId))
    : [];
  const notShared = checks
    .filter((check) => check.sharing === 'freeBusy')
    .map((check) => check.personId);
  // Working hours are judged only where the schedule could be read.
  const noWorkingHours = checks
    .filter(
      (check) => check.sharing !== 'unknown' && workingHoursProblem(check.workingHours) !== null,
    )
    .map((check) => check.personId);
  const targetOf = (id: string): ReminderTarget => {
    const person = directory.people.find((candidate) => candidate.id === id);
    return { id, displayName: person?.displayName ?? id, mail: person?.mail ?? null };
  };
  const stateOf = (ids: readonly string[]): SignalPeopleProps['state'] =>
    calendars.isPending
      ? { kind: 'pending' }
      : calendars.isError
        ? { kind: 'failed', message: errorMessage(calendars.error, t) }
        : {
            kind: 'ready',
            groups: groupByTeam(ids, teamOf, noTeam).map(
              ([team, members]) => [team, members.map(targetOf)] as const,
            ),
          };
  const counts = useMemo(
    () =>
      calendars.isSuccess
        ? sharingCounts(
            new Map(checks.map((check) => [check.personId, check.sharing])),
            teamOf,
            teams.map((team) => team.name),
            noTeam,
          )
        : null,
    // The checks change only with the query's data; teamOf with the teams.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [calendars.data, teams, noTeam],
  );
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
    <>
      <section className={styles.section} aria-labelledby="monitoring-signals-heading">
        <h2 id="monitoring-signals-heading">{t('monitoring.signals.heading')}</h2>
        <div className={styles.signalsGrid}>
          <SignalPeople
            topic="calendarNotShared"
            headingId="monitoring-calendars-heading"
            texts={{
              heading: 'monitoring.signals.calendars.heading',
              explain: 'monitoring.signals.calendars.explain',
              none: 'monitoring.signals.calendars.none',
              caption: 'monitoring.signals.calendars.caption',
            }}
            state={stateOf(notShared)}
            reminders={reminders}
          />
          <SignalPeople
            topic="workingHoursMissing"
            headingId="monitoring-working-hours-heading"
            texts={{
              heading: 'reminders.signal.workingHours.heading',
              explain: 'reminders.signal.workingHours.explain',
              none: 'reminders.signal.workingHours.none',
              caption: 'reminders.signal.workingHours.caption',
            }}
            state={stateOf(noWorkingHours)}
            reminders={reminders}
          />
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
      <SharingShare
        counts={counts}
        recording={reminders.kind === 'canSend' ? 'record' : 'readOnly'}
      />
    </>
  );
}
