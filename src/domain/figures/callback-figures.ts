// Monitoring figures of callback requests per team and per ISO week, against the norm and the study's baseline.
//
// Definitions (the screens and the CSV header say the same, in monitoring.ts messages):
// - A request belongs to the Europe/Amsterdam ISO week and to the period in which it was MADE (`madeAt`), and to
//   the team it is assigned to now (`assignedToTeam`; none: "no team").
// - made: every request made in the period, whatever its status (cancelled ones included).
// - called back: at least one attempt was logged, whatever its outcome.
// - called back on time: the first attempt was no later than the due moment (`calledBackOnTime`).
// - resolved: the request's status is done. Cancelled requests are counted apart.
// - overdue now: the request is open and its due moment has passed at `now` (attempts do not stop the clock).
// - pending: open, not yet due at `now`, no attempt yet — neither late nor on time yet.
// - assessable: the requests a rate can be judged on: made, minus pending, minus cancelled requests without any
//   attempt (withdrawn before anyone called: nobody had to call back).
// - median time to first attempt: working minutes (office hours on working days) from made to the first attempt,
//   over the requests called back.
// - reopened: the list keeps only a request's current state. A request closed and then reopened is open again; it is
//   recognised by status open with a closing moment still set. It counts as what it is now — open, so not
//   resolved, overdue now when past due — and its attempts (also those before the closing) still count for called
//   back and on time. It is counted once, in the week it was made, and shown in `reopened` for transparency.
import type { CallbackRequest } from '../callbacks';
import { isOverdue } from '../callbacks';
import type { Instant } from '../time';
import type { WorkingDayCalendar, OfficeHours } from '../working-days';
import type { IsoWeek } from './iso-week';
import { isoWeekOf, isoWeeksFromTo } from './iso-week';
import { createWorkingTimeMeter } from './working-time-meter';

/** The counts and the median for one group of requests (a team, a week, a team's week, or all). */
export type CallbackFigures = {
  made: number;
  calledBack: number;
  calledBackOnTime: number;
  resolved: number;
  cancelled: number;
  overdueNow: number;
  pending: number;
  reopened: number;
  assessable: number;
  /** Working minutes from made to the first attempt, median over the requests called back; null when none was. */
  medianMinutesToFirstAttempt: number | null;
};

/** A half-open period [from, to): requests made at `from` count, requests made at `to` do not. */
export type FiguresPeriod = { from: Instant; to: Instant };

/** One week's figures. */
export type WeekFigures = { week: IsoWeek; figures: CallbackFigures };

/** One team's figures, over the period and per week (every week of the period, also empty ones). */
export type TeamFigures = {
  /** The team's name; null for requests assigned to no team. */
  team: string | null;
  figures: CallbackFigures;
  weeks: WeekFigures[];
};

/** A request that is open and past its due moment at `now`. */
export type OverdueRequest = {
  requestId: string;
  team: string | null;
  /** Who has it: the assignee, else who claimed it; null while it waits in the team mailbox. */
  personId: string | null;
  madeAt: Instant;
  dueAt: Instant;
  attempts: number;
};

export type FiguresReport = {
  period: FiguresPeriod;
  now: Instant;
  total: CallbackFigures;
  /** Every week of the period, in order. */
  weeks: WeekFigures[];
  /** Teams with at least one request in the period, by name (no team last). */
  teams: TeamFigures[];
  /** Overdue requests made in the period, earliest due first. */
  overdue: OverdueRequest[];
  /** Requests given that were made outside the period (skipped). */
  outsidePeriod: number;
};

export type FiguresOptions = {
  period: FiguresPeriod;
  now: Instant;
  calendar: WorkingDayCalendar;
  officeHours?: OfficeHours;
};

type Tally = Omit<CallbackFigures, 'medianMinutesToFirstAttempt'> & { minutes: number[] };

const emptyTally = (): Tally => ({
  made: 0,
  calledBack: 0,
  calledBackOnTime: 0,
  resolved: 0,
  cancelled: 0,
  overdueNow: 0,
  pending: 0,
  reopened: 0,
  assessable: 0,
  minutes: [],
});

/**
 * The median of numbers (the mean of the middle two for an even count); null for none. Sorts the array it is given.
 * @example medianOf([30, 10, 20, 40]) // 25
 */
export const medianOf = (values: number[]): number | null => {
  if (values.length === 0) return null;
  values.sort((a, b) => a - b);
  const middle = Math.floor(values.length / 2);
  return values.length % 2 === 1
    ? (values[middle] as number)
    : ((values[middle - 1] as number) + (values[middle] as number)) / 2;
};

const figuresOf = ({ minutes, ...counts }: Tally): CallbackFigures => ({
  ...counts,
  medianMinutesToFirstAttempt: medianOf(minutes),
});

/** What one request contributes, worked out once and added to each of its groups. */
type Contribution = {
  calledBack: boolean;
  onTime: boolean;
  resolved: boolean;
  cancelled: boolean;
  overdue: boolean;
  pending: boolean;
  reopened: boolean;
  assessable: boolean;
  minutes: number | null;
};

const addTo = (tally: Tally, c: Contribution): void => {
  tally.made += 1;
  if (c.calledBack) tally.calledBack += 1;
  if (c.onTime) tally.calledBackOnTime += 1;
  if (c.resolved) tally.resolved += 1;
  if (c.cancelled) tally.cancelled += 1;
  if (c.overdue) tally.overdueNow += 1;
  if (c.pending) tally.pending += 1;
  if (c.reopened) tally.reopened += 1;
  if (c.assessable) tally.assessable += 1;
  if (c.minutes !== null) tally.minutes.push(c.minutes);
};

