// `POST /_emulator/generate-callbacks`: a generated period (say, a year) of callback requests written into the callbacks
// list, for the monitoring figures and their benchmark. Deterministic for a seed. Due moments follow the statutory
// working-day rule (end of the second working day after the day made, Dutch statutory holidays skipped); teams differ in
// how well they call back, so the figures show differences worth looking at.
import { callbacksList, teamSettingsList } from '../schema/lists';
import { createRandom } from './control';
import { GraphHttpError } from './http';
import type { EmulatorState, StoredListItem } from './store';
import {
  addDaysToDate,
  amsterdamZone,
  instantFromWallClock,
  localDate,
  weekdayOfDate,
} from './time';

export type GenerateCallbacksRequest = {
  count: number;
  /** First day (yyyy-mm-dd, Europe/Amsterdam), included. */
  from: string;
  /** Last day (yyyy-mm-dd), included; requests are never made after the emulator's now. */
  to: string;
  seed: number;
};

export type GenerateCallbacksResult = {
  created: number;
  from: string;
  to: string;
  teams: number;
  firstItemId: string | null;
  lastItemId: string | null;
};

const datePattern = /^\d{4}-\d{2}-\d{2}$/;
const maxCount = 100_000;

/** Validates the control body (400 on nonsense). */
export function parseGenerateCallbacks(body: unknown): GenerateCallbacksRequest {
  const record = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const { count, from, to, seed } = record;
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 1 || count > maxCount)
    throw new GraphHttpError(
      400,
      'BadRequest',
      `'count' must be a whole number from 1 to ${maxCount}.`,
    );
  if (
    typeof from !== 'string' ||
    !datePattern.test(from) ||
    typeof to !== 'string' ||
    !datePattern.test(to) ||
    to < from
  )
    throw new GraphHttpError(
      400,
      'BadRequest',
      "'from' and 'to' must be dates yyyy-mm-dd with 'from' not after 'to'.",
    );
  if (seed !== undefined && (typeof seed !== 'number' || !Number.isInteger(seed)))
    throw new GraphHttpError(400, 'BadRequest', "'seed' must be a whole number.");
  return { count, from, to, seed: typeof seed === 'number' ? seed : 1 };
}

/** Easter Sunday (Gregorian; anonymous algorithm). */
function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const holidayCache = new Map<number, Set<string>>();

/** The Algemene termijnenwet's holidays of a year (art. 3 paragraphs 1 and 2). */
function statutoryHolidays(year: number): Set<string> {
  let days = holidayCache.get(year);
  if (!days) {
    const easter = easterSunday(year);
    const kings = weekdayOfDate(`${year}-04-27`) === 0 ? `${year}-04-26` : `${year}-04-27`;
    days = new Set([
      `${year}-01-01`,
      addDaysToDate(easter, -2),
      addDaysToDate(easter, 1),
      kings,
      `${year}-05-05`,
      addDaysToDate(easter, 39),
      addDaysToDate(easter, 50),
      `${year}-12-25`,
      `${year}-12-26`,
    ]);
    holidayCache.set(year, days);
  }
  return days;
}

function isWorkingDay(ymd: string): boolean {
  const weekday = weekdayOfDate(ymd);
  return weekday !== 0 && weekday !== 6 && !statutoryHolidays(Number(ymd.slice(0, 4))).has(ymd);
}

/** yyyy-mm-dd of the second working day after `ymd` (which itself never counts). */
function dueDateAfter(ymd: string): string {
  let date = ymd;
  for (let left = 2; left > 0;) {
    date = addDaysToDate(date, 1);
    if (isWorkingDay(date)) left--;
  }
  return date;
}

function at(ymd: string, hour: number, minute: number, second = 0): Date {
  const [year, month, day] = ymd.split('-').map(Number) as [number, number, number];
  return instantFromWallClock({ year, month, day, hour, minute, second }, amsterdamZone);
}

const listInstant = (date: Date): string => date.toISOString().replace(/\.\d+Z$/, 'Z');

