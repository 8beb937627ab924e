// `npm run emulator`: the demo tenant (with Bereikbaar provisioned and its demo data, start-demo-tenant.ts) on
// 127.0.0.1:EMULATOR_PORT (4000), keeping its state in .emulator-data/.
// `npm run emulator:reset` (--reset-only): forget the saved state so that the next start makes the tenant anew.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deleteSavedState } from '../../emulator/persistence';
import { demoPersonas } from '../../emulator/personas';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const dataDir = join(projectRoot, '.emulator-data');

function readPort(): number {
  const raw = process.env.EMULATOR_PORT ?? '4000';
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`EMULATOR_PORT must be a port number (0-65535); it is '${raw}'.`);
    process.exit(1);
  }
  return port;
}

async function main(): Promise<void> {
  if (process.argv.includes('--reset-only')) {
    const removed = deleteSavedState(dataDir);
    console.log(
      removed
        ? `Removed the saved demo tenant in ${dataDir}; the next start makes the demo tenant anew.`
        : `There was no saved demo tenant in ${dataDir}; the next start makes the demo tenant anew.`,
    );
    return;
  }
  // Loaded only when starting, so that --reset-only stays quick and independent of the routes.
  const { startDemoTenant } = await import('./start-demo-tenant');
  const emulator = await startDemoTenant({ port: readPort(), dataDir });
  console.log(`Graph emulator (demo tenant) listening on ${emulator.url}`);
  console.log(`  Graph base URL: ${emulator.graphUrl}`);
  console.log(`  Token for a persona: ${emulator.url}/_emulator/token?persona=<upn>`);
  console.log(`  The daily job's app registration: ${emulator.url}/_emulator/daily-app`);
  console.log('  Personas:');
  for (const persona of demoPersonas)
    console.log(`    ${persona.role.padEnd(12)} ${persona.displayName} <${persona.upn}>`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: saving and stopping the emulator.`);
    emulator.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE')
    console.error(
      `Port ${process.env.EMULATOR_PORT ?? '4000'} is in use; set EMULATOR_PORT to another port.`,
    );
  else console.error(error);
  process.exit(1);
});
