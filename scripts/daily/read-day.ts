// What the daily job reads before it plans: the directory (people, teams with leaders and general mailboxes), every
// open callback request, the open absences and what was recorded today. Reads only; each on indexed columns.
import type { Client } from '@microsoft/microsoft-graph-client';
import type { CallbackRequest } from '../../src/domain/callbacks';
import type { DailyAbsence, DailyTeam } from '../../src/domain/daily-run';
import type { Instant, LocalDate } from '../../src/domain/time';
import { DAY_MS, instantFromEpochMs } from '../../src/domain/time';
import { listTeamCallbacks } from '../../src/graph/callbacks';
import type { SiteLocator } from '../../src/graph/lists';
import {
  readCallbacksForPeriod,
  readDailyRecords,
  readOpenAbsences,
} from '../../src/graph/monitoring';
import type { StoredDailyRecord } from '../../src/graph/monitoring';
import { syncPeopleDirectory } from '../../src/graph/people';

/** How far back the due dates of open requests without a team are read (those with a team are read whole). */
export const untiedLookBackDays = 62;

export type DayData = {
  teams: (DailyTeam & { id: string | undefined })[];
  people: Map<string, { displayName: string; mail: string | null }>;
  callbacks: CallbackRequest[];
  absences: DailyAbsence[];
  records: StoredDailyRecord[];
};

/** The step that failed, so that a refusal can name what to grant. */
export class ReadStepError extends Error {
  override readonly name = 'ReadStepError';
  constructor(
    readonly step: 'directory' | 'callbacks' | 'absences' | 'records',
    override readonly cause: unknown,
  ) {
    super(step);
  }
}

async function step<T>(name: ReadStepError['step'], read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    throw new ReadStepError(name, error);
  }
}

/**
 * Reads the day. Open requests: each team's (OpenTeam, set only while open), and those without a team among the
 * requests due in the last `untiedLookBackDays` days (DueAt windows).
 * @example const day = await readDay(client, site, now, '2026-12-03')
 */
export async function readDay(
  client: Client,
  site: SiteLocator,
  now: Instant,
  date: LocalDate,
): Promise<DayData> {
  const directory = await step('directory', () =>
    syncPeopleDirectory(client, site, null, () => new Date(now)),
  );
  const teams = directory.teams.map((team) => ({
    id: team.id,
    name: team.name,
    leaderId: team.leaderId,
    generalMailbox: team.generalMailbox,
    memberIds: team.memberIds,
  }));
  const people = new Map(
    directory.people.map((person) => [
      person.id,
      { displayName: person.displayName, mail: person.mail },
    ]),
  );
  const byId = new Map<string, CallbackRequest>();
  await step('callbacks', async () => {
    for (const team of teams)
      for (const stored of await listTeamCallbacks(client, site, team.name, now, now))
        if (stored.request.status === 'open') byId.set(stored.request.id, stored.request);
    const period = await readCallbacksForPeriod(client, site, {
      from: instantFromEpochMs(now - untiedLookBackDays * DAY_MS),
      to: now,
      team: null,
    });
    for (const request of period.requests)
      if (request.status === 'open' && !byId.has(request.id)) byId.set(request.id, request);
  });
  const absences = await step('absences', async () =>
    (await readOpenAbsences(client, site)).map((absence) => ({
      id: absence.id,
      personId: absence.personId,
      expectedUntil: absence.expectedUntil,
      endedAt: absence.endedAt,
    })),
  );
  const records = await step('records', () => readDailyRecords(client, site, date));
  return { teams, people, callbacks: [...byId.values()], absences, records };
}
