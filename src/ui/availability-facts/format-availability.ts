// Words for availability answers: until when, why, slots and appointments, in the user's language
// and Europe/Amsterdam time.
import type {
  AgentAvailability,
  CalendarItemView,
  ScheduleStatus,
  TimeSlot,
} from '../../domain/availability';
import type { Instant, LocalDate } from '../../domain/time';
import { localDateAt, localDatePlusDays, startOfLocalDate } from '../../domain/time';
import { formatDay } from '../../i18n';
import type { I18n, MessageKey } from '../../i18n';

type Words = Pick<I18n, 't' | 'formatTime' | 'formatDateTime' | 'locale'>;

function instantOf(date: Date): Instant {
  return date.getTime() as Instant;
}

/** "do 3 dec", with the year when it is not this year's. */
function dayText(words: Words, instant: Instant, now: Date): string {
  const year = (date: LocalDate) => date.slice(0, 4);
  return formatDay(
    new Date(instant),
    words.locale,
    year(localDateAt(instant)) === year(localDateAt(instantOf(now))) ? 'withoutYear' : 'withYear',
  );
}

/**
 * Until when the state holds, as the agent says it to the citizen. Absent: the moment the person is
 * really back ("terug om 14:30", "terug morgen 08:30", "terug do 3 dec, 08:30", "einde onbekend");
 * busy by Teams presence alone: "onbekend hoe lang (Teams-status)"; otherwise "tot 14:30",
 * "tot morgen 08:30", "tot do 3 dec, 08:30". Null when it does not apply.
 * @example untilText(words, { state: 'busy', reason: 'calendarBusy', until: t1430 }, now) // 'tot 14:30'
 */
export function untilText(
  words: Words,
  availability: Pick<AgentAvailability, 'state' | 'reason' | 'until'>,
  now: Date,
): string | null {
  const { until } = availability;
  if (until === null) return null;
  if (until === 'unknown')
    return words.t(
      availability.reason === 'presenceBusy'
        ? 'availability.until.unknownHowLong'
        : 'availability.until.unknown',
    );
  const back = availability.state === 'absent';
  const today = localDateAt(instantOf(now));
  const day = localDateAt(until);
  const time = words.formatTime(new Date(until));
  if (day === today)
    return words.t(back ? 'availability.back.time' : 'availability.until.time', { time });
  if (day === localDatePlusDays(today, 1))
    return words.t(back ? 'availability.back.tomorrow' : 'availability.until.tomorrow', { time });
  return words.t(back ? 'availability.back.date' : 'availability.until.date', {
    day: dayText(words, until, now),
    time,
  });
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
export function reasonText(
  words: Words,
  availability: Pick<AgentAvailability, 'reason' | 'presenceDetail' | 'calendarAccess'>,
): string {
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

/**
 * A free slot: "nu – 23:30" when it has begun, "10:00–12:00" otherwise; marked "volgens de agenda"
 * when only the calendar says it is free (busy by Teams presence, end unknown).
 * @example slotText(words, { start: 10:00, end: 12:00 }, at0900, 'allSignals') // '10:00–12:00'
 */
export function slotText(
  words: Words,
  slot: TimeSlot,
  now: Date,
  basis: AgentAvailability['nextFreeSlotBasis'],
): string {
  const end = words.formatTime(new Date(slot.end));
  const text =
    slot.start <= now.getTime()
      ? words.t('availability.card.nextFree.fromNow', { end })
      : words.t('availability.card.nextFree.slot', {
          start: words.formatTime(new Date(slot.start)),
          end,
        });
  return basis === 'calendarOnly'
    ? words.t('availability.card.nextFree.calendarOnly', { slot: text })
    : text;
}

/** When an item is: times today, the day otherwise, whole days as days (never "00:00–00:00"). */
function whenText(words: Words, item: CalendarItemView, now: Date): string {
  const today = localDateAt(instantOf(now));
  const startDay = localDateAt(item.start);
  const endDay = localDateAt(item.end);
  const allDay = startOfLocalDate(startDay) === item.start && startOfLocalDate(endDay) === item.end;
  if (allDay) {
    const lastDay = localDatePlusDays(endDay, -1);
    if (lastDay <= startDay)
      return startDay === today
        ? words.t('availability.card.item.when.allDayToday')
        : words.t('availability.card.item.when.allDay', {
            day: dayText(words, item.start, now),
          });
    return words.t('availability.card.item.when.days', {
      from: dayText(words, item.start, now),
      to: dayText(words, startOfLocalDate(lastDay), now),
    });
  }
  const start = words.formatTime(new Date(item.start));
  const end = words.formatTime(new Date(item.end));
  if (startDay !== endDay)
    return words.t('availability.card.item.when.span', {
      from: dayText(words, item.start, now),
      start,
      to: dayText(words, item.end, now),
      end,
    });
  if (startDay === today) return words.t('availability.card.item.when.time', { start, end });
  return words.t('availability.card.item.when.dayTime', {
    day: dayText(words, item.start, now),
    start,
    end,
  });
}

/** What a hidden item is, by its free/busy status: only busy items are "afspraak". */
const hiddenItemKeys: Readonly<Record<ScheduleStatus, MessageKey>> = {
  busy: 'availability.card.item.hidden',
  unknown: 'availability.card.item.hidden',
  tentative: 'availability.card.item.hidden.tentative',
  oof: 'availability.card.item.hidden.oof',
  workingElsewhere: 'availability.card.item.workingElsewhere',
  free: 'availability.card.item.free',
};

/** A visible subject, marked when the item does not block (tentative, working elsewhere, free). */
const subjectKeys: Readonly<Record<ScheduleStatus, MessageKey>> = {
  busy: 'availability.card.item',
  unknown: 'availability.card.item',
  oof: 'availability.card.item',
  tentative: 'availability.card.item.tentative',
  workingElsewhere: 'availability.card.item.subjectWorkingElsewhere',
  free: 'availability.card.item.subjectFree',
};

/**
 * An appointment: when (the day when not today; whole days as days), then the subject when visible
 * (never for private or free/busy-only items), or what kind of item it is.
 * @example itemText(words, hiddenBusy1300to1400Today, now) // '13:00–14:00 afspraak (details niet zichtbaar)'
 */
export function itemText(words: Words, item: CalendarItemView, now: Date): string {
  const when = whenText(words, item, now);
  return item.visibility === 'details' && item.subject !== undefined && item.subject !== ''
    ? words.t(subjectKeys[item.status], { when, subject: item.subject })
    : words.t(hiddenItemKeys[item.status], { when });
}
