// Reminders the coordinator sends about a signal ("agenda niet gedeeld", "geen werktijden"): who gets one now and who
// is skipped because they were reminded of the same thing less than a week ago. The clock is a parameter.
import type { Instant } from '../time';
import { DAY_MS } from '../time';

/** What a reminder is about: one of the monitor's signals an employee can fix in Mijn bereikbaarheid. */
export type ReminderTopic = 'calendarNotShared' | 'workingHoursMissing';

export const reminderTopics: readonly ReminderTopic[] = [
  'calendarNotShared',
  'workingHoursMissing',
];

/** A reminder that was recorded as sent (or being sent) to a person. */
export type RecordedReminder = { personId: string; topic: ReminderTopic; sentAt: Instant };

/** How long after a reminder the same person gets no second one about the same topic: a week. */
export const REMINDER_INTERVAL_MS = 7 * DAY_MS;

/** Per person asked for: send now, or skip and say when they were last reminded. */
export type ReminderDecision =
  | { personId: string; decision: 'send' }
  | { personId: string; decision: 'skip'; remindedAt: Instant };

/**
 * The decision per person for one topic: a person reminded of the same topic less than 7 days before `now` is
 * skipped (with the latest of those reminders); a reminder about the other topic does not count. Each person once,
 * in the order first asked.
 * @example reminderDecisions(['p1', 'p2', 'p1'], 'calendarNotShared', [{ personId: 'p1', topic: 'calendarNotShared', sentAt: monday }], wednesday)
 * // [{ personId: 'p1', decision: 'skip', remindedAt: monday }, { personId: 'p2', decision: 'send' }]
 */
export function reminderDecisions(
  personIds: readonly string[],
  topic: ReminderTopic,
  recorded: readonly RecordedReminder[],
  now: Instant,
): ReminderDecision[] {
  const latest = new Map<string, Instant>();
  for (const reminder of recorded) {
    if (reminder.topic !== topic) continue;
    // A reminder "sent" in the future (a clock off on another device) counts too: never a second one.
    if (now - reminder.sentAt >= REMINDER_INTERVAL_MS) continue;
    const known = latest.get(reminder.personId);
    if (known === undefined || reminder.sentAt > known)
      latest.set(reminder.personId, reminder.sentAt);
  }
  const seen = new Set<string>();
  const decisions: ReminderDecision[] = [];
  for (const personId of personIds) {
    if (seen.has(personId)) continue;
    seen.add(personId);
    const remindedAt = latest.get(personId);
    decisions.push(
      remindedAt === undefined
        ? { personId, decision: 'send' }
        : { personId, decision: 'skip', remindedAt },
    );
  }
  return decisions;
}

/**
 * The earliest instant whose reminders still count at `now`: what to ask the reminders list for.
 * @example reminderWindowStart(instantFromIso('2026-12-02T12:00:00Z')!) // 2026-11-25T12:00:00Z
 */
export function reminderWindowStart(now: Instant): Instant {
  return (now - REMINDER_INTERVAL_MS) as Instant;
}

/**
 * The id of one reminder in one send: the same send tried again gives the same ids, so a retry finds what the first
 * try recorded instead of sending twice.
 * @example reminderIdOf('b7f0…', 'p1', 'calendarNotShared') // 'b7f0…:p1:calendarNotShared'
 */
export function reminderIdOf(sendId: string, personId: string, topic: ReminderTopic): string {
  return `${sendId}:${personId}:${topic}`;
}
