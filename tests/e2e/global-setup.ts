// Browser tests run against the production build (dist/) and the emulator on its default port,
// because the build has the demo tenant's URL baked in (BRK_EMULATOR_URL, default http://localhost:4000).
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startDemoTenant } from '../../scripts/demo-tenant/start-demo-tenant';
import { builtOrigins, startStaticServer } from './support/static-server';
import { allLists } from '../../schema/lists';
import { applySchemaListPermissions } from '../contract/sharepoint-support';

const root = path.resolve(import.meta.dirname, '../..');

declare module 'vitest' {
  // Vitest's provide/inject typing works by declaration merging, which needs an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  export interface ProvidedContext {
    appUrl: string;
    emulatorUrl: string;
    /** The Graph origin the build talks to, as the static server's CSP names it. */
    graphOrigin: string;
  }
}

export async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dist = path.join(root, 'dist');
  if (!existsSync(path.join(dist, 'index.html'))) {
    console.log('dist/ is missing: building the app first (npm run build)…');
    execSync('npm run build', { cwd: root, stdio: 'inherit' });
  }
  const emulatorPort = Number(process.env.EMULATOR_PORT ?? 4000);
  const emulator = await startDemoTenant({ port: emulatorPort, dataDir: null, quiet: true }).catch(
    (error: unknown) => {
      throw new Error(
        `Browser tests need port ${emulatorPort} for the demo tenant (the build points there). Stop \`npm start\` or \`npm run emulator\` first. (${String(error)})`,
      );
    },
  );
  // The lists' permissions as provisioning sets them through SharePoint REST (Graph cannot grant them to groups).
  await applySchemaListPermissions({ emulator }, allLists);
  // The headers of the deployment guide, for the origin this build talks to (the demo tenant, as built).
  const { graph: graphOrigin } = builtOrigins();
  const app = await startStaticServer(dist, 0, { graph: graphOrigin });
  project.provide('graphOrigin', graphOrigin);
  project.provide('appUrl', app.url);
  project.provide('emulatorUrl', emulator.url);
  return async () => {
    await app.close();
    await emulator.close();
  };
}
