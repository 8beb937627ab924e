// The daily job: plans the day (src/domain/daily-run), then for each message records it BEFORE sending it, sends,
// and records how it went; then retention; then the run's summary for the monitor.
//
// The order, and what a crash or a rerun at each point does:
//  1. Record the message's key(s) as 'sending' (unique RecordKey: a second run, or two at once, get 409 and skip).
//  2. Send it.
//  3. Record the outcome ('teamsActivity', 'email'; 'failed' when Graph refused it: nothing was sent).
// A crash between 1 and 3 leaves 'sending': a rerun does not send it again (it may have gone out) and prints it,
// and the run's summary counts it, as "niet zeker verstuurd", so it is never skipped silently. A 'failed' one is
// tried again by the next run. Retention removes only what still holds personal data, so it never removes twice.
import type { Client } from '@microsoft/microsoft-graph-client';
import type { OrganisationSettings } from '../../src/config/app-config';
import type { DailyMessage, DailyPlan, DailyRunSummary } from '../../src/domain/daily-run';
import { emptyDailyRunSummary, planDailyRun } from '../../src/domain/daily-run';
import type { Instant, LocalDate } from '../../src/domain/time';
import { localDateAt } from '../../src/domain/time';
import { closedReason } from '../../src/domain/daily-run';
import { deleteExpiredReasons, markUnnoticedEnds } from '../../src/graph/absences';
import { redactExpiredCallbacks } from '../../src/graph/callbacks';
import { createGraphClient, toGraphRequestError } from '../../src/graph/client';
import type { SiteLocator } from '../../src/graph/lists';
import { recordDaily, setDailyOutcome, summaryToJson } from '../../src/graph/monitoring';
import type { StoredDailyRecord } from '../../src/graph/monitoring';
import { formatCalendarDate, formatDayTime, loadMessages, translate } from '../../src/i18n';
import type { DailyNoticeContext } from '../../src/notifications';
import { sendDailyMessage } from '../../src/notifications';
import { SendRefusedError, explainFailure } from './daily-failure';
import { readDay } from './read-day';
import type { DayData } from './read-day';

export type DailyJobOptions = {
  tokens: { graphToken(): Promise<string> };
  /** Graph's origin (https://graph.microsoft.com, or the demo tenant's). */
  graphBaseUrl: string;
  site: SiteLocator;
  now: Instant;
  dryRun: boolean;
  organisation: OrganisationSettings;
  teamsAppId: string;
  teamsCatalogAppId: string | null;
  appBaseUrl: string | null;
  print: (line: string) => void;
  /** Shown in the first line: where the job runs against. */
  target: string;
};

export type DailyJobResult =
  | { kind: 'closed'; date: LocalDate }
  | { kind: 'done'; date: LocalDate; summary: DailyRunSummary; dryRun: boolean }
  | { kind: 'failed'; date: LocalDate; summary: DailyRunSummary; message: string };

const t = translate.bind(null, 'nl');

function describe(message: DailyMessage, day: DayData): string {
  const count = message.subjectIds.length;
  const name = (id: string) => day.people.get(id)?.displayName ?? id;
  if (message.recipient.kind === 'mailbox')
    return t('daily.what.reminder.mailbox', {
      mailbox: message.recipient.mailbox,
      team: message.recipient.teamName,
      count,
    });
  const who = name(message.recipient.personId);
  if (message.kind === 'reminder') return t('daily.what.reminder.person', { name: who, count });
  if (message.kind === 'escalation')
    return t('daily.what.escalation', { name: who, team: message.teamName ?? '', count });
  return t('daily.what.absences', { name: who, count });
}

const recipientOf = (message: DailyMessage) =>
  message.recipient.kind === 'person' ? message.recipient.personId : message.recipient.mailbox;

const summaryLines = (summary: DailyRunSummary): string[] => [
  t('daily.run.summary', {
    reminders: summary.reminders,
    escalations: summary.escalations,
    absences: summary.absences,
    redacted: summary.redactedCallbacks,
    reasons: summary.deletedReasons,
  }),
  ...(summary.notKnownSent + summary.failed > 0
    ? [
        t('daily.run.summary.problems', {
          notKnownSent: summary.notKnownSent,
          failed: summary.failed,
        }),
      ]
    : []),
];

const counted: Readonly<Record<DailyMessage['kind'], 'reminders' | 'escalations' | 'absences'>> = {
  reminder: 'reminders',
  escalation: 'escalations',
  absences: 'absences',
};

