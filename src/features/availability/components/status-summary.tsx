import { useI18n } from '../../../i18n';
import { reasonText, untilText } from '../../../ui';
import type { PersonStatus } from '../person-status';
import { StateBadge } from './state-badge';
import { useStatusSummaryStyles } from './status-summary.styles';

/** Props of {@link StatusSummary}. */
export type StatusSummaryProps = {
  status: PersonStatus;
  /** The screen's clock, for "tot 14:30" versus "tot morgen 08:30". */
  now: Date;
};

/** One line: state word with icon, until when, and why ("Bezet tot 14:30 · Teams: in gesprek"). */
export function StatusSummary({ status, now }: StatusSummaryProps) {
  const styles = useStatusSummaryStyles();
  const i18n = useI18n();
  const until = status.kind === 'known' ? untilText(i18n, status.availability, now) : null;
  const reason =
    status.kind === 'known'
      ? reasonText(i18n, status.availability)
      : status.kind === 'failed'
        ? i18n.t('availability.state.failed')
        : null;
  return (
    <span className={styles.root}>
      <StateBadge status={status} />
      {until === null ? null : <span className={styles.until}>{until}</span>}
      {reason === null ? null : <span className={styles.reason}>{reason}</span>}
    </span>
  );
}
