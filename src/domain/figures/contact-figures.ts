// The study's own figures from the recorded call outcomes, per team and per ISO week, beside the 2025 baseline.
//
// Definitions (the screen and the CSV say the same, in the contact-figures messages):
// - A contact belongs to the Europe/Amsterdam ISO week and to the period in which it was RECORDED, and to the team
//   it was recorded for (a call for a colleague: the colleague's team at that moment).
// - calls: contacts for a team with an outcome (everything but "zelf beantwoord").
// - answered directly: the colleague or the substitute picked up (answered + substituteAnswered).
// - callback requested: nobody picked up and a callback request was made for the call (linked by its id).
// - called back on time: of those, the linked request's first attempt was no later than its due moment.
// - pending: of those, the linked request is open, not yet due at `now` and not yet tried: not yet success or failure.
// - successful contact: answered directly + called back on time.
// - failed: calls − successful − pending (not answered and no request, a request not called back on time, a
//   request that cannot be found).
// - self answered: the front office answered the question itself; counted apart, never a call for a team.
// Every share divides by calls (null when there are none).
// - Herhaalverkeer: from the callback requests, not the contacts; see repeat-traffic.ts for its definition.
import type { CallbackRequest } from '../callbacks';
import { calledBackOnTime } from '../callbacks';
import type { Contact } from '../contacts';
import type { Instant } from '../time';
import type { WorkingDayCalendar } from '../working-days';
import type { FiguresPeriod } from './callback-figures';
import type { IsoWeek } from './iso-week';
import { isoWeekOf, isoWeeksFromTo } from './iso-week';
import type { Rate } from './norms';
import type { RepeatTally } from './repeat-traffic';
import {
  addRepeatEvent,
  emptyRepeatTally,
  repeatEventsOf,
  repeatTrafficRate,
} from './repeat-traffic';
import { createWorkingTimeMeter } from './working-time-meter';

export type ContactFigures = {
  calls: number;
  answered: number;
  substituteAnswered: number;
  answeredDirectly: number;
  callbackRequested: number;
  calledBackOnTime: number;
  pending: number;
  notAnswered: number;
  successful: number;
  failed: number;
  /** Not a call for a team: counted apart, never in `calls`. */
  selfAnswered: number;
} & RepeatTally;

export type ContactWeek = { week: IsoWeek; figures: ContactFigures };

/** One team's figures over the period and per week (every week of the period, also empty ones). */
export type ContactTeamFigures = { team: string; figures: ContactFigures; weeks: ContactWeek[] };

export type ContactReport = {
  period: FiguresPeriod;
  now: Instant;
  total: ContactFigures;
  weeks: ContactWeek[];
  /** Teams with at least one contact or callback contact in the period, by name. */
  teams: ContactTeamFigures[];
  /** Contacts given that were recorded outside the period (skipped). */
  outsidePeriod: number;
};

export type ContactRates = {
  /** Answered directly / calls. Study 2025: 37%. */
  answeredDirectly: Rate;
  /** Successful contact / calls. Study 2025: 68%. */
  successful: Rate;
  /** Failed / calls. Study 2025: 32%. */
  failed: Rate;
  /** Herhaalverkeer: repeats / callback contacts (requests made + repeat calls). No baseline. */
  repeatTraffic: Rate;
};

/** The 2025 study: 37% of calls for a team answered directly, 68% successful contact, 32% failed. */
export const CONTACT_STUDY_BASELINE = {
  answeredDirectlyRate: 0.37,
  successfulRate: 0.68,
  failedRate: 0.32,
} as const;

const emptyFigures = (): ContactFigures => ({
  calls: 0,
  answered: 0,
  substituteAnswered: 0,
  answeredDirectly: 0,
  callbackRequested: 0,
  calledBackOnTime: 0,
  pending: 0,
  notAnswered: 0,
  successful: 0,
  failed: 0,
  selfAnswered: 0,
  ...emptyRepeatTally(),
});

const share = (part: number, whole: number): Rate => (whole === 0 ? null : part / whole);

/**
 * The shares of a group's figures.
 * @example contactRates({ ...figures, calls: 10, answeredDirectly: 4, successful: 7, failed: 2 }) // { answeredDirectly: 0.4, successful: 0.7, failed: 0.2 }
 */
export const contactRates = (figures: ContactFigures): ContactRates => ({
  answeredDirectly: share(figures.answeredDirectly, figures.calls),
  successful: share(figures.successful, figures.calls),
  failed: share(figures.failed, figures.calls),
  repeatTraffic: repeatTrafficRate(figures),
});

type Verdict = 'answered' | 'substitute' | 'onTime' | 'pending' | 'lateOrNone' | 'notAnswered';

/** What one call for a team comes to, at `now`. */
const verdictOf = (
  contact: Contact,
  requests: ReadonlyMap<string, CallbackRequest>,
  now: Instant,
): Verdict => {
  if (contact.outcome === 'answered') return 'answered';
  if (contact.outcome === 'substituteAnswered') return 'substitute';
  if (contact.outcome === 'notAnswered') return 'notAnswered';
  const request =
    contact.callbackRequestId === null ? undefined : requests.get(contact.callbackRequestId);
  if (request === undefined) return 'lateOrNone';
  if (calledBackOnTime(request)) return 'onTime';
  const pending =
    request.status === 'open' && request.attempts.length === 0 && now <= request.dueAt;
  return pending ? 'pending' : 'lateOrNone';
};

