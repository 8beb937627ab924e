// From fetched signals to what the screen shows for a person, at the screen's clock.
import type { AvailabilityStatus } from '../../ui';
import { agentViewOfAvailability, availabilityAt } from '../../domain/availability';
import { instantFromEpochMs } from '../../domain/time';
import type { WorkingDayCalendar } from '../../domain/working-days';
import type { SignalEntry } from './api/get-availability-signals';

/** A person's status on screen. 'known' may come from an earlier fetch when the last one failed. */
export type PersonStatus = AvailabilityStatus;

/**
 * The agent's view of a person's availability at `now`; agents never see the absence kind.
 * @example personStatusAt(undefined, now) // { kind: 'loading' }
 */
export function personStatusAt(
  entry: SignalEntry | undefined,
  now: Date,
  workingDayCalendar?: WorkingDayCalendar,
): PersonStatus {
  if (entry === undefined) return { kind: 'loading' };
  if (entry.signals === null) return { kind: 'failed' };
  const availability = agentViewOfAvailability(
    availabilityAt(
      entry.signals,
      instantFromEpochMs(now.getTime()),
      workingDayCalendar === undefined ? {} : { workingDayCalendar },
    ),
  );
  return {
    kind: 'known',
    availability,
    calendarNotShared: entry.calendarNotShared || availability.calendarAccess === 'freeBusy',
  };
}

const loading: PersonStatus = { kind: 'loading' };

/**
 * {@link personStatusAt} at one moment, remembered per answer: the screen asks for the same people at every
 * render, and the same object back lets a result that did not change skip its render.
 * @example const statusOf = statusesAt(now); statusOf(entry) === statusOf(entry) // true
 */
export function statusesAt(
  now: Date,
  workingDayCalendar?: WorkingDayCalendar,
): (entry: SignalEntry | undefined) => PersonStatus {
  const known = new WeakMap<SignalEntry, PersonStatus>();
  return (entry) => {
    if (entry === undefined) return loading;
    let status = known.get(entry);
    if (status === undefined) {
      status = personStatusAt(entry, now, workingDayCalendar);
      known.set(entry, status);
    }
    return status;
  };
}
