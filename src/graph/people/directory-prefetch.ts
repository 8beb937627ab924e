// At page load, before signing in: the device's copy of the directory read and its search index built while the
// sign-in waits for the network, so a cold start's first search answers from both without waiting for either.
import { readDirectoryCacheEarly } from './directory-cache';
import { directoryIndexOf } from './directory-index';
import { whenIdle } from './when-idle';

type Tenant = { mode: 'demo' } | { mode: 'tenant'; tenantId: string };

/**
 * Reads the tenant's device copy now (the directory query takes this read) and builds its index when the page is
 * next idle. Resolves when both are done; never rejects (no copy, no IndexedDB: nothing to do).
 * @example void prefetchDirectory(config)
 */
export async function prefetchDirectory(
  tenant: Tenant,
  idle: (task: () => void) => void = (task) => whenIdle(task, 500),
): Promise<void> {
  const snapshot = await readDirectoryCacheEarly(tenant);
  if (snapshot === null) return;
  await new Promise<void>((done) =>
    idle(() => {
      directoryIndexOf(snapshot);
      done();
    }),
  );
}
