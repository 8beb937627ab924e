// Sending one batch of reminders from the screen: a new sendId per press of the button, the same one when the
// coordinator retries the ones that did not go out (so those already sent are not sent twice).
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { ReminderTopic } from '../../../domain/reminders';
import { instantFromEpochMs } from '../../../domain/time';
import { useMonitoringDataSource } from '../api/monitoring-data-source';
import type { ReminderResult, ReminderTarget } from './send-reminders';
import { sendReminders } from './send-reminders';

export type SentBatch = {
  sendId: string;
  targets: readonly ReminderTarget[];
  results: ReminderResult[];
};

export function useSendReminders(topic: ReminderTopic, senderId: string) {
  const source = useMonitoringDataSource();
  const [batch, setBatch] = useState<SentBatch | null>(null);
  const mutation = useMutation({
    mutationFn: async (input: { sendId: string; targets: readonly ReminderTarget[] }) => {
      const results = await sendReminders(source.reminders, {
        sendId: input.sendId,
        topic,
        targets: input.targets,
        senderId,
        now: instantFromEpochMs(source.now().getTime()),
      });
      return { ...input, results };
    },
    onSuccess: setBatch,
  });
  return {
    batch,
    mutation,
    send: (targets: readonly ReminderTarget[]) =>
      mutation.mutate({ sendId: crypto.randomUUID(), targets }),
    /** The same send again, for the people it did not reach. */
    retry: () => {
      if (batch === null) return;
      const failed = new Set(
        batch.results.filter((result) => result.result === 'failed').map((r) => r.personId),
      );
      mutation.mutate({
        sendId: batch.sendId,
        targets: batch.targets.filter((target) => failed.has(target.id)),
      });
    },
  };
}
