// A generated period (say, a year) of callback requests written through Graph into the callbacks list, for the
// monitoring figures and their benchmark, and a quarter of history in every demo tenant. Deterministic for a seed.
// The due moments are the app's own (callbackDueAt: the end of the second working day after the day made,
// statutory holidays skipped); teams differ in how well they call back, so the figures show differences worth
// looking at. Written as the front office (who logs requests) in JSON batches.
import { callbacksList, teamSettingsList } from '../../schema/lists';
import { createRandom } from '../../emulator/control';
import { tenantDomain } from '../../emulator/personas';
import { demoPeople } from '../../emulator/seed-organisation';
import type { AttemptOutcome, CallbackChannel, CallbackRequest } from '../../src/domain/callbacks';
import type { LocalDate } from '../../src/domain/time';
import { instantFromEpochMs, localDateAt, parseLocalDate } from '../../src/domain/time';
import { STATUTORY_CALENDAR, callbackDueAt, isWorkingDay } from '../../src/domain/working-days';
import { fieldsForCallback } from '../../src/graph/callbacks';
import { fieldsForListItem } from '../../src/graph/lists';
import { at, plusDays } from './demo-calendar';
import { createItems, graphAs, itemsPath } from './demo-graph';
import type { DemoTenantAccess } from './demo-graph';