/** Records a message's keys; those another run recorded (and did not fail) are left out. Null: nothing left. */
async function claim(
  client: Client,
  options: DailyJobOptions,
  date: LocalDate,
  message: DailyMessage,
  what: string,
): Promise<{ message: DailyMessage; records: StoredDailyRecord[] } | null> {
  const records: StoredDailyRecord[] = [];
  const keep: number[] = [];
  for (const [index, key] of message.keys.entries()) {
    const subjects =
      message.kind === 'escalation' ? [message.subjectIds[index] as string] : message.subjectIds;
    const result = await recordDaily(client, options.site, {
      key,
      date,
      kind: message.kind,
      title: what,
      recipient: recipientOf(message),
      subjectIds: [...subjects],
      outcome: 'sending',
      count: null,
      summary: null,
      recordedAt: options.now,
    });
    if (result.outcome === 'existing' && result.record.outcome !== 'failed') continue;
    if (result.outcome === 'existing')
      await setDailyOutcome(client, options.site, result.record, { outcome: 'sending' });
    records.push(result.record);
    keep.push(index);
  }
  if (records.length === 0) return null;
  if (message.kind !== 'escalation') return { message, records };
  return {
    message: {
      ...message,
      keys: keep.map((index) => message.keys[index] as string),
      subjectIds: keep.map((index) => message.subjectIds[index] as string),
    },
    records,
  };
}

async function sendAll(
  client: Client,
  options: DailyJobOptions,
  plan: Extract<DailyPlan, { kind: 'working' }>,
  day: DayData,
  summary: DailyRunSummary,
): Promise<void> {
  const context: DailyNoticeContext = {
    now: options.now,
    channel: options.organisation.notifications,
    senderMailbox: options.organisation.frontOfficeMailbox ?? '',
    teamsAppId: options.teamsAppId,
    teamsCatalogAppId: options.teamsCatalogAppId,
    appBaseUrl: options.appBaseUrl,
    people: day.people,
    callbacks: new Map(day.callbacks.map((request) => [request.id, request])),
    absences: new Map(day.absences.map((absence) => [absence.id, absence])),
  };
  for (const planned of plan.messages) {
    const claimed = await claim(client, options, plan.date, planned, describe(planned, day));
    if (claimed === null) continue;
    const what = describe(claimed.message, day);
    try {
      const result = await sendDailyMessage(client, claimed.message, context);
      for (const record of claimed.records)
        await setDailyOutcome(client, options.site, record, { outcome: result.sent });
      if (result.sent === 'nobody') {
        options.print(t('daily.run.nobody', { what }));
        continue;
      }
      summary[counted[claimed.message.kind]] += 1;
      options.print(
        t('daily.run.sent', { channel: result.sent === 'email' ? 'e-mail' : 'Teams', what }),
      );
    } catch (error) {
      const failure = toGraphRequestError(error);
      // No answer or a server error: it may have gone out. Left 'sending', never sent again, said so.
      if (failure.status === 0 || failure.status >= 500) {
        summary.notKnownSent += 1;
        options.print(t('daily.run.notKnownSent', { what }));
        continue;
      }
      // Refused (4xx, a 429 the client gave up on): nothing was sent; the next run tries again.
      for (const record of claimed.records)
        await setDailyOutcome(client, options.site, record, { outcome: 'failed' });
      summary.failed += 1;
      options.print(t('daily.run.failed', { what, message: failure.message }));
      // Not granted (Mail.Send), or the sender is no mailbox: every other message would be refused the same way.
      if (failure.status === 401 || failure.status === 403 || failure.status === 404)
        throw new SendRefusedError(failure, context.senderMailbox);
    }
  }
}

/**
 * Absence reasons past retention. First the ends nobody's screen noticed are marked on their reasons (ended by the
 * coordinator, or while the leader never opened "Mijn team"), so that no reason outlives its absence for ever.
 */
async function removeExpiredReasons(
  client: Client,
  options: DailyJobOptions,
  day: DayData,
): Promise<number> {
  const access = day.teams.flatMap((team) =>
    team.id === undefined ? [] : [{ teamId: team.id, memberIds: team.memberIds }],
  );
  const now = new Date(options.now);
  const open = new Set(day.absences.filter((a) => a.endedAt === null).map((a) => a.id));
  await markUnnoticedEnds(client, options.site, access, open, now);
  return deleteExpiredReasons(
    client,
    options.site,
    access,
    [],
    now,
    options.organisation.absenceReasonRetentionDays,
  );
}

async function retention(
  client: Client,
  options: DailyJobOptions,
  plan: Extract<DailyPlan, { kind: 'working' }>,
  day: DayData,
  summary: DailyRunSummary,
): Promise<void> {
  for (const step of plan.retention) {
    if (step.state === 'recorded') options.print(t('daily.run.retention.recorded'));
    const removed =
      step.kind === 'callbackRetention'
        ? await redactExpiredCallbacks(
            client,
            options.site,
            options.now,
            options.organisation.callbackRetentionDays,
          )
        : await removeExpiredReasons(client, options, day);
    if (step.kind === 'callbackRetention') summary.redactedCallbacks += removed;
    else summary.deletedReasons += removed;
    const recorded = await recordDaily(client, options.site, {
      key: step.key,
      date: plan.date,
      kind: step.kind,
      title:
        step.kind === 'callbackRetention'
          ? 'Bewaartermijn terugbelverzoeken'
          : 'Bewaartermijn redenen van afwezigheid',
      recipient: null,
      subjectIds: [],
      outcome: 'done',
      count: removed,
      summary: null,
      recordedAt: options.now,
    });
    if (recorded.outcome === 'existing' && removed > 0)
      await setDailyOutcome(client, options.site, recorded.record, {
        outcome: 'done',
        count: (recorded.record.count ?? 0) + removed,
      });
  }
}

