// The one way to start a demo tenant with Bereikbaar in it (npm start, tests, e2e, bench): the emulator with only
// what Microsoft 365 holds (people, groups, site, calendars, presences, mailboxes), then `npm run provision`'s work
// against it through Graph, then the demo data written through Graph (seed-demo-data.ts). That tenant is built in a
// throwaway in-memory emulator and becomes the real one's starting state (also what POST /_emulator/reset returns
// to). A data folder that holds a tenant from the same code is loaded instead: it was provisioned and seeded when it
// was new. Builds are kept per process and on disk (built-tenant-cache.ts).
import { createHash } from 'node:crypto';
import { deleteSavedState, loadState } from '../../emulator/persistence';
import { startEmulator } from '../../emulator/server';
import type { RunningEmulator, StartEmulatorOptions } from '../../emulator/server';
import type { EmulatorState } from '../../emulator/store';
import { builtTenantKey, readBuiltTenant, writeBuiltTenant } from './built-tenant-cache';
import { importGeneratedCallbacks } from './bulk-callbacks';
import type { GenerateCallbacksRequest, GenerateCallbacksResult } from './generate-callbacks';
import { provisionDemoTenant } from './provision-demo-tenant';
import { seedDemoData } from './seed-demo-data';
import { seedTeamSettings } from './team-and-absence-items';

export type BuiltDemoTenant = { state: EmulatorState };

export type DemoTenantBuild = {
  /** The moment the tenant is seeded at; nothing in it is made later. */
  at: Date;
};

/** When the municipality installed Bereikbaar: the lists and team settings date from then. */
const installedAt = new Date('2025-09-01T08:00:00Z');

const built = new Map<string, Promise<BuiltDemoTenant>>();

const hourStart = (date: Date) => new Date(Math.floor(date.getTime() / 3_600_000) * 3_600_000);

/**
 * Provisions and seeds a demo tenant through Graph in a throwaway in-memory emulator, seeded at the start of the
 * hour of `at`: the demo data changes on whole hours only, so every start in that hour shares one build.
 */
export function buildDemoTenant(build: DemoTenantBuild): Promise<BuiltDemoTenant> {
  const at = hourStart(build.at);
  const key = builtTenantKey({ at: at.toISOString() });
  let result = built.get(key);
  if (result === undefined) {
    result = (async () => {
      const cached = readBuiltTenant<BuiltDemoTenant>(key);
      if (cached !== null) return cached;
      // Bereikbaar was installed (provisioned, teams entered) at a fixed moment; the week's data is made at `at`.
      let clock = installedAt;
      const builder = await startEmulator({
        port: 0,
        dataDir: null,
        quiet: true,
        now: () => clock,
      });
      try {
        await provisionDemoTenant(builder);
        await seedTeamSettings(builder);
        // Run again now that the teams are entered, as IT does on a real tenant: each team gets its reasons list.
        await provisionDemoTenant(builder);
        clock = at;
        await seedDemoData(builder, at);
        const fresh = { state: structuredClone(builder.state) };
        writeBuiltTenant(key, fresh);
        return fresh;
      } finally {
        await builder.close();
      }
    })();
    built.set(key, result);
    result.catch(() => built.delete(key));
  }
  return result.then((value) => structuredClone(value));
}

/**
 * Identifies the provisioning and the demo data: a hash of the tenant built for a fixed moment. A saved tenant with
 * another fingerprint was made by other code and may lack what the app now needs.
 */
async function demoFingerprint(): Promise<string> {
  const { state } = await buildDemoTenant({ at: new Date('2026-01-07T12:00:00Z') });
  return createHash('sha1').update(JSON.stringify(state)).digest('hex');
}

export type StartDemoTenantOptions = Omit<StartEmulatorOptions, 'initialState'> & {
  /**
   * Tens of thousands of extra generated requests (large-list tests, the benchmark), imported in bulk after the
   * start (bulk-callbacks.ts), with the tenant's now.
   */
  callbackHistory?: GenerateCallbacksRequest;
};

export type RunningDemoTenant = RunningEmulator & {
  generatedCallbacks: GenerateCallbacksResult | null;
};

/** Starts the demo tenant with Bereikbaar's lists and demo data (see the top of this file). */
export async function startDemoTenant(
  options: StartDemoTenantOptions = {},
): Promise<RunningDemoTenant> {
  const { callbackHistory, ...emulatorOptions } = options;
  const now = options.now ?? (() => new Date());
  const dataDir = options.dataDir ?? null;
  let fingerprint: string | undefined;
  if (dataDir !== null) {
    fingerprint = await demoFingerprint();
    const saved = loadState(dataDir);
    if (saved.outcome === 'loaded' && saved.state.demoFingerprint !== fingerprint)
      deleteSavedState(dataDir);
  }
  const tenant = await buildDemoTenant({ at: now() });
  const emulator = await startEmulator({
    ...emulatorOptions,
    now,
    initialState: { ...tenant.state, ...(fingerprint ? { demoFingerprint: fingerprint } : {}) },
  });
  const generatedCallbacks = callbackHistory
    ? await importGeneratedCallbacks(emulator, callbackHistory, now())
    : null;
  return Object.assign(emulator, { generatedCallbacks });
}