export type GenerateCallbacksRequest = {
  count: number;
  /** First day (yyyy-mm-dd, Europe/Amsterdam), included. */
  from: string;
  /** Last day (yyyy-mm-dd), included; requests are never made after `now`. */
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

type TeamPlan = {
  name: string;
  mailbox: string | null;
  memberIds: string[];
  calledBack: number;
  onTime: number;
};

/** The teams as the team settings list holds them (read through Graph), with the members their leader manages. */
async function teamPlans(tenant: DemoTenantAccess, agentUpn: string): Promise<TeamPlan[]> {
  const graph = graphAs(tenant, agentUpn);
  const rows: { fields: Record<string, unknown> }[] = [];
  let next: string | undefined = `${itemsPath(teamSettingsList)}?$expand=fields&$top=500`;
  while (next !== undefined) {
    const page = (await graph('GET', next)).body as {
      value?: { fields: Record<string, unknown> }[];
      '@odata.nextLink'?: string;
    };
    rows.push(...(page.value ?? []));
    next = page['@odata.nextLink'];
  }
  const people = demoPeople();
  return rows
    .map(({ fields }, index) => {
      const leaderUpn = typeof fields.LeaderUpn === 'string' ? fields.LeaderUpn.toLowerCase() : '';
      const leader = people.find((person) => person.upn.toLowerCase() === leaderUpn);
      // Team performance varies from poor (like the 2025 study) to meeting the norm.
      const level = (index * 7) % 10;
      return {
        name: String(fields.Title),
        mailbox: typeof fields.GeneralMailbox === 'string' ? fields.GeneralMailbox : null,
        memberIds: people
          .filter((person) => leader !== undefined && person.managerId === leader.id)
          .map((person) => person.id),
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

const failed: readonly AttemptOutcome[] = ['noAnswer', 'voicemail', 'noAnswer'];
const otherChannels: readonly CallbackChannel[] = ['email', 'desk', 'chat'];

/** Checks the request (from ≤ to, real dates, a sensible count); throws a readable error otherwise. */
function checked(request: GenerateCallbacksRequest): { from: LocalDate; to: LocalDate } {
  const from = parseLocalDate(request.from);
  const to = parseLocalDate(request.to);
  if (from === null || to === null || to < from)
    throw new Error("'from' and 'to' must be dates yyyy-mm-dd with 'from' not after 'to'.");
  if (!Number.isInteger(request.count) || request.count < 1 || request.count > 100_000)
    throw new Error("'count' must be a whole number from 1 to 100000.");
  return { from, to };
}

/** The generated requests (domain objects) and the teams they went to; nothing is written yet. */
export async function generatedCallbackRequests(
  tenant: DemoTenantAccess,
  request: GenerateCallbacksRequest,
  now: Date,
): Promise<{ requests: CallbackRequest[]; teams: number; lastDay: LocalDate; agentUpn: string }> {
  const { from, to } = checked(request);
  const agentUpn = `sanne.devries@${tenantDomain}`;
  const madeById = demoPeople().find((person) => person.upn === agentUpn)?.id ?? 'unknown';
  const teams = await teamPlans(tenant, agentUpn);
  if (teams.length === 0) throw new Error('No teams with members to assign requests to.');
  const random = createRandom(request.seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
  const nowMs = now.getTime();
  const today = localDateAt(instantFromEpochMs(nowMs));
  const lastDay = to < today ? to : today;
  const days: LocalDate[] = [];
  for (let day = from; day <= lastDay; day = plusDays(day, 1)) days.push(day);
  const workingDays = days.filter((day) => isWorkingDay(day, STATUTORY_CALENDAR));
  const requests: CallbackRequest[] = [];
  for (let i = 0; i < request.count && days.length > 0; i++) {
    // 97% on working days, the rest in weekends or on holidays (mail and chat keep coming).
    const day = random() < 0.97 && workingDays.length > 0 ? pick(workingDays) : pick(days);
    const madeAt = at(day, 8 + Math.floor(random() * 9), Math.floor(random() * 60));
    if (madeAt > nowMs) continue;
    const team = pick(teams);
    const dueAt = callbackDueAt(madeAt, STATUTORY_CALENDAR);
    const toTeamMailbox = random() < 0.25;
    const assignee = toTeamMailbox ? null : pick(team.memberIds);
    const claimer = toTeamMailbox && random() < 0.7 ? pick(team.memberIds) : null;
    const caller = assignee ?? claimer ?? pick(team.memberIds);
    const generated: CallbackRequest = {
      id: `cb-gen-${request.seed}-${i + 1}`,
      citizen: {
        name: `Inwoner ${i + 1}`,
        phone: `+3120${String(5_000_000 + (i % 4_000_000)).padStart(7, '0')}`,
        email: null,
      },
      question: pick(questions),
      channel: 'phone',
      preferredTime: null,
      madeAt,
      madeById,
      assignedToPersonId: assignee,
      assignedToTeam: team.name,
      teamMailbox: toTeamMailbox ? team.mailbox : null,
      dueAt,
      status: 'open',
      attempts: [],
      closedAt: null,
      closedById: null,
      outcomeNote: null,
      claimedById: claimer,
    };
    requests.push(historyOf(generated, team, caller, random, pick, nowMs));
  }
  return {
    requests: withRepeats(requests, createRandom(request.seed + 7919), madeById, nowMs),
    teams: teams.length,
    lastDay,
    agentUpn,
  };
}

/** How long after a request its citizen may still call again for the demo's repeats (about 10 working days). */
const repeatWindowMs = 14 * 86_400_000;

/**
 * Herhaalverkeer in the demo: some citizens whose request was not called back on time call again. While their request
 * is still open the agent adds the call to it ("Toevoegen aan het open verzoek"); otherwise a later request for the
 * same team becomes theirs, made as a repeat ("Nieuw verzoek", same number). Drawn from a random of its own, so the
 * requests themselves (and the contacts made from them) stay what a seed always gave; the count does not change.
 */
function withRepeats(
  requests: readonly CallbackRequest[],
  random: () => number,
  agentId: string,
  nowMs: number,
): CallbackRequest[] {
  const result = [...requests];
  const order = result
    .map((request, index) => ({ index, madeAt: request.madeAt }))
    .sort((a, b) => a.madeAt - b.madeAt || a.index - b.index)
    .map((entry) => entry.index);
  const taken = new Set<number>();
  order.forEach((index, position) => {
    const request = result[index] as CallbackRequest;
    const first = request.attempts[0];
    const late = first === undefined ? nowMs > request.dueAt : first.at > request.dueAt;
    if (!late || request.status === 'cancelled' || random() >= 0.4) return;
    const againMs =
      Math.floor(((request.dueAt as number) + random() * 2 * 86_400_000) / 1000) * 1000;
    if (againMs > nowMs) return;
    const stillOpen = request.closedAt === null || (request.closedAt as number) > againMs;
    if (stillOpen && random() < 0.7) {
      const call = { id: `${request.id}-again`, at: instantFromEpochMs(againMs), byId: agentId };
      result[index] = { ...request, repeatCalls: [...(request.repeatCalls ?? []), call] };
      return;
    }
    // The next request for the same team made after the call again, within the window, not yet anyone's repeat.
    for (const later of order.slice(position + 1)) {
      const candidate = result[later] as CallbackRequest;
      if ((candidate.madeAt as number) > (request.madeAt as number) + repeatWindowMs) return;
      if (
        (candidate.madeAt as number) < againMs ||
        candidate.assignedToTeam !== request.assignedToTeam ||
        taken.has(later) ||
        candidate.repeatOfId !== undefined
      )
        continue;
      taken.add(later);
      result[later] = { ...candidate, citizen: request.citizen, repeatOfId: request.id };
      return;
    }
  });
  return result;
}

/**
 * Writes `count` generated requests made between `from` and `to` into the callbacks list of a running demo
 * tenant through Graph, as the front office; returns what it did. Attempts and closings never lie after `now`; a
 * request whose first attempt would come later is still open. A request that would be made after `now` is skipped.
 * @example await generateCallbacksThroughGraph(emulator, { count: 1200, from: '2026-09-01', to: '2026-11-29', seed: 2025 }, now)
 */
export async function generateCallbacksThroughGraph(
  tenant: DemoTenantAccess,
  request: GenerateCallbacksRequest,
  now: Date,
): Promise<GenerateCallbacksResult> {
  const generated = await generatedCallbackRequests(tenant, request, now);
  const ids = await createItems(
    tenant,
    generated.agentUpn,
    callbacksList,
    generated.requests.map((callback) =>
      fieldsForListItem(callbacksList, fieldsForCallback(callback)),
    ),
  );
  return {
    created: ids.length,
    from: request.from,
    to: generated.lastDay,
    teams: generated.teams,
    firstItemId: ids[0] ?? null,
    lastItemId: ids[ids.length - 1] ?? null,
  };
}

/** As {@link generateCallbacksThroughGraph}, also giving the requests written (for the contacts behind them). */
export async function generateCallbackHistoryThroughGraph(
  tenant: DemoTenantAccess,
  request: GenerateCallbacksRequest,
  now: Date,
): Promise<CallbackRequest[]> {
  const generated = await generatedCallbackRequests(tenant, request, now);
  await createItems(
    tenant,
    generated.agentUpn,
    callbacksList,
    generated.requests.map((callback) =>
      fieldsForListItem(callbacksList, fieldsForCallback(callback)),
    ),
  );
  return generated.requests;
}

/** What happened to a generated request up to `nowMs`: attempts, and a closing by whoever reached the inwoner. */
function historyOf(
  request: CallbackRequest,
  team: TeamPlan,
  caller: string,
  random: () => number,
  pick: <T>(values: readonly T[]) => T,
  nowMs: number,
): CallbackRequest {
  let result: CallbackRequest = request;
  const madeMs = request.madeAt as number;
  const dueMs = request.dueAt as number;
  if (random() < team.calledBack) {
    const onTime = random() < team.onTime;
    let attemptMs = onTime
      ? madeMs + 10 * 60_000 + random() * (dueMs - madeMs - 10 * 60_000)
      : dueMs + 60 * 60_000 + random() * 4 * 86_400_000;
    for (let n = 0; n < 3 && attemptMs <= nowMs; n++) {
      const reached = random() < 0.7 || n === 2;
      const outcome: AttemptOutcome = reached
        ? random() < 0.9
          ? 'reached'
          : 'emailed'
        : pick(failed);
      const attemptAt = instantFromEpochMs(Math.floor(attemptMs / 1000) * 1000);
      result = {
        ...result,
        attempts: [...result.attempts, { at: attemptAt, byId: caller, outcome, note: '' }],
      };
      if (reached) {
        const closingMs = Math.floor(attemptMs / 1000) * 1000 + 5 * 60_000;
        if (closingMs <= nowMs)
          result = {
            ...result,
            status: 'done',
            closedAt: instantFromEpochMs(closingMs),
            closedById: caller,
          };
        break;
      }
      attemptMs = attemptMs + (2 + random() * 20) * 3_600_000;
    }
  } else if (random() < 0.08) {
    const cancelledMs = madeMs + 30 * 60_000;
    if (cancelledMs <= nowMs)
      result = {
        ...result,
        status: 'cancelled',
        closedAt: instantFromEpochMs(cancelledMs),
        // A cancellation by whoever held it (none for an unclaimed team request).
        closedById: request.assignedToPersonId ?? request.claimedById,
      };
  }
  // Drawn last, in the order the generator has always drawn, so that a seed keeps giving the same requests.
  const channel: CallbackChannel = random() < 0.85 ? 'phone' : pick(otherChannels);
  return { ...result, channel };
}
