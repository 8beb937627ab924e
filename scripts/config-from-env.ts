// Reads the app's configuration from environment variables (used by the build and by `npm start`).
import type { RawAppConfig, ConfigProblem } from '../src/config/app-config';
import { en } from '../src/i18n/en';

export function readRawConfigFromEnv(
  env: Readonly<Record<string, string | undefined>>,
): RawAppConfig {
  const emulatorPort = env.EMULATOR_PORT ?? '4000';
  const value = (name: string): string | undefined => {
    const v = env[name]?.trim();
    return v === '' ? undefined : v;
  };
  return {
    mode: value('BRK_MODE'),
    clientId: value('BRK_CLIENT_ID'),
    tenantId: value('BRK_TENANT_ID'),
    sharePointSite: value('BRK_SHAREPOINT_SITE'),
    graphBaseUrl: value('BRK_GRAPH_URL'),
    emulatorUrl: value('BRK_EMULATOR_URL') ?? `http://localhost:${emulatorPort}`,
    roleGroupAgent: value('BRK_ROLE_GROUP_AGENT'),
    roleGroupTeamLeader: value('BRK_ROLE_GROUP_TEAMLEADER'),
    roleGroupCoordinator: value('BRK_ROLE_GROUP_COORDINATOR'),
    appBaseUrl: value('BRK_APP_BASE_URL'),
    frontOfficeMailbox: value('BRK_FRONT_OFFICE_MAILBOX'),
    callbackRetentionDays: value('BRK_CALLBACK_RETENTION_DAYS'),
    absenceReasonRetentionDays: value('BRK_ABSENCE_REASON_RETENTION_DAYS'),
    callbackNormPercent: value('BRK_CALLBACK_NORM_PERCENT'),
    answeredDirectlyNormPercent: value('BRK_ANSWERED_DIRECTLY_NORM_PERCENT'),
    successfulContactNormPercent: value('BRK_SUCCESSFUL_CONTACT_NORM_PERCENT'),
    repeatTrafficMaxPercent: value('BRK_REPEAT_TRAFFIC_MAX_PERCENT'),
    closingDays: value('BRK_CLOSING_DAYS'),
    openDays: value('BRK_OPEN_DAYS'),
    notifications: value('BRK_NOTIFICATIONS'),
    teamsAppId: value('BRK_TEAMS_APP_ID'),
    sitesScope: value('BRK_SITES_SCOPE'),
    teamsCatalogAppId: value('BRK_TEAMS_CATALOG_APP_ID'),
  };
}

export function describeConfigProblems(problems: readonly ConfigProblem[]): string {
  return problems
    .map((p) => {
      const value = p.value === undefined ? '' : ` (now: "${p.value}")`;
      return `  - ${p.variable}${value}: ${en[`config.problem.${p.problem}`]} Example: ${p.example}`;
    })
    .join('\n');
}
