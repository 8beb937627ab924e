// @vitest-environment jsdom
// The one directory query of a session: the device's copy first, one sync from it, shared by every screen.
import { QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createQueryClient } from '../client';
import { fetchDirectory, useDirectoryQuery } from './directory-query';
import type { DirectorySource } from './directory-source';
import type { DirectorySnapshot } from './directory-types';

const snapshotAt = (syncedAt: string): DirectorySnapshot => ({
  people: [],
  teams: [],
  deltaLink: `delta-${syncedAt}`,
  syncedAt,
});
const cached = snapshotAt('2026-03-29T07:00:00.000Z');
const synced = snapshotAt('2026-03-30T07:00:00.000Z');

function wrapperWith(client = createQueryClient()) {
  return ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
}

describe('useDirectoryQuery', () => {
  it('shows the device copy while the sync runs, syncs from it, then shows the synced directory', async () => {
    let finish: (value: DirectorySnapshot) => void = () => undefined;
    const syncDirectory = vi.fn(
      () =>
        new Promise<DirectorySnapshot>((resolve) => {
          finish = resolve;
        }),
    );
    const source: DirectorySource = {
      loadCachedDirectory: () => Promise.resolve(cached),
      syncDirectory,
    };
    const { result } = renderHook(() => useDirectoryQuery(source), { wrapper: wrapperWith() });
    await waitFor(() => expect(result.current.snapshot).toBe(cached));
    expect(result.current).toMatchObject({ status: 'ready', sync: 'syncing', syncError: null });
    await waitFor(() => expect(syncDirectory).toHaveBeenCalledWith(cached));
    finish(synced);
    await waitFor(() => expect(result.current.sync).toBe('synced'));
    expect(result.current.snapshot).toBe(synced);
  });

  it('keeps the device copy and says the sync failed', async () => {
    const error = new TypeError('Failed to fetch');
    const source: DirectorySource = {
      loadCachedDirectory: () => Promise.resolve(cached),
      syncDirectory: () => Promise.reject(error),
    };
    const { result } = renderHook(() => useDirectoryQuery(source), { wrapper: wrapperWith() });
    await waitFor(() => expect(result.current.sync).toBe('failed'));
    expect(result.current).toMatchObject({
      status: 'ready',
      snapshot: cached,
      syncError: { error },
    });
  });

  it('is failed without a device copy when the sync fails, and loading before', async () => {
    const source: DirectorySource = {
      loadCachedDirectory: () => Promise.reject(new Error('no IndexedDB')),
      syncDirectory: () => Promise.reject(new Error('offline')),
    };
    const { result } = renderHook(() => useDirectoryQuery(source), { wrapper: wrapperWith() });
    expect(result.current.status).toBe('loading');
    await waitFor(() => expect(result.current.status).toBe('failed'));
    expect(result.current.snapshot).toBeNull();
  });

  it('syncs once for every screen of the session, and code outside components reads the same answer', async () => {
    const syncDirectory = vi.fn(() => Promise.resolve(synced));
    const loadCachedDirectory = vi.fn(() => Promise.resolve(cached));
    const source: DirectorySource = { loadCachedDirectory, syncDirectory };
    const client = createQueryClient();
    const wrapper = wrapperWith(client);
    const first = renderHook(() => useDirectoryQuery(source), { wrapper });
    const second = renderHook(() => useDirectoryQuery(source), { wrapper });
    await waitFor(() => expect(first.result.current.sync).toBe('synced'));
    await waitFor(() => expect(second.result.current.sync).toBe('synced'));
    expect(await fetchDirectory(client, source)).toBe(synced);
    expect(syncDirectory).toHaveBeenCalledTimes(1);
    expect(loadCachedDirectory).toHaveBeenCalledTimes(1);
  });

  it('fetchDirectory answers the device copy when the sync fails, and throws without one', async () => {
    const offline = new Error('offline');
    expect(
      await fetchDirectory(createQueryClient(), {
        loadCachedDirectory: () => Promise.resolve(cached),
        syncDirectory: () => Promise.reject(offline),
      }),
    ).toBe(cached);
    await expect(
      fetchDirectory(createQueryClient(), {
        loadCachedDirectory: () => Promise.resolve(null),
        syncDirectory: () => Promise.reject(offline),
      }),
    ).rejects.toBe(offline);
  });
});
