// Who can call back: the chosen colleague, or — when they cannot call back before the due moment — the
// callback substitute of their absence, else the team's general mailbox (DESIGN.md: "callback
// requests whose owner cannot call back within 2 working days go to a general team mailbox").
// One rule, on the same availability signals and rules as the agent's card.
import { absenceWithin, availabilityAt } from '../availability';
import type { AvailabilitySignals, Substitute } from '../availability';
import type { Instant } from '../time';
import { MINUTE_MS } from '../time';
import type { WorkingDayCalendar } from '../working-days';

/** Working time a colleague needs, free of absence, before the due moment to call back themselves. */
export const MINIMUM_CALLBACK_MINUTES = 60;

/**
 * Where a callback for a colleague should go.
 * - `person`: the colleague can call back before the due moment.
 * - `substitute`: they cannot; their registered absence names a callback substitute.
 * - `teamMailbox`: they cannot, and no callback substitute is known: the team's general mailbox.
 * `absent` says whether they are absent now or only later before the due moment; `back` is when they
 * are really back (as the card says it), 'unknown' when no end is known.
 */
export type CallbackAssigneeProposal =
  | { kind: 'person' }
  | {
      kind: 'substitute';
      substitute: Substitute;
      absent: 'now' | 'beforeDue';
      back: Instant | 'unknown';
    }
  | { kind: 'teamMailbox'; absent: 'now' | 'beforeDue'; back: Instant | 'unknown' };

export type CallbackAssigneeOptions = {
  /** The organisation's holidays and closing days: no one calls back then. */
  workingDayCalendar?: WorkingDayCalendar;
  /** Default {@link MINIMUM_CALLBACK_MINUTES}. */
  minimumCallbackMinutes?: number;
};

/**
 * Who should get a callback for a colleague made at `madeAt` and due at `due`: the colleague when
 * they have at least an hour of working time not covered by any absence signal before the due moment;
 * otherwise the callback substitute of the absence that decides (the one the card shows), else the
 * team's general mailbox.
 * @example callbackAssigneeFor(onLeaveUntilMonday, wednesday1030, fridayEndOfDay)
 * // { kind: 'substitute', substitute: { kind: 'person', personId: 'anna' }, absent: 'now', back: monday0800 }
 */
export const callbackAssigneeFor = (
  signals: AvailabilitySignals,
  madeAt: Instant,
  due: Instant,
  options: CallbackAssigneeOptions = {},
): CallbackAssigneeProposal => {
  const calendarOption =
    options.workingDayCalendar === undefined
      ? {}
      : { workingDayCalendar: options.workingDayCalendar };
  const within = absenceWithin(signals, madeAt, due, calendarOption);
  const minimumMs = (options.minimumCallbackMinutes ?? MINIMUM_CALLBACK_MINUTES) * MINUTE_MS;
  if (within.firstAbsentAt === null || within.workingMsFree >= minimumMs) return { kind: 'person' };

  const absentAt = within.firstAbsentAt;
  const absent = absentAt <= madeAt ? 'now' : 'beforeDue';
  const availability = availabilityAt(signals, absentAt, calendarOption);
  const back =
    availability.state === 'absent' && availability.until !== null ? availability.until : 'unknown';
  const substitute = within.registeredAbsence?.substituteForCallbacks;
  return substitute === undefined
    ? { kind: 'teamMailbox', absent, back }
    : { kind: 'substitute', substitute, absent, back };
};
