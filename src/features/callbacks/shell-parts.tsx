// What the shell shows of this feature on every page, loaded as one chunk after the first paint (see
// deferred-shell-parts): the navigation's counts, the outbox that runs them, and the agent screen's outcome recorder.
import { useEffect } from 'react';
import { useContactRecorder } from './contact-recorder';
import type { OutboxContactRecorder } from './contact-recorder';
import type { NavBadgeProps } from './nav-badges';

export { MyCallbacksNavBadge, OutboxNavBadge, outboxWaitingCounts } from './nav-badges';
export type { NavBadgeProps } from './nav-badges';

/** Mounts the signed-in agent's recorder (its outbox runs while it is mounted) and hands it up. */
export function ContactRecorderHost({
  onRecorder,
  ...props
}: NavBadgeProps & { onRecorder: (recorder: OutboxContactRecorder | null) => void }) {
  const recorder = useContactRecorder(props);
  useEffect(() => {
    onRecorder(recorder);
    return () => onRecorder(null);
  }, [recorder, onRecorder]);
  return null;
}
