// Builds the demo tenants the test files start, once per run (provisioning and the demo data through Graph take a
// while), and gives emulator tests that exercise SharePoint on Bereikbaar's lists the one for the Monday they use
// (the emulator may not import scripts/).
import type { TestProject } from 'vitest/node';
import type { EmulatorState } from '../../emulator/store';
import { buildDemoTenant } from '../../scripts/demo-tenant/start-demo-tenant';

/** The moment of the emulator's route tests: Monday 30 November 2026, 09:15 in Amsterdam. */
export const routeTestMoment = new Date('2026-11-30T08:15:00Z');

declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- vitest's ProvidedContext is an interface to augment
  export interface ProvidedContext {
    /** The provisioned and seeded demo tenant at routeTestMoment. */
    demoTenantMonday: EmulatorState;
  }
}

/** Fixed moments other test files start demo tenants at (monitoring and list view threshold tests). */
const otherTestMoments = [new Date('2026-04-09T10:00:00Z')];

export async function setup(project: TestProject): Promise<void> {
  const { state } = await buildDemoTenant({ at: routeTestMoment });
  project.provide('demoTenantMonday', state);
  // Built here once, so that the test files read them from the cache (built-tenant-cache.ts) instead of each
  // building its own in parallel: the tenant of this hour and those of fixed moments.
  for (const at of [new Date(), ...otherTestMoments]) await buildDemoTenant({ at });
}