function printDryRun(
  options: DailyJobOptions,
  plan: Extract<DailyPlan, { kind: 'working' }>,
  day: DayData,
): DailyRunSummary {
  const summary = { ...emptyDailyRunSummary };
  options.print(t('daily.run.dryRun'));
  for (const message of plan.messages) {
    options.print(t('daily.run.would', { what: describe(message, day) }));
    summary[counted[message.kind]] += 1;
  }
  const [callbacks, reasons] = plan.retention;
  options.print(
    t('daily.run.retention.would', {
      callbacks: formatDayTime(new Date(callbacks?.cutoff ?? options.now)),
      reasons: formatDayTime(new Date(reasons?.cutoff ?? options.now)),
    }),
  );
  return summary;
}

/**
 * Runs the job once. Prints every step and the summary; never throws for what Graph answers (the result says what
 * stopped it, and what was sent before).
 * @example await runDailyJob({ ...options, now: instantFromIso('2026-12-03T06:00:00Z')!, dryRun: false })
 */
export async function runDailyJob(options: DailyJobOptions): Promise<DailyJobResult> {
  await loadMessages(['daily']); // its texts are a message group (main.ts loads it too, for its own stops)
  const date = localDateAt(options.now);
  const calendar = {
    extraClosingDays: options.organisation.extraClosingDays as readonly LocalDate[],
    openOnStatutoryDays: options.organisation.openOnStatutoryDays as readonly LocalDate[],
  };
  const readable = formatCalendarDate(date);
  const why = closedReason(date, calendar);
  if (why !== null) {
    // Nothing to read or write on a closed day: not even a run record.
    options.print(
      why.kind === 'statutoryHoliday'
        ? t('daily.run.closed.statutoryHoliday', {
            date: readable,
            holiday: t(`daily.holiday.${why.holiday}`),
          })
        : t(why.kind === 'weekend' ? 'daily.run.closed.weekend' : 'daily.run.closed.closingDay', {
            date: readable,
          }),
    );
    return { kind: 'closed', date };
  }
  options.print(t('daily.run.start', { date: readable, target: options.target }));
  const client = createGraphClient({
    authProvider: { getAccessToken: () => options.tokens.graphToken() },
    graphBaseUrl: options.graphBaseUrl,
  });
  const summary = { ...emptyDailyRunSummary };
  let run: StoredDailyRecord | null = null;
  try {
    const day = await readDay(client, options.site, options.now, date);
    const recorded = new Set(
      day.records.filter((record) => record.outcome !== 'failed').map((record) => record.key),
    );
    const plan = planDailyRun({
      now: options.now,
      calendar,
      callbacks: day.callbacks,
      teams: day.teams,
      absences: day.absences,
      recorded,
      callbackRetentionDays: options.organisation.callbackRetentionDays,
      absenceReasonRetentionDays: options.organisation.absenceReasonRetentionDays,
    });
    if (plan.kind === 'closed') return { kind: 'closed', date };
    if (plan.alreadyRecorded > 0)
      options.print(t('daily.run.already', { count: plan.alreadyRecorded }));
    // Earlier runs' messages still 'sending' today: not known to be sent, and not sent again.
    for (const record of day.records.filter(
      (candidate) => candidate.outcome === 'sending' && candidate.kind !== 'run',
    ))
      options.print(t('daily.run.notKnownSent', { what: record.title }));
    if (options.dryRun) {
      const would = printDryRun(options, plan, day);
      for (const line of summaryLines(would)) options.print(line);
      return { kind: 'done', date, summary: would, dryRun: true };
    }
    const runsToday = day.records.filter((record) => record.kind === 'run').length;
    run = (
      await recordDaily(client, options.site, {
        key: `${date}|run|${runsToday + 1}`,
        date,
        kind: 'run',
        title: `Dagelijkse controle ${date} (${runsToday + 1})`,
        recipient: null,
        subjectIds: [],
        outcome: 'sending',
        count: null,
        summary: summaryToJson(summary),
        recordedAt: options.now,
      })
    ).record;
    await sendAll(client, options, plan, day, summary);
    await retention(client, options, plan, day, summary);
    await setDailyOutcome(client, options.site, run, {
      outcome: 'done',
      summary: summaryToJson(summary),
    });
    for (const line of summaryLines(summary)) options.print(line);
    return { kind: 'done', date, summary, dryRun: false };
  } catch (error) {
    const message = explainFailure(error);
    options.print(t('daily.run.stopped', { message }));
    for (const line of summaryLines(summary)) options.print(line);
    if (run !== null)
      await setDailyOutcome(client, options.site, run, {
        outcome: 'runFailed',
        summary: summaryToJson(summary, message),
      }).catch(() => undefined);
    return { kind: 'failed', date, summary, message };
  }
}
