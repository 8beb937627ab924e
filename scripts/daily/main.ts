// `npm run daily`: the daily check of Bereikbaar, run once each morning by the municipality's own scheduler
// (docs/deploy.md): reminders, escalations, absences past their end, retention; nothing on closed days.
//
//   npm run daily -- [--dry-run] [--now 2026-12-03T07:00] [--emulator http://localhost:4000]
//
// Configuration from the environment like the app's (README, docs/deploy.md): BRK_TENANT_ID, BRK_SHAREPOINT_SITE,
// BRK_FRONT_OFFICE_MAILBOX; the app's registration BRK_CLIENT_ID (Teams takes activities only from the app named in
// the manifest's webApplicationInfo) with its certificate BRK_DAILY_CERTIFICATE_PATH (+ BRK_DAILY_CERTIFICATE_PASSWORD)
// or, only to try it out, BRK_DAILY_CLIENT_SECRET; BRK_CLOSING_DAYS, BRK_OPEN_DAYS, BRK_CALLBACK_RETENTION_DAYS,
// BRK_ABSENCE_REASON_RETENTION_DAYS, BRK_NOTIFICATIONS, BRK_TEAMS_APP_ID, BRK_TEAMS_CATALOG_APP_ID, BRK_APP_BASE_URL.
// Exit code: 0 done (or nothing to do), 1 the run stopped (what was sent before is printed), 2 bad input.
import { parseArgs } from 'node:util';
import { parseAppConfig } from '../../src/config/app-config';
import type { AppConfig } from '../../src/config/app-config';
import {
  instantAtWallClock,
  instantFromIso,
  parseLocalDate,
  parseWallClockTime,
} from '../../src/domain/time';
import type { Instant } from '../../src/domain/time';
import { siteLocatorFrom } from '../../src/graph/lists';
import { loadMessages } from '../../src/i18n';
import { describeConfigProblems, readRawConfigFromEnv } from '../config-from-env';
import { AppSignInError, appTokenSource, demoAppCredentials } from './app-token';
import type { AppCredentials } from './app-token';
import { runDailyJob } from './run-daily';
import { seededTeamsApps } from '../../emulator/seed';

const demoTeamsCatalogAppId = (): string | null => seededTeamsApps()[0]?.id ?? null;

const env = (name: string): string | undefined => {
  const value = process.env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
};

/** An ISO instant, or a wall-clock time in Amsterdam without offset ('2026-12-03T07:00'). */
export function parseNow(text: string): Instant | null {
  const local = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2})?$/.exec(text);
  if (local !== null) {
    const date = parseLocalDate(local[1] ?? '');
    const minutes = parseWallClockTime(local[2] ?? '');
    return date === null || minutes === null ? null : instantAtWallClock(date, minutes);
  }
  return instantFromIso(text);
}

function credentialsFromEnv(
  config: Extract<AppConfig, { mode: 'tenant' }>,
): AppCredentials | string {
  const clientId = config.clientId;
  const certificatePath = env('BRK_DAILY_CERTIFICATE_PATH');
  const secret = env('BRK_DAILY_CLIENT_SECRET');
  const password = env('BRK_DAILY_CERTIFICATE_PASSWORD');
  if (certificatePath !== undefined)
    return {
      kind: 'certificate',
      tenantId: config.tenantId,
      clientId,
      certificatePath,
      ...(password === undefined ? {} : { certificatePassword: password }),
    };
  if (secret !== undefined)
    return { kind: 'secret', tenantId: config.tenantId, clientId, clientSecret: secret };
  return "BRK_DAILY_CERTIFICATE_PATH is missing: the path of the daily check's certificate (PEM with its private key), or BRK_DAILY_CLIENT_SECRET only to try it out.";
}

async function main(): Promise<number> {
  // The job's texts are a message group of their own (the app's first chunk does not carry them).
  await loadMessages(['daily']);
  let values: { 'dry-run'?: boolean; now?: string; emulator?: string };
  try {
    ({ values } = parseArgs({
      options: {
        'dry-run': { type: 'boolean' },
        now: { type: 'string' },
        emulator: { type: 'string' },
      },
    }));
  } catch (error) {
    console.error(
      `${(error as Error).message} Usage: npm run daily -- [--dry-run] [--now 2026-12-03T07:00] [--emulator http://localhost:4000]`,
    );
    return 2;
  }
  const now = values.now === undefined ? (Date.now() as Instant) : parseNow(values.now);
  if (now === null) {
    console.error(
      `--now "${values.now ?? ''}" is not a moment: give e.g. 2026-12-03T07:00 (Amsterdam) or 2026-12-03T06:00:00Z.`,
    );
    return 2;
  }
  const emulatorUrl = values.emulator?.replace(/\/+$/, '');
  const raw = readRawConfigFromEnv(process.env);
  const parsed = parseAppConfig(
    emulatorUrl === undefined ? raw : { ...raw, mode: 'demo', emulatorUrl },
  );
  if (parsed.kind === 'invalid') {
    console.error(`The configuration is not valid:\n${describeConfigProblems(parsed.problems)}`);
    return 2;
  }
  const config = parsed.config;
  if (config.organisation.frontOfficeMailbox === null) {
    console.error(
      'BRK_FRONT_OFFICE_MAILBOX is missing: the mailbox the daily check sends its e-mails from, e.g. kcp@contoso.nl.',
    );
    return 2;
  }
  let tokens;
  if (config.mode === 'demo') {
    tokens = appTokenSource(await demoAppCredentials(config.emulatorUrl), {
      emulatorUrl: config.emulatorUrl,
    });
  } else {
    const credentials = credentialsFromEnv(config);
    if (typeof credentials === 'string') {
      console.error(credentials);
      return 2;
    }
    tokens = appTokenSource(credentials);
  }
  // A certificate that does not load, a wrong secret or tenant: one line, before anything is read or sent.
  try {
    await tokens.graphToken();
  } catch (error) {
    if (error instanceof AppSignInError) {
      console.error(`Signing in as the app failed: ${error.message}`);
      return 2;
    }
    throw error;
  }
  const result = await runDailyJob({
    tokens,
    graphBaseUrl: config.mode === 'demo' ? config.emulatorUrl : config.graphBaseUrl,
    site: siteLocatorFrom(config.sharePointSite),
    now,
    dryRun: values['dry-run'] === true,
    organisation: config.organisation,
    teamsAppId: config.teamsAppId,
    // The demo tenant's catalog id is known; on a real tenant without it the job needs AppCatalog.Read.All.
    teamsCatalogAppId:
      config.mode === 'demo'
        ? (config.teamsCatalogAppId ?? demoTeamsCatalogAppId())
        : config.teamsCatalogAppId,
    appBaseUrl: config.appBaseUrl ?? null,
    print: (line) => console.log(line),
    target: config.mode === 'demo' ? config.emulatorUrl : config.sharePointSite,
  });
  // Something refused or not known to be sent is printed above; the scheduler sees it too.
  if (result.kind === 'failed') return 1;
  return result.kind === 'done' && result.summary.failed + result.summary.notKnownSent > 0 ? 1 : 0;
}

process.exitCode = await main();
