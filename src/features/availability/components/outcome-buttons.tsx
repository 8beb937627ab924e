// The outcome buttons on a colleague's card and on a team, each with its shortcut key shown, and the notice of the
// last outcome with "Ongedaan maken"; "Zelf beantwoord" on the search screen.
import { Button } from '@fluentui/react-components';
import type { ContactOutcome } from '../../../domain/contacts';
import { formatTime, useI18n } from '../../../i18n';
import type { OutcomeKey } from '../outcome-keys';
import { SELF_ANSWERED_KEY, TRANSFER_OUTCOME_KEYS } from '../outcome-keys';
import type { LastOutcome } from '../use-outcomes';
import { useOutcomeStyles } from './outcome-buttons.styles';

function OutcomeButton({
  outcomeKey,
  onRecord,
}: {
  outcomeKey: OutcomeKey;
  onRecord: (outcome: ContactOutcome) => void;
}) {
  const styles = useOutcomeStyles();
  const { t } = useI18n();
  return (
    <Button aria-keyshortcuts={outcomeKey.label} onClick={() => onRecord(outcomeKey.outcome)}>
      {t(`contacts.outcome.${outcomeKey.outcome}`)}
      <kbd className={styles.shortcut}>{outcomeKey.label}</kbd>
    </Button>
  );
}

/** Props of {@link OutcomeButtons}. */
export type OutcomeButtonsProps = {
  /** The colleague's or team's name, for the group's name. */
  name: string;
  onRecord: (outcome: ContactOutcome) => void;
};

/** Opgenomen, Vervanger nam op, Niet opgenomen → terugbelverzoek, Niet opgenomen (geen verzoek). */
export function OutcomeButtons({ name, onRecord }: OutcomeButtonsProps) {
  const styles = useOutcomeStyles();
  const { t } = useI18n();
  return (
    <div
      role="group"
      aria-label={t('contacts.outcomes.groupFor', { name })}
      className={styles.group}
    >
      <span className={styles.legend} aria-hidden="true">
        {t('contacts.outcomes.group')}
      </span>
      <div className={styles.buttons}>
        {TRANSFER_OUTCOME_KEYS.map((key) => (
          <OutcomeButton key={key.outcome} outcomeKey={key} onRecord={onRecord} />
        ))}
      </div>
      <span className={styles.hint}>{t('contacts.outcomes.hint')}</span>
    </div>
  );
}

/** "Zelf beantwoord": the front office answered without putting through (counted apart). */
export function SelfAnsweredButton({ onRecord }: { onRecord: (outcome: ContactOutcome) => void }) {
  const styles = useOutcomeStyles();
  const { t } = useI18n();
  return (
    <div className={styles.self}>
      <OutcomeButton outcomeKey={SELF_ANSWERED_KEY} onRecord={onRecord} />
      <span className={styles.hint}>{t('contacts.selfAnswered.hint')}</span>
    </div>
  );
}

/** The last outcome, as a live region, with "Ongedaan maken" while its minute lasts. */
export function OutcomeNotice({ last, onUndo }: { last: LastOutcome | null; onUndo: () => void }) {
  const styles = useOutcomeStyles();
  const { t, locale } = useI18n();
  const outcome = last === null ? '' : t(`contacts.outcome.${last.outcome}`);
  const text =
    last === null
      ? ''
      : last.state === 'undone'
        ? t('contacts.undone', { outcome, name: last.label })
        : last.state === 'tooLate'
          ? t('contacts.undo.tooLate')
          : `${
              last.outcome === 'selfAnswered'
                ? t('contacts.recorded.self')
                : t('contacts.recorded', { outcome, name: last.label })
            } ${t('contacts.undo.until', { time: formatTime(new Date(last.undoUntil), locale) })}`;
  return (
    <div className={styles.notice}>
      <span role="status">{text}</span>
      {last !== null && last.state === 'recorded' ? (
        <Button size="small" onClick={onUndo}>
          {t('contacts.undo')}
        </Button>
      ) : null}
    </div>
  );
}
