// Gives emulator tests that exercise SharePoint on Bereikbaar's lists a demo tenant as provisioning and the demo data
// script make it (the emulator may not import scripts/): built once per run, for the Monday those tests use.
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

export async function setup(project: TestProject): Promise<void> {
  const { state } = await buildDemoTenant({ at: routeTestMoment });
  project.provide('demoTenantMonday', state);
}
