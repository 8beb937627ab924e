// A list of callback requests sorted by due moment, each as a card.
import { sortByDue } from '../../../domain/callbacks';
import type { StoredCallback } from '../../../graph/callbacks';
import type { CallbacksDirectory } from '../api/use-callbacks-directory';
import { CallbackCard } from './callback-card';
import type { CallbackCardProps } from './callback-card';
import { useCallbackCardStyles } from './callback-card.styles';

/** Props of {@link CallbackList}. */
export type CallbackListProps = {
  callbacks: readonly StoredCallback[];
  directory: CallbacksDirectory;
  mode: CallbackCardProps['mode'];
  onChanged: CallbackCardProps['onChanged'];
  /** See {@link CallbackCardProps.onAnnounce}. */
  onAnnounce?: CallbackCardProps['onAnnounce'];
  /** Shown when the list is empty. */
  emptyText: string;
};

/** Requests, earliest due first. */
export function CallbackList({
  callbacks,
  directory,
  mode,
  onChanged,
  onAnnounce,
  emptyText,
}: CallbackListProps) {
  const styles = useCallbackCardStyles();
  if (callbacks.length === 0) return <p>{emptyText}</p>;
  const byRequest = new Map(callbacks.map((callback) => [callback.request.id, callback]));
  return (
    <ul className={styles.list}>
      {sortByDue(callbacks.map((callback) => callback.request)).map((request) => {
        const callback = byRequest.get(request.id);
        return callback === undefined ? null : (
          <li key={callback.itemId}>
            <CallbackCard
              callback={callback}
              directory={directory}
              mode={mode}
              onChanged={onChanged}
              onAnnounce={onAnnounce}
            />
          </li>
        );
      })}
    </ul>
  );
}
