// Words for availability answers: until when, why, slots and appointments, in the user's language
// and Europe/Amsterdam time.
import type { AgentAvailability, CalendarItemView, TimeSlot } from '../../domain/availability';
import type { Instant } from '../../domain/time';
import { localDateAt, localDatePlusDays } from '../../domain/time';
import type { I18n, MessageKey } from '../../i18n';

type Words = Pick<I18n, 't' | 'formatTime' | 'formatDateTime'>;

/**
 * "tot 14:30", "tot morgen 08:30", "tot di 31 mrt 2026 08:30", "tot onbekend"; null when it does not apply.
 * @example untilText(words, busyUntil1430, now) // 'tot 14:30'
 */
export function untilText(
  words: Words,
  until: Instant | 'unknown' | null,
  now: Date,
): string | null {
  if (until === null) return null;
  if (until === 'unknown') return words.t('availability.until.unknown');
  const date = new Date(until);
  const today = localDateAt(instantOf(now));
  const day = localDateAt(until);
  const time = words.formatTime(date);
  if (day === today) return words.t('availability.until.time', { time });
  if (day === localDatePlusDays(today, 1)) return words.t('availability.until.tomorrow', { time });
  return words.t('availability.until.date', { date: words.formatDateTime(date) });
}

function instantOf(date: Date): Instant {
  return date.getTime() as Instant;
}

const presenceBusyReasons: Readonly<Record<string, MessageKey>> = {
  inACall: 'availability.reason.presenceInACall',
  inAConferenceCall: 'availability.reason.presenceInACall',
  inAMeeting: 'availability.reason.presenceInAMeeting',
  presenting: 'availability.reason.presencePresenting',
  doNotDisturb: 'availability.reason.presenceDoNotDisturb',
};

/**
 * Why the state holds, translated: "in een vergadering (agenda)", "Teams: in gesprek", "buiten werktijd"…
 * Never the kind of a registered absence.
 */
export function reasonText(words: Words, availability: AgentAvailability): string {
  switch (availability.reason) {
    case 'presenceBusy': {
      const detail = availability.presenceDetail;
      const key =
        (detail && presenceBusyReasons[detail.activity]) ??
        (detail && presenceBusyReasons[detail.availability]) ??
        'availability.reason.presenceBusy';
      return words.t(key);
    }
    case 'free':
      return words.t(
        availability.calendarAccess === 'none'
          ? 'availability.reason.freePresence'
          : 'availability.reason.free',
      );
    default:
      return words.t(`availability.reason.${availability.reason}`);
  }
}

/** @example slotText(words, { start: 10:00, end: 12:00 }) // '10:00–12:00' */
export function slotText(words: Words, slot: TimeSlot): string {
  return words.t('availability.card.nextFree.slot', {
    start: words.formatTime(new Date(slot.start)),
    end: words.formatTime(new Date(slot.end)),
  });
}

/** An appointment: subject when visible, never for private or free/busy-only items; the date when not today. */
export function itemText(words: Words, item: CalendarItemView, now: Date): string {
  const today = localDateAt(instantOf(now));
  const start =
    localDateAt(item.start) === today
      ? words.formatTime(new Date(item.start))
      : words.formatDateTime(new Date(item.start));
  const end = words.formatTime(new Date(item.end));
  return item.visibility === 'details' && item.subject !== undefined && item.subject !== ''
    ? words.t('availability.card.item', { start, end, subject: item.subject })
    : words.t('availability.card.item.hidden', { start, end });
}