type TeamPlan = {
  name: string;
  mailbox: string | null;
  memberIds: string[];
  calledBack: number;
  onTime: number;
};

function teamsOf(state: EmulatorState): TeamPlan[] {
  const list = state.lists.find((candidate) => candidate.name === teamSettingsList.name);
  if (!list) return [];
  const users = state.users.filter((user) => user.deletedSeq === undefined);
  const idByUpn = new Map(users.map((user) => [user.userPrincipalName.toLowerCase(), user.id]));
  return state.items
    .filter((item) => item.listId === list.id)
    .map((item, index) => {
      const leaderUpn =
        typeof item.fields.LeaderUpn === 'string' ? item.fields.LeaderUpn.toLowerCase() : '';
      const leaderId = idByUpn.get(leaderUpn) ?? null;
      const memberIds = users
        .filter((user) => leaderId !== null && user.managerId === leaderId)
        .map((user) => user.id);
      // Team performance varies from poor (like the 2025 study) to meeting the norm.
      const level = (index * 7) % 10;
      return {
        name: String(item.fields.Title),
        mailbox: typeof item.fields.GeneralMailbox === 'string' ? item.fields.GeneralMailbox : null,
        memberIds,
        calledBack: 0.6 + level * 0.04,
        onTime: 0.45 + level * 0.055,
      };
    })
    .filter((team) => team.memberIds.length > 0);
}

const questions = [
  'Vraag over de aanvraag van een paspoort.',
  'Wil weten hoe het staat met de vergunningaanvraag.',
  'Vraag over de aanslag gemeentelijke belastingen.',
  'Grofvuil ophalen: wanneer kan dat?',
  'Vraag over een aanvraag Wmo-voorziening.',
  'Parkeervergunning voor een tweede auto.',
];

const failed = ['noAnswer', 'voicemail', 'noAnswer'] as const;

/**
 * Writes `count` generated requests made between `from` and `to` into the callbacks list; returns what it did.
 * Attempts and closings never lie after `now`; a request whose first attempt would come later is still open.
 */
