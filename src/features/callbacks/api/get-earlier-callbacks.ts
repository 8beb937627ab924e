// A citizen's earlier requests (`findEarlier`): asked when the agent has typed a complete phone number or e-mail
// address in the callback form, by the exact normalised value — never while it is still a fragment, so the
// lookup cannot be used to search through citizens.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { CitizenContactKeys } from '../../../domain/callbacks';
import { hasContactKey } from '../../../domain/callbacks';
import type { StoredCallback } from '../../../graph/callbacks';
import type { CallbacksDataSource } from './callbacks-data-source';
import { useCallbacksDataSource } from './callbacks-data-source';
import { callbackQueryKeys } from './callback-query-keys';

/** The fetcher: the citizen's open requests and those closed in the last 10 working days. */
export function fetchEarlierCallbacks(
  source: CallbacksDataSource,
  keys: CitizenContactKeys,
): Promise<StoredCallback[]> {
  return source.findEarlier(keys);
}

/** The query of a citizen's earlier requests. */
export const earlierCallbacksQueryOptions = (
  source: CallbacksDataSource,
  keys: CitizenContactKeys,
) =>
  queryOptions({
    queryKey: callbackQueryKeys.earlier(source.me.id, keys.phone, keys.email),
    queryFn: () => fetchEarlierCallbacks(source, keys),
  });

/** A short pause after the last keystroke: an e-mail address looks complete at several keystrokes. */
const SETTLE_MS = 300;

function useSettled(keys: CitizenContactKeys): CitizenContactKeys {
  const [settled, setSettled] = useState(keys);
  useEffect(() => {
    if (settled.phone === keys.phone && settled.email === keys.email) return;
    const timer = setTimeout(() => setSettled(keys), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [keys, settled]);
  return settled;
}

export type EarlierCallbacks =
  /** 'none': nothing to look up yet (no complete number or address). */
  | { status: 'none' }
  | { status: 'loading' }
  | { status: 'failed' }
  | { status: 'ready'; keys: CitizenContactKeys; callbacks: readonly StoredCallback[] };

/** The earlier requests of the citizen with these keys. */
export function useEarlierCallbacks(keys: CitizenContactKeys): EarlierCallbacks {
  const source = useCallbacksDataSource();
  const settled = useSettled(keys);
  const enabled = hasContactKey(settled);
  const query = useQuery({ ...earlierCallbacksQueryOptions(source, settled), enabled });
  if (!hasContactKey(keys)) return { status: 'none' };
  if (!enabled || query.isPending) return { status: 'loading' };
  if (query.isError) return { status: 'failed' };
  return { status: 'ready', keys: settled, callbacks: query.data };
}
