// Absences past their expected end: the leader confirms the person is back, or extends the absence.
import { Button } from '@fluentui/react-components';
import type { StoredAbsence } from '../../../graph/absences';
import { useI18n } from '../../../i18n';
import { untilText } from '../absence-text';
import { useTeamAbsencesStyles } from '../team-absences-screen.styles';

/** Props of {@link ConfirmReturns}. */
export type ConfirmReturnsProps = {
  absences: readonly StoredAbsence[];
  nameOf: (personId: string) => string;
  onConfirmBack: (absence: StoredAbsence) => void;
  onExtend: (absence: StoredAbsence) => void;
};

export function ConfirmReturns({ absences, nameOf, onConfirmBack, onExtend }: ConfirmReturnsProps) {
  const styles = useTeamAbsencesStyles();
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <section className={`${styles.section} ${styles.confirm}`} aria-labelledby="absences-confirm">
      <h2 id="absences-confirm" className={styles.sectionTitle}>
        {t('absences.confirm.title')}
      </h2>
      <p>{t('absences.confirm.explain')}</p>
      <ul>
        {absences.map((absence) => {
          const name = nameOf(absence.personId);
          return (
            <li key={absence.id}>
              <p>
                {absence.expectedUntil === 'unknown'
                  ? t('absences.confirm.itemOpen', { name })
                  : t('absences.confirm.item', { name, until: untilText(absence, i18n) })}
              </p>
              <div className={styles.actions}>
                <Button
                  appearance="primary"
                  aria-label={t('absences.action.confirmBack.label', { name })}
                  onClick={() => onConfirmBack(absence)}
                >
                  {t('absences.action.confirmBack')}
                </Button>
                <Button
                  aria-label={t('absences.action.extend.label', { name })}
                  onClick={() => onExtend(absence)}
                >
                  {t('absences.action.extend')}
                </Button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
