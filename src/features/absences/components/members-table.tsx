// The chosen team's members with their live state (word, icon and colour), and "Afwezigheid melden" per member.
import { Button } from '@fluentui/react-components';
import { decidingAbsence } from '../../../domain/absences';
import type { PersonSummary } from '../../../domain/people';
import type { StoredAbsence } from '../../../graph/absences';
import { useI18n } from '../../../i18n';
import { kindText, untilText } from '../absence-text';
import { useTeamAbsencesStyles } from '../team-absences-screen.styles';
import { MemberState } from './member-state';
import type { MemberLiveState } from './member-state';

/** Props of {@link MembersTable}. */
export type MembersTableProps = {
  members: readonly PersonSummary[];
  /** The team's absences, to name the reason of the registered absence that decided a live state. */
  absences: readonly StoredAbsence[];
  /** The current absence of a member, if any (shown when the live state cannot be read). */
  currentOf: (personId: string) => StoredAbsence | undefined;
  liveStateOf: (personId: string) => MemberLiveState;
  now: Date;
  onRegister: (member: PersonSummary) => void;
};

export function MembersTable({
  members,
  absences,
  currentOf,
  liveStateOf,
  now,
  onRegister,
}: MembersTableProps) {
  const styles = useTeamAbsencesStyles();
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <section className={styles.section} aria-labelledby="absences-members">
      <h2 id="absences-members" className={styles.sectionTitle}>
        {t('absences.members.title', { count: members.length })}
      </h2>
      <table role="table" className={styles.table}>
        <thead role="rowgroup">
          <tr role="row">
            <th role="columnheader" className={styles.cell} scope="col">
              {t('absences.column.person')}
            </th>
            <th role="columnheader" className={styles.cell} scope="col">
              {t('absences.column.jobTitle')}
            </th>
            <th role="columnheader" className={styles.cell} scope="col">
              {t('absences.column.state')}
            </th>
            <th role="columnheader" className={styles.cell} scope="col">
              {t('absences.column.actions')}
            </th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {members.map((member) => {
            const absence = currentOf(member.id);
            const liveState = liveStateOf(member.id);
            // The reason is the leader's to see: from the registered absence that decided the live state.
            const deciding = decidingAbsence(
              liveState.kind === 'known' ? liveState.availability : null,
              absences,
              absence,
            );
            return (
              <tr role="row" key={member.id}>
                <th role="rowheader" className={styles.cell} scope="row">
                  {member.displayName}
                </th>
                <td role="cell" data-label={t('absences.column.jobTitle')} className={styles.cell}>
                  {member.jobTitle ?? ''}
                </td>
                <td role="cell" data-label={t('absences.column.state')} className={styles.cell}>
                  {liveState.kind === 'failed' ? (
                    // Without live signals, what is registered is still worth showing.
                    absence ? (
                      <span className={styles.absent}>
                        {absence.expectedUntil === 'unknown'
                          ? t('absences.state.absentOpen')
                          : t('absences.state.absentUntil', { until: untilText(absence, i18n) })}
                      </span>
                    ) : (
                      <span className={styles.muted}>{t('absences.state.noAbsence')}</span>
                    )
                  ) : null}
                  <MemberState
                    state={liveState}
                    reasonText={
                      deciding !== undefined
                        ? kindText(deciding.kind, t)
                        : // Absent by another signal: say which ("buiten werktijd" in the evening).
                          liveState.kind === 'known' && liveState.availability.state === 'absent'
                          ? t(`availability.reason.${liveState.availability.reason}`)
                          : null
                    }
                    now={now}
                  />
                </td>
                <td role="cell" className={styles.cell}>
                  <Button
                    size="small"
                    aria-label={t('absences.action.register.label', { name: member.displayName })}
                    onClick={() => onRegister(member)}
                  >
                    {t('absences.action.register')}
                  </Button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
