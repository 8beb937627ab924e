// Builders for availability tests (test-only; pure).
import type { Instant } from '../time';
import { instantFromIso } from '../time';
import type {
  AutomaticReplies,
  AvailabilitySignals,
  CalendarItem,
  Presence,
  RegisteredAbsence,
  WorkingHours,
} from './availability-types';

/** An instant from ISO text; throws on bad input (tests only). */
export const at = (iso: string): Instant => {
  const instant = instantFromIso(iso);
  if (instant === null) throw new Error(`not an ISO instant with offset: ${iso}`);
  return instant;
};

/** Monday 30 March 2026, Amsterdam summer time (+02:00), at HH:mm. */
export const monday = (hhmm: string): Instant => at(`2026-03-30T${hhmm}:00+02:00`);

export const officeHours: WorkingHours = {
  daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
  startTime: '08:00',
  endTime: '17:00',
  timeZone: 'Europe/Amsterdam',
};

export const item = (
  start: Instant,
  end: Instant,
  status: string,
  extra: Partial<Omit<CalendarItem, 'start' | 'end' | 'status'>> = {},
): CalendarItem => ({ start, end, status, isPrivate: false, ...extra });

export const presence = (
  availability: string,
  activity = availability,
  isOutOfOffice = false,
): Presence => ({
  availability,
  activity,
  isOutOfOffice,
});

export const replies = (status: string, start?: Instant, end?: Instant): AutomaticReplies => ({
  status,
  ...(start !== undefined ? { start } : {}),
  ...(end !== undefined ? { end } : {}),
});

export const absence = (
  from: Instant,
  expectedUntil: Instant | 'unknown',
  extra: Partial<RegisteredAbsence> = {},
): RegisteredAbsence => ({
  id: 'a1',
  personId: 'p1',
  from,
  expectedUntil,
  ...extra,
});

/** Signals for person p1 with nothing known, overridden by `partial`. */
export const signals = (partial: Partial<AvailabilitySignals> = {}): AvailabilitySignals => ({
  personId: 'p1',
  calendar: null,
  workingHours: null,
  presence: null,
  automaticReplies: null,
  registeredAbsences: [],
  ...partial,
});

/** Signals with a readable calendar (details) holding `items`. */
export const withItems = (
  items: CalendarItem[],
  partial: Partial<AvailabilitySignals> = {},
): AvailabilitySignals =>
  signals({ calendar: { access: 'details', items }, workingHours: officeHours, ...partial });
