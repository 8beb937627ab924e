// The daily job's record in its SharePoint list: what a day's runs recorded (one indexed RunDate query), an item
// written before each send (unique RecordKey: a rerun or a second job finds it, never a second item), its outcome,
// and the runs' summaries for the monitor's "Laatste dagelijkse controle".
// Scopes: the job writes with its application permission (Sites.Selected, write on the site); the monitor reads with
// the signed-in user's sitesScope.
import type { Client } from '@microsoft/microsoft-graph-client';
import { dailyRunList } from '../../../schema/lists';
import type { DailyRunSummary } from '../../domain/daily-run';
import { emptyDailyRunSummary } from '../../domain/daily-run';
import type { Instant, LocalDate } from '../../domain/time';
import {
  createUniqueItem,
  fieldsForListItem,
  listRecords,
  odataString,
  siteSegment,
} from '../lists';
import type { ListRecord, SiteLocator } from '../lists';

export type DailyRecordKind =
  'reminder' | 'escalation' | 'absences' | 'callbackRetention' | 'reasonRetention' | 'run';
export type DailyRecordOutcome =
  'sending' | 'teamsActivity' | 'email' | 'failed' | 'nobody' | 'done' | 'runFailed';

export type StoredDailyRecord = {
  itemId: string;
  key: string;
  date: LocalDate;
  kind: DailyRecordKind;
  title: string;
  recipient: string | null;
  subjectIds: string[];
  outcome: DailyRecordOutcome;
  count: number | null;
  summary: string | null;
  recordedAt: Instant;
};

export type NewDailyRecord = Omit<StoredDailyRecord, 'itemId'>;

const kinds: readonly DailyRecordKind[] = [
  'reminder',
  'escalation',
  'absences',
  'callbackRetention',
  'reasonRetention',
  'run',
];
const outcomes: readonly DailyRecordOutcome[] = [
  'sending',
  'teamsActivity',
  'email',
  'failed',
  'nobody',
  'done',
  'runFailed',
];

const itemsPath = (site: SiteLocator): string =>
  `${siteSegment(site)}/lists/${encodeURIComponent(dailyRunList.name)}/items`;

function storedFrom(record: ListRecord<typeof dailyRunList>): StoredDailyRecord | null {
  const { fields } = record;
  const kind = kinds.find((candidate) => candidate === fields.Kind);
  const outcome = outcomes.find((candidate) => candidate === fields.Outcome);
  if (kind === undefined || outcome === undefined) return null;
  return {
    itemId: record.id,
    key: fields.RecordKey,
    date: fields.RunDate as LocalDate,
    kind,
    title: fields.Title,
    recipient: fields.Recipient,
    subjectIds: (fields.Subjects ?? '').split(',').filter((id) => id !== ''),
    outcome,
    count: fields.Count,
    summary: fields.Summary,
    recordedAt: fields.RecordedAt,
  };
}

const allStored = (records: ListRecord<typeof dailyRunList>[]): StoredDailyRecord[] =>
  records.map(storedFrom).filter((record): record is StoredDailyRecord => record !== null);

/**
 * Everything recorded on a working day: one indexed query.
 * @example (await readDailyRecords(client, site, '2026-12-03')).length // 17
 */
export async function readDailyRecords(
  client: Client,
  site: SiteLocator,
  date: LocalDate,
): Promise<StoredDailyRecord[]> {
  return allStored(
    await listRecords(client, site, dailyRunList, {
      filter: `fields/RunDate eq ${odataString(date)}`,
    }),
  );
}

async function findDailyRecord(client: Client, site: SiteLocator, key: string) {
  const [found] = allStored(
    await listRecords(client, site, dailyRunList, {
      filter: `fields/RecordKey eq ${odataString(key)}`,
      top: 1,
    }),
  );
  return found ?? null;
}

