// `npm start`: the demo tenant (Graph emulator) and the app's dev server together, with both URLs printed.
import webpack from 'webpack';
import WebpackDevServer from 'webpack-dev-server';
import path from 'node:path';
import { startDemoTenant } from './demo-tenant/start-demo-tenant';
import { readRawConfigFromEnv, describeConfigProblems } from './config-from-env';
import { parseAppConfig } from '../src/config/app-config';
import createWebpackConfig from '../webpack.config';

const root = path.resolve(import.meta.dirname, '..');

async function main(): Promise<void> {
  const raw = readRawConfigFromEnv(process.env);
  const parsed = parseAppConfig(raw);
  if (parsed.kind === 'invalid') {
    console.error(
      `Bereikbaar cannot start: the configuration is not valid.\n${describeConfigProblems(parsed.problems)}`,
    );
    process.exit(1);
  }
  const appPort = Number(process.env.PORT ?? 3000);
  const emulatorPort = Number(process.env.EMULATOR_PORT ?? 4000);
  const demo = parsed.config.mode === 'demo';

  const emulator = demo
    ? await startDemoTenant({
        port: emulatorPort,
        dataDir: path.join(root, '.emulator-data'),
        quiet: true,
      })
    : null;

  const config = createWebpackConfig({}, { mode: 'development' });
  const compiler = webpack({
    ...config,
    infrastructureLogging: { level: 'warn' },
    stats: 'errors-warnings',
  });
  const server = new WebpackDevServer({ ...config.devServer, port: appPort }, compiler);
  await server.start();

  console.log('');
  console.log(`  Bereikbaar app:      http://localhost:${appPort}`);
  if (emulator)
    console.log(
      `  Demo tenant (Graph): http://localhost:${emulatorPort}/v1.0  (personas: http://localhost:${emulatorPort}/_emulator/personas)`,
    );
  else console.log(`  Microsoft Graph:     ${parsed.config.graphBaseUrl}`);
  console.log('');
  console.log('  Press Ctrl+C to stop.');

  const stop = async (): Promise<void> => {
    await server.stop();
    await emulator?.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