/** Adds requests in slices (so a screen can yield between them) and gives the report at the end. */
export type FiguresAccumulator = {
  add: (requests: readonly CallbackRequest[]) => void;
  finish: () => FiguresReport;
};

/**
 * An accumulator for the figures of one period at one moment: a single pass, groups in maps.
 * @example const acc = createFiguresAccumulator(options); acc.add(firstHalf); acc.add(secondHalf); acc.finish()
 */
export const createFiguresAccumulator = (options: FiguresOptions): FiguresAccumulator => {
  const { period, now } = options;
  const meter = createWorkingTimeMeter(options.calendar, options.officeHours);
  const total = emptyTally();
  const byWeek = new Map<IsoWeek, Tally>();
  const byTeam = new Map<string | null, { tally: Tally; weeks: Map<IsoWeek, Tally> }>();
  const overdue: OverdueRequest[] = [];
  const weekOfDate = new Map<string, IsoWeek>();
  let outsidePeriod = 0;

  const add = (requests: readonly CallbackRequest[]): void => {
    for (const request of requests) {
      if (request.madeAt < period.from || request.madeAt >= period.to) {
        outsidePeriod += 1;
        continue;
      }
      let first: Instant | null = null;
      for (const attempt of request.attempts)
        if (first === null || attempt.at < first) first = attempt.at;
      const calledBack = first !== null;
      const overdueNow = isOverdue(request, now);
      const pending = request.status === 'open' && !calledBack && now <= request.dueAt;
      const cancelled = request.status === 'cancelled';
      const contribution: Contribution = {
        calledBack,
        onTime: first !== null && first <= request.dueAt,
        resolved: request.status === 'done',
        cancelled,
        overdue: overdueNow,
        pending,
        reopened: request.status === 'open' && request.closedAt !== null,
        assessable: !pending && !(cancelled && !calledBack),
        minutes: first === null ? null : meter.minutesBetween(request.madeAt, first),
      };
      const madeOn = meter.localDate(request.madeAt);
      let week = weekOfDate.get(madeOn);
      if (week === undefined) weekOfDate.set(madeOn, (week = isoWeekOf(madeOn)));
      const team = request.assignedToTeam;
      addTo(total, contribution);
      let weekTally = byWeek.get(week);
      if (!weekTally) byWeek.set(week, (weekTally = emptyTally()));
      addTo(weekTally, contribution);
      let teamGroup = byTeam.get(team);
      if (!teamGroup) byTeam.set(team, (teamGroup = { tally: emptyTally(), weeks: new Map() }));
      addTo(teamGroup.tally, contribution);
      let teamWeek = teamGroup.weeks.get(week);
      if (!teamWeek) teamGroup.weeks.set(week, (teamWeek = emptyTally()));
      addTo(teamWeek, contribution);
      if (overdueNow)
        overdue.push({
          requestId: request.id,
          team,
          personId: request.assignedToPersonId ?? request.claimedById,
          madeAt: request.madeAt,
          dueAt: request.dueAt,
          attempts: request.attempts.length,
        });
    }
  };

  const finish = (): FiguresReport => {
    const allWeeks =
      period.to > period.from
        ? isoWeeksFromTo(meter.localDate(period.from), meter.localDate((period.to - 1) as Instant))
        : [];
    const weekRows = (tallies: Map<IsoWeek, Tally>): WeekFigures[] =>
      allWeeks.map((week) => ({ week, figures: figuresOf(tallies.get(week) ?? emptyTally()) }));
    const teams = [...byTeam.entries()]
      .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b, 'nl')))
      .map(([team, group]) => ({
        team,
        figures: figuresOf(group.tally),
        weeks: weekRows(group.weeks),
      }));
    return {
      period,
      now,
      total: figuresOf(total),
      weeks: weekRows(byWeek),
      teams,
      overdue: overdue.sort(
        (a, b) =>
          a.dueAt - b.dueAt || (a.requestId < b.requestId ? -1 : a.requestId > b.requestId ? 1 : 0),
      ),
      outsidePeriod,
    };
  };

  return { add, finish };
};

/**
 * The figures of the requests made in a period, at a moment, in one pass.
 * @example computeFigures(requests, { period, now, calendar: STATUTORY_CALENDAR }).total.calledBackOnTime // 41
 */
export const computeFigures = (
  requests: readonly CallbackRequest[],
  options: FiguresOptions,
): FiguresReport => {
  const accumulator = createFiguresAccumulator(options);
  accumulator.add(requests);
  return accumulator.finish();
};

/** Overdue requests of one person (or of a team mailbox: personId null) in one team. */
export type OverdueByPerson = {
  team: string | null;
  personId: string | null;
  count: number;
  earliestDueAt: Instant;
};

/**
 * Overdue requests counted per team and person, most first (then earliest due).
 * @example overdueByPerson([{ team: 'Burgerzaken', personId: 'p1', … }, { team: 'Burgerzaken', personId: 'p1', … }]) // [{ team: 'Burgerzaken', personId: 'p1', count: 2, … }]
 */
export const overdueByPerson = (overdue: readonly OverdueRequest[]): OverdueByPerson[] => {
  const groups = new Map<string, OverdueByPerson>();
  for (const request of overdue) {
    const key = `${request.team ?? ''}\u0000${request.personId ?? ''}`;
    const group = groups.get(key);
    if (group) {
      group.count += 1;
      if (request.dueAt < group.earliestDueAt) group.earliestDueAt = request.dueAt;
    } else
      groups.set(key, {
        team: request.team,
        personId: request.personId,
        count: 1,
        earliestDueAt: request.dueAt,
      });
  }
  return [...groups.values()].sort(
    (a, b) => b.count - a.count || a.earliestDueAt - b.earliestDueAt,
  );
};