/**
 * Writes a record, idempotently: when its key is already there (a rerun, another job at the same moment: 409 on
 * the unique RecordKey, or an answer lost after the write) the existing one comes back as 'existing', and the caller
 * must not send.
 * @example (await recordDaily(client, site, record)).outcome // 'created', then 'existing'
 */
export async function recordDaily(
  client: Client,
  site: SiteLocator,
  record: NewDailyRecord,
): Promise<{ outcome: 'created' | 'existing'; record: StoredDailyRecord }> {
  const { outcome, stored } = await createUniqueItem(
    client,
    site,
    dailyRunList,
    fieldsForListItem(dailyRunList, {
      Title: record.title.slice(0, 255),
      RecordKey: record.key,
      RunDate: record.date,
      Kind: record.kind,
      Recipient: record.recipient,
      Subjects: record.subjectIds.join(','),
      Outcome: record.outcome,
      Count: record.count,
      Summary: record.summary,
      RecordedAt: record.recordedAt,
    }),
    storedFrom,
    () => findDailyRecord(client, site, record.key),
  );
  // After a lost answer the item may be ours: the caller cannot tell, so it is treated as recorded before.
  return { outcome: outcome === 'created' ? 'created' : 'existing', record: stored };
}

/**
 * Writes the outcome (and, for a run, the summary); nobody else edits these items, so no eTag.
 * @example await setDailyOutcome(client, site, record, { outcome: 'email' })
 */
export async function setDailyOutcome(
  client: Client,
  site: SiteLocator,
  record: Pick<StoredDailyRecord, 'itemId'>,
  change: { outcome: DailyRecordOutcome; count?: number; summary?: string },
): Promise<void> {
  await client.api(`${itemsPath(site)}/${encodeURIComponent(record.itemId)}/fields`).patch(
    fieldsForListItem(dailyRunList, {
      Outcome: change.outcome,
      ...(change.count === undefined ? {} : { Count: change.count }),
      ...(change.summary === undefined ? {} : { Summary: change.summary }),
    }),
  );
}

/** The last run the monitor shows: when, how it ended, and what it did. */
export type LastDailyRun = {
  at: Instant;
  outcome: 'done' | 'runFailed' | 'running';
  summary: DailyRunSummary;
  /** What stopped a failed run, as the job printed it. */
  error: string | null;
};

/** The summary as kept in the Summary column (JSON), and back; unknown fields are dropped, missing ones are 0. */
export function summaryToJson(summary: DailyRunSummary, error: string | null = null): string {
  return JSON.stringify({ ...summary, error });
}

export function summaryFromJson(json: string | null): {
  summary: DailyRunSummary;
  error: string | null;
} {
  let parsed: Record<string, unknown> = {};
  try {
    const value = JSON.parse(json ?? '{}') as unknown;
    if (typeof value === 'object' && value !== null) parsed = value as Record<string, unknown>;
  } catch {
    // A hand-edited summary: the counts are not known.
  }
  const summary = { ...emptyDailyRunSummary };
  for (const key of Object.keys(summary) as (keyof DailyRunSummary)[]) {
    const value = parsed[key];
    if (typeof value === 'number' && Number.isFinite(value)) summary[key] = value;
  }
  return { summary, error: typeof parsed.error === 'string' ? parsed.error : null };
}

/**
 * The latest run, or null when the job never ran. One indexed query on Kind (one run a working day).
 * @example (await readLastDailyRun(client, site))?.summary.reminders // 12
 */
export async function readLastDailyRun(
  client: Client,
  site: SiteLocator,
): Promise<LastDailyRun | null> {
  const runs = allStored(
    await listRecords(client, site, dailyRunList, { filter: "fields/Kind eq 'run'" }),
  );
  const last = runs.sort((a, b) => b.recordedAt - a.recordedAt)[0];
  if (last === undefined) return null;
  const { summary, error } = summaryFromJson(last.summary);
  return {
    at: last.recordedAt,
    outcome: last.outcome === 'done' || last.outcome === 'runFailed' ? last.outcome : 'running',
    summary,
    error,
  };
}
