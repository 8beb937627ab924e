// Herhaalverkeer (repeat traffic): how much of the traffic about callback requests comes from citizens who already had
// a request in the previous 10 working days.
//
// Definition (the screen and the CSV say the same, in the repeat-traffic messages):
// - A callback contact is a request made (counted in the ISO week and period of `madeAt`) or a repeat call added to an
//   existing request ("Toevoegen aan het open verzoek": counted in the week and period of the call).
// - A repeat is a request made as a repeat of an earlier one (`repeatOfId`: the agent chose "Nieuw verzoek" after the
//   lookup showed a request of the same number or e-mail from the last 10 working days), or a repeat call.
// - Both count for the team the request is assigned to now (none: only in the total).
// - Herhaalverkeer = repeats ÷ callback contacts (null when there are none). No baseline: the study only says repeat
//   traffic exists.
// The figure rests on what the agent recorded, never on the citizen's number, so it survives the retention that
// removes numbers and e-mail addresses (redactPersonalData keeps `repeatOfId` and the repeat calls' times).
import type { CallbackRequest } from '../callbacks';
import type { Instant } from '../time';
import type { FiguresPeriod } from './callback-figures';
import type { Rate } from './norms';

/** The counts one group's Herhaalverkeer is made of. */
export type RepeatTally = {
  /** Requests made in the period (repeats or not). */
  requests: number;
  /** Of those, made as a repeat of an earlier request. */
  repeatRequests: number;
  /** Repeat calls added to a request in the period. */
  repeatCalls: number;
};

export const emptyRepeatTally = (): RepeatTally => ({
  requests: 0,
  repeatRequests: 0,
  repeatCalls: 0,
});

/**
 * Repeats ÷ callback contacts.
 * @example repeatTrafficRate({ requests: 9, repeatRequests: 1, repeatCalls: 1 }) // 0.2 (2 of 10)
 */
export const repeatTrafficRate = (tally: RepeatTally): Rate => {
  const contacts = tally.requests + tally.repeatCalls;
  return contacts === 0 ? null : (tally.repeatRequests + tally.repeatCalls) / contacts;
};

/** One thing that counts: a request made, or a repeat call, at a moment, for a team. */
export type RepeatEvent = {
  at: Instant;
  team: string | null;
  kind: 'request' | 'repeatRequest' | 'repeatCall';
};

/**
 * Every request made and every repeat call in the period, once per request id (a request read twice counts once).
 * @example repeatEventsOf([{ ...request, repeatOfId: 'r0', repeatCalls: [call] }], period).map((e) => e.kind) // ['repeatRequest', 'repeatCall']
 */
export function repeatEventsOf(
  requests: readonly CallbackRequest[],
  period: FiguresPeriod,
): RepeatEvent[] {
  const inPeriod = (at: Instant) => at >= period.from && at < period.to;
  const seen = new Set<string>();
  const events: RepeatEvent[] = [];
  for (const request of requests) {
    if (seen.has(request.id)) continue;
    seen.add(request.id);
    const team = request.assignedToTeam;
    if (inPeriod(request.madeAt)) {
      const repeat = request.repeatOfId !== undefined && request.repeatOfId !== null;
      events.push({ at: request.madeAt, team, kind: repeat ? 'repeatRequest' : 'request' });
    }
    for (const call of request.repeatCalls ?? [])
      if (inPeriod(call.at)) events.push({ at: call.at, team, kind: 'repeatCall' });
  }
  return events;
}

/** Adds one event to a tally. */
export const addRepeatEvent = (tally: RepeatTally, event: RepeatEvent): void => {
  if (event.kind === 'repeatCall') tally.repeatCalls += 1;
  else {
    tally.requests += 1;
    if (event.kind === 'repeatRequest') tally.repeatRequests += 1;
  }
};
