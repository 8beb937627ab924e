// What the front office sees of a colleague's availability, the same on the agent's card and on the colleague's
// own "Mijn bereikbaarheid": the state with until when, and the facts (why, next free slot, the current and next
// appointment as far as visible, the automatic reply, how the calendar is shared, Teams presence).
import type { AgentAvailability } from '../../domain/availability';
import { useI18n } from '../../i18n';
import type { AvailabilityBadgeState } from '../availability-badge/availability-badge';
import { AvailabilityBadge } from '../availability-badge/availability-badge';
import { useAvailabilityFactsStyles } from './availability-facts.styles';
import { itemText, reasonText, slotText, untilText } from './format-availability';

/** A person's status as shown: still loading, the read failed, or known (maybe from an earlier read). */
export type AvailabilityStatus =
  | { kind: 'loading' }
  | { kind: 'failed' }
  | { kind: 'known'; availability: AgentAvailability; calendarNotShared: boolean };

/** Props of {@link AvailabilityVerdict} and {@link AvailabilityFactList}. */
export type AvailabilityFactsProps = {
  status: AvailabilityStatus;
  /** The screen's clock, for "tot 14:30" versus "tot morgen 08:30". */
  now: Date;
};

/** The badge for a status (a failed read shows "Onbekend"). */
export function badgeStateOf(status: AvailabilityStatus): AvailabilityBadgeState {
  if (status.kind === 'loading') return 'loading';
  return status.kind === 'known' ? status.availability.state : 'unknown';
}

/** The large state badge and until when ("Bezet · tot 14:30"). */
export function AvailabilityVerdict({ status, now }: AvailabilityFactsProps) {
  const styles = useAvailabilityFactsStyles();
  const i18n = useI18n();
  const until = status.kind === 'known' ? untilText(i18n, status.availability, now) : null;
  return (
    <div className={styles.verdict}>
      <AvailabilityBadge state={badgeStateOf(status)} size="large" />
      {until === null ? null : <span className={styles.until}>{until}</span>}
    </div>
  );
}

/** The facts as a description list: why, next free slot, appointments, automatic reply, calendar, presence. */
export function AvailabilityFactList({ status, now }: AvailabilityFactsProps) {
  const styles = useAvailabilityFactsStyles();
  const i18n = useI18n();
  const { t } = i18n;
  if (status.kind !== 'known') {
    return (
      <dl className={styles.facts}>
        {status.kind === 'failed' ? (
          <>
            <dt>{t('availability.card.why')}</dt>
            <dd>{t('availability.state.failed')}</dd>
          </>
        ) : null}
      </dl>
    );
  }
  const { availability } = status;
  return (
    <dl className={styles.facts}>
      <dt>{t('availability.card.why')}</dt>
      <dd>{reasonText(i18n, availability)}</dd>
      <dt>{t('availability.card.nextFree')}</dt>
      <dd>
        {availability.nextFreeSlot === null
          ? t('availability.card.nextFree.none')
          : slotText(i18n, availability.nextFreeSlot, now, availability.nextFreeSlotBasis)}
      </dd>
      {availability.currentItem === null ? null : (
        <>
          <dt>{t('availability.card.currentItem')}</dt>
          <dd>{itemText(i18n, availability.currentItem, now)}</dd>
        </>
      )}
      {availability.nextItem === null ? null : (
        <>
          <dt>{t('availability.card.nextItem')}</dt>
          <dd>{itemText(i18n, availability.nextItem, now)}</dd>
        </>
      )}
      {availability.automaticReplyMessage === null ? null : (
        <>
          <dt>{t('availability.card.automaticReply')}</dt>
          <dd>
            {/* Text only: React escapes it, and the domain made it plain text. */}
            <p className={styles.note}>{availability.automaticReplyMessage}</p>
          </dd>
        </>
      )}
      <dt>{t('availability.card.calendar')}</dt>
      <dd>
        {status.calendarNotShared ? (
          <span className={styles.notShared}>{t('availability.card.calendar.notShared')}</span>
        ) : availability.calendarAccess === 'none' ? (
          t('availability.card.calendar.none')
        ) : (
          t('availability.card.calendar.shared')
        )}
      </dd>
      {availability.presenceDetail === null ? null : (
        <>
          <dt>{t('availability.card.presence')}</dt>
          <dd>{t(`availability.presence.${availability.presenceDetail.availability}`)}</dd>
        </>
      )}
    </dl>
  );
}
