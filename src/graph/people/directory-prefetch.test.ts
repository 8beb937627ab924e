import { IDBFactory } from 'fake-indexeddb';
import { generateSyntheticPeople } from '../../domain/people';
import { createIndexedDbDirectoryCache, readDirectoryCacheEarly } from './directory-cache';
import { directoryIndexOf } from './directory-index';
import type { DirectorySnapshot } from './directory-types';

const snapshot: DirectorySnapshot = {
  people: generateSyntheticPeople(30, 11),
  teams: [],
  deltaLink: 'https://graph.microsoft.com/v1.0/users/delta?$deltatoken=a',
  syncedAt: '2026-12-02T07:00:00.000Z',
};

describe('readDirectoryCacheEarly', () => {
  it("hands the copy it read at page load to the directory's first read, the same object whose index is built", async () => {
    const factory = new IDBFactory();
    const tenant = { mode: 'tenant', tenantId: 'early-1' } as const;
    await createIndexedDbDirectoryCache('bereikbaar-directory-early-1', factory).save(snapshot);

    const early = await readDirectoryCacheEarly(tenant, factory);
    expect(early?.people).toEqual(snapshot.people);
    const index = directoryIndexOf(early!);

    const cache = createIndexedDbDirectoryCache('bereikbaar-directory-early-1', factory);
    const first = await cache.load();
    // The same read: the index built while signing in is the one the screen gets.
    expect(first).toBe(early);
    expect(directoryIndexOf(first!)).toBe(index);
    // Later reads read IndexedDB again.
    expect(await cache.load()).not.toBe(early);
  });

  it('is dropped by a save, so no screen gets the copy from before it', async () => {
    const factory = new IDBFactory();
    const tenant = { mode: 'tenant', tenantId: 'early-2' } as const;
    const cache = createIndexedDbDirectoryCache('bereikbaar-directory-early-2', factory);
    await cache.save(snapshot);
    void readDirectoryCacheEarly(tenant, factory);
    const newer = { ...snapshot, syncedAt: '2026-12-02T08:00:00.000Z' };
    await cache.save(newer);
    expect((await cache.load())?.syncedAt).toBe('2026-12-02T08:00:00.000Z');
  });

  it('resolves null without a copy or without IndexedDB', async () => {
    expect(
      await readDirectoryCacheEarly({ mode: 'tenant', tenantId: 'early-3' }, new IDBFactory()),
    ).toBeNull();
    expect(
      await readDirectoryCacheEarly({ mode: 'tenant', tenantId: 'early-4' }, undefined),
    ).toBeNull();
  });
});
