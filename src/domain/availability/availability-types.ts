// What the graph layer maps Graph data into (signals), and what the rules answer (availability).
// No Graph DTOs here: raw status strings are accepted and normalised case-insensitively.
import type { Instant, TimeZone, Weekday } from '../time';
import type { WorkingDayCalendar } from '../working-days';
import type {
  AutomaticRepliesStatus,
  PresenceActivity,
  PresenceAvailability,
  ScheduleStatus,
} from './signal-normalizers';

/** How much of a person's calendar the signed-in user may read. 'none': no calendar signal at all. */
export type CalendarAccess = 'details' | 'freeBusy' | 'none';

/** One item of a person's schedule. `status` may be a raw string ('Busy', 'BUSY', 'oof'…). */
export type CalendarItem = {
  start: Instant;
  end: Instant;
  status: ScheduleStatus | (string & {});
  isPrivate: boolean;
  subject?: string;
  location?: string;
};

export type Calendar = {
  access: CalendarAccess;
  items: readonly CalendarItem[];
};

/**
 * A person's working hours: days of the week and a wall-clock start and end ('HH:mm', Exchange's
 * 'HH:mm:ss.fffffff' accepted) in a time zone (IANA; default Europe/Amsterdam). An end at or before
 * the start means the shift runs into the next day (22:00–06:00).
 */
export type WorkingHours = {
  daysOfWeek: readonly (Weekday | (string & {}))[];
  startTime: string;
  endTime: string;
  timeZone?: string;
};

/** Teams presence, raw strings as Graph sends them ('Available', 'InAMeeting'…). */
export type Presence = {
  availability: string;
  activity: string;
  /** `outOfOfficeSettings.isOutOfOffice`. */
  isOutOfOffice: boolean;
};

/** Automatic replies ("out of office" mail), e.g. from getMailTips. */
export type AutomaticReplies = {
  status: AutomaticRepliesStatus | (string & {});
  /** Scheduled window; a missing start means "already started", a missing end "no end known". */
  start?: Instant;
  end?: Instant;
  message?: string;
};

/** Who takes over: a colleague, or a team's general mailbox. */
export type Substitute =
  { kind: 'person'; personId: string } | { kind: 'teamMailbox'; mailbox: string };

/** An absence registered by a team leader in our own list. `kind` (sick, leave…) is for leaders only. */
export type RegisteredAbsence = {
  id: string;
  personId: string;
  from: Instant;
  expectedUntil: Instant | 'unknown';
  /** When the leader ended it (the person is back). */
  endedAt?: Instant;
  kind?: string;
  substituteForCalls?: Substitute;
  substituteForCallbacks?: Substitute;
  noteForFrontOffice?: string;
};

/** Everything known about one person, ready for the rules. `calendar: null` is the same as access 'none'. */
export type AvailabilitySignals = {
  personId: string;
  calendar: Calendar | null;
  workingHours: WorkingHours | null;
  presence: Presence | null;
  automaticReplies: AutomaticReplies | null;
  /** May contain other people's absences; only this person's count. */
  registeredAbsences: readonly RegisteredAbsence[];
};

export type AvailabilityState = 'reachable' | 'busy' | 'absent' | 'unknown';

/** Which rule, and which signal, decided; typed per state. */
export type AvailabilityVerdict =
  | {
      state: 'absent';
      reason:
        | 'registeredAbsence'
        | 'calendarOutOfOffice'
        | 'automaticReplies'
        | 'presenceOutOfOffice'
        | 'outsideWorkingHours';
    }
  | { state: 'busy'; reason: 'presenceBusy' | 'calendarBusy' | 'calendarTentative' }
  | { state: 'reachable'; reason: 'free' }
  | { state: 'unknown'; reason: 'noSignal' };

export type AvailabilityReason = AvailabilityVerdict['reason'];

/** A stretch of time, start inclusive, end exclusive. */
export type TimeSlot = { start: Instant; end: Instant };

/**
 * A calendar item as it may be shown. `visibility: 'hidden'` (free/busy access only, or a private
 * item) never carries a subject or location.
 */
export type CalendarItemView = {
  start: Instant;
  end: Instant;
  status: ScheduleStatus;
  visibility: 'details' | 'hidden';
  subject?: string;
  location?: string;
};

/** Presence nuance shown as detail (away, offline…), normalised. */
export type PresenceDetail = {
  availability: PresenceAvailability;
  activity: PresenceActivity;
};

/** A registered absence as team leaders see it, including the kind (reason). */
export type AbsenceDetail = {
  absenceId: string;
  kind: string | null;
  from: Instant;
  expectedUntil: Instant | 'unknown';
  substituteForCalls: Substitute | null;
  substituteForCallbacks: Substitute | null;
  noteForFrontOffice: string | null;
};

/** A registered absence as agents see it: no kind. */
export type AgentAbsenceDetail = Omit<AbsenceDetail, 'kind'>;

type AvailabilityDetails<Absence> = {
  personId: string;
  /** The instant the answer is for. */
  at: Instant;
  /**
   * Until when the state holds: an instant, 'unknown' (open-ended), or null when the question does
   * not apply (unknown state) or nothing later is known (reachable with no calendar block or hours ahead).
   */
  until: Instant | 'unknown' | null;
  /** First gap of at least 15 minutes inside working hours, at or after `at`, today (Amsterdam); null if none. */
  nextFreeSlot: TimeSlot | null;
  /**
   * 'calendarOnly' when the state is busy by Teams presence with no known end: the slot is free in the
   * calendar, but whether the person is free then is not known.
   */
  nextFreeSlotBasis: 'allSignals' | 'calendarOnly';
  currentItem: CalendarItemView | null;
  nextItem: CalendarItemView | null;
  presenceDetail: PresenceDetail | null;
  /** The automatic reply the person sends now ("Voor spoed: …"), as plain text; null when off. */
  automaticReplyMessage: string | null;
  calendarAccess: CalendarAccess;
  /** Set when a registered absence decided (reason 'registeredAbsence'). */
  absence: Absence | null;
};

/** The full answer, as team leaders may see it (carries the absence kind). */
export type Availability = AvailabilityVerdict & AvailabilityDetails<AbsenceDetail>;

/** The answer as agents see it: never the absence kind. */
export type AgentAvailability = AvailabilityVerdict & AvailabilityDetails<AgentAbsenceDetail>;

/** How the availability rules are applied (defaults suit the front office). */
export type AvailabilityOptions = {
  /** Shortest gap that counts as a free slot. Default 15 minutes. */
  minimumSlotMinutes?: number;
  /** The zone whose calendar day is "today" for the next free slot. Default Europe/Amsterdam. */
  todayTimeZone?: TimeZone;
  /**
   * The organisation's working days: its holidays and closing days are not working days (rule 3, and
   * "until" of an absence). Without it, only the person's working hours count.
   */
  workingDayCalendar?: WorkingDayCalendar;
};
