// The reminders list and sending, in memory, for component tests: what was recorded, what was sent to whom, and
// people for whom sending fails (a status) until told otherwise.
import type { ReminderTopic } from '../../../domain/reminders';
import type { StoredReminder } from '../../../graph/monitoring';
import type { ReminderPort, ReminderTarget } from '../reminders/send-reminders';

export type MemoryReminderPort = ReminderPort & {
  stored: StoredReminder[];
  sent: { personId: string; topic: ReminderTopic }[];
  /** Person id → HTTP status the send fails with. */
  failing: Map<string, number>;
};

export function memoryReminderPort(initial: StoredReminder[] = []): MemoryReminderPort {
  const port: MemoryReminderPort = {
    stored: [...initial],
    sent: [],
    failing: new Map(),
    readBetween: (from, to) =>
      Promise.resolve(
        port.stored.filter((reminder) => reminder.sentAt >= from && reminder.sentAt < to),
      ),
    record: (reminder) => {
      const existing = port.stored.find((stored) => stored.reminderId === reminder.reminderId);
      if (existing !== undefined)
        return Promise.resolve({ outcome: 'existing', reminder: existing });
      const created: StoredReminder = {
        ...reminder,
        itemId: String(port.stored.length + 1),
        eTag: null,
        outcome: 'sending',
      };
      port.stored.push(created);
      return Promise.resolve({ outcome: 'created', reminder: created });
    },
    setOutcome: (reminder, outcome) => {
      const index = port.stored.findIndex((stored) => stored.itemId === reminder.itemId);
      const updated = { ...reminder, outcome };
      if (index >= 0) port.stored[index] = updated;
      return Promise.resolve(updated);
    },
    notify: (target: ReminderTarget, topic) => {
      const status = port.failing.get(target.id);
      if (status !== undefined)
        return Promise.reject(Object.assign(new Error('failed'), { status }));
      port.sent.push({ personId: target.id, topic });
      return Promise.resolve({ sent: target.mail === null ? 'teamsActivity' : 'email' });
    },
  };
  return port;
}
