// A team member's live state in the leader's team table: word + icon + colour (never colour alone), until
// when, and for a registered absence its reason (leaders may see it; agents never do).
import type { Availability, AvailabilityState } from '../../../domain/availability';
import type { Instant } from '../../../domain/time';
import { instantFromEpochMs, localDateAt, localDatePlusDays } from '../../../domain/time';
import { formatDay, useI18n } from '../../../i18n';
import type { I18n } from '../../../i18n';
import { AvailabilityBadge } from '../../../ui';
import { useMemberStateStyles } from './member-state.styles';

/** A member's live state as the screen knows it. */
export type MemberLiveState =
  | { kind: 'loading' }
  /** The team's signals could not be read at all (offline, throttled beyond retries). */
  | { kind: 'failed' }
  | { kind: 'known'; availability: Availability };

/** Props of {@link MemberState}. */
export type MemberStateProps = {
  state: MemberLiveState;
  /** The reason of the registered absence that decided, in words; null when none or not visible. */
  reasonText: string | null;
  /** The moment the screen shows (for "today" in the until text). */
  now: Date;
};

/**
 * Until when the state holds, worded as on the agent's card: absent reads as the moment the person is back
 * ("terug om 14:30", "terug morgen 08:30", "terug do 3 dec, 08:30"); otherwise "tot 14:30", "tot morgen
 * 09:00", "tot do 3 dec, 09:00"; "einde onbekend"; null when nothing is known. The year only when not this year's.
 * @example memberUntilText(i18n, 'busy', at('2026-03-30T14:30+02:00'), at('2026-03-30T10:00+02:00')) // 'tot 14:30'
 */
export function memberUntilText(
  i18n: Pick<I18n, 't' | 'formatTime' | 'locale'>,
  state: AvailabilityState,
  until: Instant | 'unknown' | null,
  now: Instant,
): string | null {
  if (until === null) return null;
  if (until === 'unknown') return i18n.t('absences.live.until.unknown');
  const date = new Date(until);
  const day = localDateAt(until);
  const today = localDateAt(now);
  const time = i18n.formatTime(date);
  const back = state === 'absent';
  if (day === today)
    return i18n.t(back ? 'absences.live.back.time' : 'absences.live.until.time', { time });
  if (day === localDatePlusDays(today, 1))
    return i18n.t(back ? 'absences.live.back.tomorrow' : 'absences.live.until.tomorrow', { time });
  const dayWords = formatDay(
    date,
    i18n.locale,
    day.slice(0, 4) === today.slice(0, 4) ? 'withoutYear' : 'withYear',
  );
  return i18n.t(back ? 'absences.live.back.date' : 'absences.live.until.date', {
    day: dayWords,
    time,
  });
}

/** See the module comment. */
export function MemberState({ state, reasonText, now }: MemberStateProps) {
  const styles = useMemberStateStyles();
  const i18n = useI18n();
  const { t } = i18n;
  if (state.kind === 'loading')
    return <span className={styles.detail}>{t('absences.live.loading')}</span>;
  const availability = state.kind === 'known' ? state.availability : null;
  const which: AvailabilityState = availability?.state ?? 'unknown';
  const until =
    availability === null
      ? null
      : memberUntilText(
          i18n,
          availability.state,
          availability.until,
          instantFromEpochMs(now.getTime()),
        );
  return (
    <span className={styles.root} data-state={which}>
      <AvailabilityBadge state={which} />
      {until !== null ? <span>{until}</span> : null}
      {reasonText !== null ? (
        <span className={styles.detail}>{t('absences.live.reason', { reason: reasonText })}</span>
      ) : null}
      {state.kind === 'failed' ? (
        <span className={styles.detail}>{t('absences.live.failed')}</span>
      ) : null}
    </span>
  );
}
