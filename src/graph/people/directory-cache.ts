// Where the directory snapshot is kept between visits: IndexedDB in the browser (so search works before any
// network call returns), or memory (tests, private browsing without IndexedDB).
import type { DirectorySnapshot } from './directory-types';

export type DirectoryCache = {
  load(): Promise<DirectorySnapshot | null>;
  save(snapshot: DirectorySnapshot): Promise<void>;
};

/** A cache that lives as long as the page. */
export function createMemoryDirectoryCache(): DirectoryCache {
  let stored: DirectorySnapshot | null = null;
  return {
    load: () => Promise.resolve(stored === null ? null : structuredClone(stored)),
    save: (snapshot) => {
      stored = structuredClone(snapshot);
      return Promise.resolve();
    },
  };
}

const storeName = 'snapshots';
const snapshotKey = 'directory';
const schemaVersion = 1;

// The device's copy read once at page load, before signing in (which takes a round trip or more), and handed to
// the first load() of its database.
const earlyReads = new Map<string, Promise<DirectorySnapshot | null>>();

function requestResult<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

function openDatabase(factory: IDBFactory, name: string): Promise<IDBDatabase> {
  const request = factory.open(name, schemaVersion);
  request.onupgradeneeded = () => {
    if (!request.result.objectStoreNames.contains(storeName))
      request.result.createObjectStore(storeName);
  };
  return requestResult(request);
}

function isSnapshot(value: unknown): value is DirectorySnapshot {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<DirectorySnapshot>;
  return (
    Array.isArray(candidate.people) &&
    Array.isArray(candidate.teams) &&
    typeof candidate.syncedAt === 'string'
  );
}

/**
 * The directory in IndexedDB (one database per tenant: pass its name). A missing or unusable IndexedDB loads
 * null and saves nothing, so the screen falls back to a network sync.
 * @example const cache = createIndexedDbDirectoryCache('bereikbaar-directory-demo'); await cache.load()
 */
export function createIndexedDbDirectoryCache(
  databaseName = 'bereikbaar-directory',
  factory: IDBFactory | undefined = globalThis.indexedDB,
): DirectoryCache {
  let database: Promise<IDBDatabase> | null = null;
  const db = () => {
    if (!factory) return Promise.reject(new Error('IndexedDB is not available'));
    database ??= openDatabase(factory, databaseName);
    database.catch(() => {
      database = null;
    });
    return database;
  };
  return {
    async load() {
      const early = earlyReads.get(databaseName);
      if (early !== undefined) {
        earlyReads.delete(databaseName);
        return early;
      }
      try {
        const transaction = (await db()).transaction(storeName, 'readonly');
        const value: unknown = await requestResult<unknown>(
          transaction.objectStore(storeName).get(snapshotKey),
        );
        return isSnapshot(value) ? value : null;
      } catch {
        return null;
      }
    },
    async save(snapshot) {
      earlyReads.delete(databaseName); // it would hand out the copy from before this save
      const transaction = (await db()).transaction(storeName, 'readwrite');
      transaction.objectStore(storeName).put(snapshot, snapshotKey);
      await new Promise<void>((resolve, reject) => {
        transaction.oncomplete = () => resolve();
        transaction.onerror = () =>
          reject(transaction.error ?? new Error('IndexedDB write failed'));
        transaction.onabort = () =>
          reject(transaction.error ?? new Error('IndexedDB write aborted'));
      });
    },
  };
}

const databaseNameOf = (tenant: { mode: 'demo' } | { mode: 'tenant'; tenantId: string }) =>
  tenant.mode === 'demo' ? 'bereikbaar-directory-demo' : `bereikbaar-directory-${tenant.tenantId}`;

/**
 * Starts reading the tenant's device copy now, in parallel with signing in; the directory query's first read then
 * takes this one instead of starting its own after sign-in. Resolves with the copy (null: none, or unreadable).
 * @example readDirectoryCacheEarly({ mode: 'demo' }).then((snapshot) => …)
 */
export function readDirectoryCacheEarly(
  tenant: { mode: 'demo' } | { mode: 'tenant'; tenantId: string },
  factory: IDBFactory | undefined = globalThis.indexedDB,
): Promise<DirectorySnapshot | null> {
  const name = databaseNameOf(tenant);
  const known = earlyReads.get(name);
  if (known !== undefined) return known;
  if (!factory) return Promise.resolve(null);
  const read = (async () => {
    try {
      const database = await openDatabase(factory, name);
      try {
        const value: unknown = await requestResult<unknown>(
          database.transaction(storeName, 'readonly').objectStore(storeName).get(snapshotKey),
        );
        return isSnapshot(value) ? value : null;
      } finally {
        database.close(); // the cache opens its own connection; this one must not hold up a version change
      }
    } catch {
      return null;
    }
  })();
  earlyReads.set(name, read);
  return read;
}

/**
 * The device cache of the configured tenant: one IndexedDB database per tenant (so the demo tenant's
 * people never mix with a real tenant's), shared by every screen; memory where IndexedDB is missing.
 * @example directoryCacheFor({ mode: 'demo' }) // the 'bereikbaar-directory-demo' database
 */
export function directoryCacheFor(
  tenant: { mode: 'demo' } | { mode: 'tenant'; tenantId: string },
): DirectoryCache {
  if (typeof indexedDB === 'undefined') return createMemoryDirectoryCache();
  return createIndexedDbDirectoryCache(databaseNameOf(tenant));
}