export function generateCallbacks(
  state: EmulatorState,
  request: GenerateCallbacksRequest,
  now: Date,
): GenerateCallbacksResult {
  const list = state.lists.find((candidate) => candidate.name === callbacksList.name);
  if (!list)
    throw new GraphHttpError(404, 'itemNotFound', `The list ${callbacksList.name} does not exist.`);
  const teams = teamsOf(state);
  if (teams.length === 0)
    throw new GraphHttpError(409, 'Conflict', 'No teams with members to assign requests to.');
  const random = createRandom(request.seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
  const today = localDate(now, amsterdamZone);
  const lastDay = request.to < today ? request.to : today;
  const days: string[] = [];
  for (let day = request.from; day <= lastDay; day = addDaysToDate(day, 1)) days.push(day);
  const workingDays = days.filter(isWorkingDay);
  const agentIds = state.users
    .filter((user) => /^sanne\.devries@/i.test(user.userPrincipalName))
    .map((user) => user.id);
  const madeById = agentIds[0] ?? state.users[0]?.id ?? 'unknown';
  // Ids continue after the highest the list ever handed out (SharePoint never reuses one).
  let nextId = Math.max(
    list.lastItemId ?? 0,
    state.items
      .filter((item) => item.listId === list.id)
      .reduce((max, item) => Math.max(max, Number(item.id) || 0), 0),
  );
  const firstItemId = days.length === 0 ? null : String(nextId + 1);
  const created: StoredListItem[] = [];
  const stamp = now.toISOString();
  for (let i = 0; i < request.count && days.length > 0; i++) {
    // 97% on working days, the rest in weekends or on holidays (mail and chat keep coming).
    const day = random() < 0.97 && workingDays.length > 0 ? pick(workingDays) : pick(days);
    const madeAt = at(day, 8 + Math.floor(random() * 9), Math.floor(random() * 60));
    if (madeAt > now) continue;
    const team = pick(teams);
    const dueDay = dueDateAfter(day);
    const dueAt = at(dueDay, 23, 59, 59);
    const toTeamMailbox = random() < 0.25;
    const assignee = toTeamMailbox ? null : pick(team.memberIds);
    const claimer = toTeamMailbox && random() < 0.7 ? pick(team.memberIds) : null;
    const caller = assignee ?? claimer ?? pick(team.memberIds);
    const attempts: Array<{ at: string; byId: string; outcome: string; note: string }> = [];
    let status = 'open';
    let closedAt: string | null = null;
    // Who closed it, where the generator knows: the one who reached the inwoner; a cancellation by whoever held it
    // (none for an unclaimed team request).
    let closedById: string | null = null;
    if (random() < team.calledBack) {
      const onTime = random() < team.onTime;
      const firstMs = onTime
        ? madeAt.getTime() +
          10 * 60_000 +
          random() * (dueAt.getTime() - madeAt.getTime() - 10 * 60_000)
        : dueAt.getTime() + 60 * 60_000 + random() * 4 * 86_400_000;
      let attemptAt = new Date(firstMs);
      for (let n = 0; n < 3 && attemptAt <= now; n++) {
        const reached = random() < 0.7 || n === 2;
        attempts.push({
          at: listInstant(attemptAt),
          byId: caller,
          outcome: reached ? (random() < 0.9 ? 'reached' : 'emailed') : pick(failed),
          note: '',
        });
        if (reached) {
          const closing = new Date(attemptAt.getTime() + 5 * 60_000);
          if (closing <= now) {
            status = 'done';
            closedAt = listInstant(closing);
            closedById = caller;
          }
          break;
        }
        attemptAt = new Date(attemptAt.getTime() + (2 + random() * 20) * 3_600_000);
      }
    } else if (random() < 0.08) {
      const cancelled = new Date(madeAt.getTime() + 30 * 60_000);
      if (cancelled <= now) {
        status = 'cancelled';
        closedAt = listInstant(cancelled);
        closedById = assignee ?? claimer;
      }
    }
    nextId++;
    const id = `cb-gen-${request.seed}-${i + 1}`;
    const fields: Record<string, unknown> = {
      Title: id,
      RequestId: id,
      CitizenName: `Inwoner ${i + 1}`,
      CitizenPhone: `+3120${String(5_000_000 + (i % 4_000_000)).padStart(7, '0')}`,
      Question: pick(questions),
      Channel: random() < 0.85 ? 'phone' : pick(['email', 'desk', 'chat']),
      MadeAt: listInstant(madeAt),
      MadeById: madeById,
      AssignedTeam: team.name,
      DueAt: listInstant(dueAt),
      Status: status,
    };
    if (assignee) fields.AssignedToId = assignee;
    if (toTeamMailbox && team.mailbox) fields.TeamMailbox = team.mailbox;
    if (claimer) fields.ClaimedById = claimer;
    if (closedAt) fields.ClosedAt = closedAt;
    if (closedById) fields.ClosedById = closedById;
    if (attempts.length > 0) fields.Attempts = JSON.stringify(attempts);
    // The columns the app keeps for its bounded queries (schema/lists.ts), as it writes them.
    if (status === 'open') {
      if (assignee) fields.OpenAssigneeId = assignee;
      fields.OpenTeam = team.name;
    } else if (closedAt) fields.UnredactedClosedAt = closedAt;
    created.push({
      id: String(nextId),
      listId: list.id,
      fields,
      version: 1,
      createdBy: madeById,
      lastModifiedBy: caller,
      createdDateTime: stamp,
      lastModifiedDateTime: stamp,
    });
  }
  state.items.push(...created);
  list.lastItemId = nextId;
  return {
    created: created.length,
    from: request.from,
    to: lastDay,
    teams: teams.length,
    firstItemId: created.length === 0 ? null : firstItemId,
    lastItemId: created.length === 0 ? null : String(nextId),
  };
}
