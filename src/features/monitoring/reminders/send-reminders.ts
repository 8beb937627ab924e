// Sending reminders about a signal to the people the coordinator chose: the weekly-once rule (domain) against what
// the reminders list holds, each reminder recorded before it is sent and its outcome after, a few at a time.
// Idempotent per send: tried again with the same sendId, a person already reminded by this send is not sent again.
import type { ReminderTopic } from '../../../domain/reminders';
import {
  REMINDER_INTERVAL_MS,
  reminderDecisions,
  reminderIdOf,
  reminderWindowStart,
} from '../../../domain/reminders';
import type { Instant } from '../../../domain/time';
import type { NewReminder, ReminderOutcome, StoredReminder } from '../../../graph/monitoring';

/** A colleague to remind. */
export type ReminderTarget = { id: string; displayName: string; mail: string | null };

/** What sending needs from outside (Graph in production, memory in tests). */
export type ReminderPort = {
  readBetween: (from: Instant, to: Instant) => Promise<StoredReminder[]>;
  record: (
    reminder: NewReminder,
  ) => Promise<{ outcome: 'created' | 'existing'; reminder: StoredReminder }>;
  setOutcome: (reminder: StoredReminder, outcome: ReminderOutcome) => Promise<StoredReminder>;
  /** Sends the Teams activity or e-mail; throws when it failed. */
  notify: (
    target: ReminderTarget,
    topic: ReminderTopic,
  ) => Promise<{ sent: 'teamsActivity' | 'email' } | { sent: 'nobody' }>;
};

/** What happened per person. */
export type ReminderResult =
  | { personId: string; result: 'sent'; via: 'teamsActivity' | 'email' }
  /** Sent by an earlier try of this same send (or its outcome was not written back): not sent again. */
  | { personId: string; result: 'alreadySent' }
  | { personId: string; result: 'skipped'; remindedAt: Instant }
  /** No Teams app and no mailbox: nobody to send to. */
  | { personId: string; result: 'unreachable' }
  | { personId: string; result: 'failed'; status: number };

export type SendRemindersRequest = {
  /** One id per press of the button; a retry of the same send passes the same id. */
  sendId: string;
  topic: ReminderTopic;
  targets: readonly ReminderTarget[];
  senderId: string;
  now: Instant;
  /** How many people at once (each is a few requests). */
  parallel?: number;
};

const countsAsReminded = (reminder: StoredReminder) => reminder.outcome !== 'failed';

/**
 * Sends the reminders of one send and says per person what happened, in the order of `targets` (each person once).
 * Throws only when the reminders list cannot be read (nothing was sent then).
 * @example (await sendReminders(port, { sendId, topic: 'calendarNotShared', targets, senderId, now })).map((r) => r.result) // ['sent', 'skipped']
 */
export async function sendReminders(
  port: ReminderPort,
  request: SendRemindersRequest,
): Promise<ReminderResult[]> {
  const { sendId, topic, targets, now } = request;
  // Reminders dated after now (a clock off on another device) count too.
  const recorded = await port.readBetween(
    reminderWindowStart(now),
    (now + REMINDER_INTERVAL_MS) as Instant,
  );
  const ownIds = new Set(targets.map((target) => reminderIdOf(sendId, target.id, topic)));
  const ofThisSend = new Map(
    recorded
      .filter((reminder) => ownIds.has(reminder.reminderId))
      .map((reminder) => [reminder.personId, reminder]),
  );
  const decisions = reminderDecisions(
    targets.map((target) => target.id),
    topic,
    recorded.filter((reminder) => !ownIds.has(reminder.reminderId) && countsAsReminded(reminder)),
    now,
  );
  const byId = new Map(targets.map((target) => [target.id, target]));

  const one = async (decision: (typeof decisions)[number]): Promise<ReminderResult> => {
    const { personId } = decision;
    const earlier = ofThisSend.get(personId);
    if (earlier !== undefined && countsAsReminded(earlier))
      return { personId, result: 'alreadySent' };
    if (decision.decision === 'skip')
      return { personId, result: 'skipped', remindedAt: decision.remindedAt };
    const target = byId.get(personId) as ReminderTarget;
    let stored: StoredReminder;
    try {
      if (earlier !== undefined)
        stored = earlier; // refused last time: try again
      else {
        const saved = await port.record({
          reminderId: reminderIdOf(sendId, personId, topic),
          personId,
          personName: target.displayName,
          topic,
          sentAt: now,
          sentById: request.senderId,
        });
        // Recorded by a try whose answer was lost, or by a twin at the same moment: never a second one.
        if (saved.outcome === 'existing' && countsAsReminded(saved.reminder))
          return { personId, result: 'alreadySent' };
        stored = saved.reminder;
      }
    } catch (error) {
      return { personId, result: 'failed', status: statusOf(error) };
    }
    try {
      const sent = await port.notify(target, topic);
      if (sent.sent === 'nobody') {
        await port.setOutcome(stored, 'failed').catch(() => undefined);
        return { personId, result: 'unreachable' };
      }
      // The send went out; if writing that down fails, the item stays 'sending', which counts as reminded.
      await port.setOutcome(stored, sent.sent).catch(() => undefined);
      return { personId, result: 'sent', via: sent.sent };
    } catch (error) {
      await port.setOutcome(stored, 'failed').catch(() => undefined);
      return { personId, result: 'failed', status: statusOf(error) };
    }
  };

  const results: ReminderResult[] = new Array<ReminderResult>(decisions.length);
  let next = 0;
  const worker = async () => {
    while (next < decisions.length) {
      const index = next++;
      results[index] = await one(decisions[index] as (typeof decisions)[number]);
    }
  };
  await Promise.all(
    Array.from({ length: Math.min(request.parallel ?? 4, decisions.length) }, worker),
  );
  return results;
}

function statusOf(error: unknown): number {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : 0;
}
