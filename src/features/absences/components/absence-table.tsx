// One phase of a team's absences (current, upcoming, past) as a table, with its actions. Ending asks first: it
// cannot be undone from this screen.
import { Button } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { PersonSummary } from '../../../domain/people';
import type { StoredAbsence } from '../../../graph/absences';
import { useI18n } from '../../../i18n';
import { kindText, substituteText, untilText } from '../absence-text';
import { useTeamAbsencesStyles } from '../team-absences-screen.styles';

/** Props of {@link AbsenceTable}. */
export type AbsenceTableProps = {
  absences: readonly StoredAbsence[];
  /** Which actions a row offers: 'current' all, 'upcoming' changing only, 'past' none. */
  actions: 'current' | 'upcoming' | 'past';
  peopleById: ReadonlyMap<string, PersonSummary>;
  nameOf: (personId: string) => string;
  onEdit: (absence: StoredAbsence) => void;
  /** Called once the leader confirmed "weer aanwezig". */
  onEnd: (absence: StoredAbsence) => void;
  /** Null where handing over callbacks is not offered. */
  onHandOver: ((absence: StoredAbsence) => void) | null;
};

export function AbsenceTable({
  absences,
  actions,
  peopleById,
  nameOf,
  onEdit,
  onEnd,
  onHandOver,
}: AbsenceTableProps) {
  const styles = useTeamAbsencesStyles();
  const i18n = useI18n();
  const { t } = i18n;
  // The absence whose "Weer aanwezig" waits for a confirmation.
  const [confirmingEnd, setConfirmingEnd] = useState<string | null>(null);
  const confirmEndRef = useRef<HTMLButtonElement>(null);
  const endButtons = useRef(new Map<string, HTMLButtonElement>());
  // After "Annuleren", focus goes back to that absence's "Weer aanwezig" (rendered again by then).
  const refocusEndOf = useRef<string | null>(null);
  useEffect(() => {
    if (confirmingEnd !== null) confirmEndRef.current?.focus();
    else if (refocusEndOf.current !== null) {
      endButtons.current.get(refocusEndOf.current)?.focus();
      refocusEndOf.current = null;
    }
  }, [confirmingEnd]);

  const header = (key: Parameters<typeof t>[0]) => (
    <th role="columnheader" className={styles.cell} scope="col">
      {t(key)}
    </th>
  );

  return (
    <table role="table" className={styles.table}>
      <thead role="rowgroup">
        <tr role="row">
          {header('absences.column.person')}
          {header('absences.field.kind')}
          {header('absences.field.from')}
          {header('absences.field.until')}
          {header('absences.column.substitutes')}
          {actions === 'past' ? null : header('absences.column.actions')}
        </tr>
      </thead>
      <tbody role="rowgroup">
        {absences.map((absence) => {
          const name = nameOf(absence.personId);
          return (
            <tr role="row" key={absence.id}>
              <th role="rowheader" className={styles.cell} scope="row">
                {name}
              </th>
              <td role="cell" data-label={t('absences.field.kind')} className={styles.cell}>
                {kindText(absence.kind, t)}
              </td>
              <td role="cell" data-label={t('absences.field.from')} className={styles.cell}>
                {i18n.formatDateTime(new Date(absence.from))}
              </td>
              <td role="cell" data-label={t('absences.field.until')} className={styles.cell}>
                {absence.endedAt !== null
                  ? t('absences.endedAt', { at: i18n.formatDateTime(new Date(absence.endedAt)) })
                  : untilText(absence, i18n)}
              </td>
              <td role="cell" data-label={t('absences.column.substitutes')} className={styles.cell}>
                {t('absences.substitutes', {
                  calls: substituteText(absence.substituteForCalls, peopleById, t),
                  callbacks: substituteText(absence.substituteForCallbacks, peopleById, t),
                })}
                {absence.noteForFrontOffice ? (
                  <div className={styles.muted}>{absence.noteForFrontOffice}</div>
                ) : null}
              </td>
              {actions === 'past' ? null : (
                <td role="cell" className={styles.cell}>
                  <div className={styles.actions}>
                    <Button
                      size="small"
                      aria-label={t('absences.action.edit.label', { name })}
                      onClick={() => onEdit(absence)}
                    >
                      {t('absences.action.edit')}
                    </Button>
                    {actions === 'current' && confirmingEnd === absence.id ? (
                      <div
                        role="group"
                        aria-label={t('absences.end.confirm.label', { name })}
                        className={styles.actions}
                      >
                        <span>{t('absences.end.confirm.question', { name })}</span>
                        <Button
                          size="small"
                          appearance="primary"
                          ref={confirmEndRef}
                          onClick={() => {
                            setConfirmingEnd(null);
                            onEnd(absence);
                          }}
                        >
                          {t('absences.end.confirm.yes', { name })}
                        </Button>
                        <Button
                          size="small"
                          onClick={() => {
                            refocusEndOf.current = absence.id;
                            setConfirmingEnd(null);
                          }}
                        >
                          {t('absences.end.confirm.no')}
                        </Button>
                      </div>
                    ) : null}
                    {actions === 'current' && confirmingEnd !== absence.id ? (
                      <Button
                        size="small"
                        ref={(element: HTMLButtonElement | null) => {
                          if (element) endButtons.current.set(absence.id, element);
                          else endButtons.current.delete(absence.id);
                        }}
                        aria-label={t('absences.action.end.label', { name })}
                        onClick={() => setConfirmingEnd(absence.id)}
                      >
                        {t('absences.action.end')}
                      </Button>
                    ) : null}
                    {actions === 'current' &&
                    onHandOver !== null &&
                    absence.substituteForCallbacks !== null ? (
                      <Button
                        size="small"
                        aria-label={t('absences.action.handOverCallbacks.label', { name })}
                        onClick={() => onHandOver(absence)}
                      >
                        {t('absences.action.handOverCallbacks')}
                      </Button>
                    ) : null}
                  </div>
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