const addTo = (figures: ContactFigures, contact: Contact, verdict: Verdict | null): void => {
  if (verdict === null) {
    figures.selfAnswered += 1;
    return;
  }
  figures.calls += 1;
  if (verdict === 'answered') figures.answered += 1;
  if (verdict === 'substitute') figures.substituteAnswered += 1;
  if (verdict === 'answered' || verdict === 'substitute') figures.answeredDirectly += 1;
  if (contact.outcome === 'callbackRequested') figures.callbackRequested += 1;
  if (verdict === 'onTime') figures.calledBackOnTime += 1;
  if (verdict === 'pending') figures.pending += 1;
  if (verdict === 'notAnswered') figures.notAnswered += 1;
  if (verdict === 'answered' || verdict === 'substitute' || verdict === 'onTime')
    figures.successful += 1;
  if (verdict === 'notAnswered' || verdict === 'lateOrNone') figures.failed += 1;
};

export type ContactFiguresOptions = {
  period: FiguresPeriod;
  now: Instant;
  calendar: WorkingDayCalendar;
  /** The requests whose Herhaalverkeer counts (the team leader's: only their team's); default: `requests`. */
  repeatRequests?: readonly CallbackRequest[];
};

/** Adds contacts in slices (so a screen can yield between them) and gives the report at the end. */
export type ContactFiguresAccumulator = {
  add: (contacts: readonly Contact[]) => void;
  finish: () => ContactReport;
};

/**
 * An accumulator for the study's figures of one period at one moment, with the callback requests the contacts link
 * to (any set that holds them; others are ignored): a single pass, groups in maps.
 * @example const acc = createContactFiguresAccumulator(requests, options); acc.add(firstHalf); acc.add(secondHalf); acc.finish()
 */
export const createContactFiguresAccumulator = (
  requests: readonly CallbackRequest[],
  options: ContactFiguresOptions,
): ContactFiguresAccumulator => {
  const { period, now } = options;
  const meter = createWorkingTimeMeter(options.calendar);
  const byId = new Map(requests.map((request) => [request.id, request]));
  const total = emptyFigures();
  const byWeek = new Map<IsoWeek, ContactFigures>();
  const byTeam = new Map<
    string,
    { figures: ContactFigures; weeks: Map<IsoWeek, ContactFigures> }
  >();
  const weekOfDate = new Map<string, IsoWeek>();
  const seen = new Set<string>();
  let outsidePeriod = 0;
  const weekOf = (at: Instant): IsoWeek => {
    const day = meter.localDate(at);
    let week = weekOfDate.get(day);
    if (week === undefined) weekOfDate.set(day, (week = isoWeekOf(day)));
    return week;
  };
  const groupOf = (team: string) => {
    let group = byTeam.get(team);
    if (!group) byTeam.set(team, (group = { figures: emptyFigures(), weeks: new Map() }));
    return group;
  };
  const inWeek = (tallies: Map<IsoWeek, ContactFigures>, week: IsoWeek): ContactFigures => {
    let figures = tallies.get(week);
    if (!figures) tallies.set(week, (figures = emptyFigures()));
    return figures;
  };
  const add = (contacts: readonly Contact[]): void => {
    for (const contact of contacts) {
      // The same contact read twice (overlapping windows, a retried save) counts once.
      if (seen.has(contact.id)) continue;
      seen.add(contact.id);
      if (contact.recordedAt < period.from || contact.recordedAt >= period.to) {
        outsidePeriod += 1;
        continue;
      }
      const verdict = contact.outcome === 'selfAnswered' ? null : verdictOf(contact, byId, now);
      const week = weekOf(contact.recordedAt);
      addTo(total, contact, verdict);
      addTo(inWeek(byWeek, week), contact, verdict);
      if (verdict === null || contact.team === null) continue;
      const group = groupOf(contact.team);
      addTo(group.figures, contact, verdict);
      addTo(inWeek(group.weeks, week), contact, verdict);
    }
  };
  const finish = (): ContactReport => {
    // Repeat traffic comes from the requests, not the contacts: counted once, at the end.
    for (const event of repeatEventsOf(options.repeatRequests ?? requests, period)) {
      const week = weekOf(event.at);
      addRepeatEvent(total, event);
      addRepeatEvent(inWeek(byWeek, week), event);
      if (event.team === null) continue;
      const group = groupOf(event.team);
      addRepeatEvent(group.figures, event);
      addRepeatEvent(inWeek(group.weeks, week), event);
    }
    const allWeeks =
      period.to > period.from
        ? isoWeeksFromTo(meter.localDate(period.from), meter.localDate((period.to - 1) as Instant))
        : [];
    const weekRows = (tallies: Map<IsoWeek, ContactFigures>): ContactWeek[] =>
      allWeeks.map((week) => ({ week, figures: tallies.get(week) ?? emptyFigures() }));
    return {
      period,
      now,
      total,
      weeks: weekRows(byWeek),
      teams: [...byTeam.entries()]
        .sort(([a], [b]) => a.localeCompare(b, 'nl'))
        .map(([team, group]) => ({ team, figures: group.figures, weeks: weekRows(group.weeks) })),
      outsidePeriod,
    };
  };
  return { add, finish };
};

/**
 * The study's figures of the contacts recorded in a period, at a moment, with the callback requests they link to
 * (any set that holds them; others are ignored).
 * @example computeContactFigures(contacts, requests, { period, now, calendar }).total.successful // 7
 */
export const computeContactFigures = (
  contacts: readonly Contact[],
  requests: readonly CallbackRequest[],
  options: ContactFiguresOptions,
): ContactReport => {
  const accumulator = createContactFiguresAccumulator(requests, options);
  accumulator.add(contacts);
  return accumulator.finish();
};
