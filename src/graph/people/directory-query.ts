// The people directory as one read of the session's query cache, for every feature: the device's copy first (search
// works before any network call returns), then one delta sync per session in the background. Both are queries of
// their own, so "cached, syncing", "synced" and "sync failed, cached copy shown" are the library's states.
import type { QueryClient } from '@tanstack/react-query';
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { DirectorySnapshot } from './directory-types';
import type { DirectorySource } from './directory-source';

/** The directory's query keys; one session (one QueryClient) reads one tenant's directory. */
export const directoryQueryKeys = {
  all: ['people-directory'] as const,
  device: ['people-directory', 'device'] as const,
  synced: ['people-directory', 'synced'] as const,
};

/** The device's copy, read once per session; no copy (first visit, private browsing) is an answer, not a failure. */
export const cachedDirectoryOptions = (source: DirectorySource) =>
  queryOptions({
    queryKey: directoryQueryKeys.device,
    queryFn: () => source.loadCachedDirectory().catch(() => null),
    staleTime: Infinity,
    gcTime: Infinity,
  });

/**
 * The directory brought up to date, once per session (incrementally from the device's copy): the directory changes
 * rarely, so a screen left open makes no delta request after the first.
 */
export const syncedDirectoryOptions = (source: DirectorySource) =>
  queryOptions({
    queryKey: directoryQueryKeys.synced,
    queryFn: async ({ client }) =>
      source.syncDirectory(await client.fetchQuery(cachedDirectoryOptions(source))),
    staleTime: Infinity,
    gcTime: Infinity,
  });

/**
 * The directory for code outside a component (a notification's recipients): the session's synced directory, or the
 * device's copy when Graph cannot be reached; throws only when there is neither.
 * @example const snapshot = await fetchDirectory(queryClient, source)
 */
export async function fetchDirectory(
  queryClient: QueryClient,
  source: DirectorySource,
): Promise<DirectorySnapshot> {
  try {
    return await queryClient.fetchQuery(syncedDirectoryOptions(source));
  } catch (error) {
    const cached = await queryClient.fetchQuery(cachedDirectoryOptions(source));
    if (cached !== null) return cached;
    throw error;
  }
}

export type DirectoryQueryState = {
  /** 'loading' only while there is nothing to show yet (no device copy, sync under way). */
  status: 'loading' | 'ready' | 'failed';
  /** The synced directory, else the device's copy; null before either. */
  snapshot: DirectorySnapshot | null;
  sync: 'syncing' | 'synced' | 'failed';
  /** What made the sync fail, when it failed (put into words by the screen, in the user's language). */
  syncError: { error: unknown } | null;
};

/**
 * The directory for a screen; see {@link DirectoryQueryState}. Every screen of a session shares the two queries.
 * @example const { snapshot, status } = useDirectoryQuery(source)
 */
export function useDirectoryQuery(source: DirectorySource): DirectoryQueryState {
  const cached = useQuery(cachedDirectoryOptions(source));
  const synced = useQuery(syncedDirectoryOptions(source));
  const snapshot = synced.data ?? cached.data ?? null;
  return {
    status: snapshot !== null ? 'ready' : synced.isError ? 'failed' : 'loading',
    snapshot,
    sync: synced.isSuccess ? 'synced' : synced.isError ? 'failed' : 'syncing',
    syncError: synced.isError ? { error: synced.error } : null,
  };
}
