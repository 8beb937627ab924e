// `npm run package`: the app package for Teams, Outlook and the Microsoft 365 app, from BRK_* configuration.
// Writes appPackage/build/bereikbaar.zip (plus the filled manifest.json and the icons beside it).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  buildAppPackage,
  packageSettingsFromEnv,
  placeholderValues,
} from './app-package/build-app-package';

const root = path.resolve(import.meta.dirname, '..');

async function main(): Promise<void> {
  const { version } = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as {
    version: string;
  };
  const parsed = packageSettingsFromEnv(process.env, version);
  if (parsed.kind === 'invalid') {
    console.error(
      `Cannot build the app package; set these variables (see docs/deploy.md, step 4):\n${parsed.problems.map((problem) => `  - ${problem}`).join('\n')}`,
    );
    process.exit(1);
  }
  const outDir = path.join(root, 'appPackage', 'build');
  const built = await buildAppPackage({
    templatePath: path.join(root, 'manifest', 'manifest.template.json'),
    outDir,
    settings: parsed.settings,
  });
  const values = placeholderValues(parsed.settings);
  console.log(
    [
      `App package written: ${path.relative(root, built.zipPath)}`,
      `  app id ${values.BRK_TEAMS_APP_ID}, version ${values.BRK_APP_VERSION}, client id ${values.BRK_CLIENT_ID}`,
      `  tabs load from ${values.BRK_APP_BASE_URL}; the manifest matches schema ${String(built.manifest.$schema)}`,
      'Upload it in the Teams admin center: Teams apps > Manage apps > Actions > Upload new app.',
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
