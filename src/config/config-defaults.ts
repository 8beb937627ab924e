// The configuration's fixed values: defaults, the demo tenant's settings, the variable behind each field and an
// example of a good value for each.
import type { RawAppConfig } from './config-types';

export const defaultGraphBaseUrl = 'https://graph.microsoft.com';
export const defaultEmulatorUrl = 'http://localhost:4000';
/** The demo tenant's site (served by the emulator), in Graph's `host:/path` form. */
export const demoSharePointSite = 'lindeburg.sharepoint.com:/sites/bereikbaar';
/**
 * The app's id in Teams when BRK_TEAMS_APP_ID is not set. One definition for the app package (the manifest's
 * `id`, scripts/app-package) and the app (deep links into its tabs), so the two always agree. Fixed so that a
 * new package replaces the installed app instead of adding a second one; set BRK_TEAMS_APP_ID to run two
 * installations (test, production) side by side.
 */
export const defaultTeamsAppId = '5d3c9b7e-2a41-4f6e-9c08-b1e7a4d2f36c';

/** Environment variable behind each RawAppConfig field. */
export const configVariableNames: Readonly<Record<keyof RawAppConfig, string>> = {
  mode: 'BRK_MODE',
  clientId: 'BRK_CLIENT_ID',
  tenantId: 'BRK_TENANT_ID',
  sharePointSite: 'BRK_SHAREPOINT_SITE',
  graphBaseUrl: 'BRK_GRAPH_URL',
  emulatorUrl: 'BRK_EMULATOR_URL',
  roleGroupAgent: 'BRK_ROLE_GROUP_AGENT',
  roleGroupTeamLeader: 'BRK_ROLE_GROUP_TEAMLEADER',
  roleGroupCoordinator: 'BRK_ROLE_GROUP_COORDINATOR',
  appBaseUrl: 'BRK_APP_BASE_URL',
  frontOfficeMailbox: 'BRK_FRONT_OFFICE_MAILBOX',
  callbackRetentionDays: 'BRK_CALLBACK_RETENTION_DAYS',
  absenceReasonRetentionDays: 'BRK_ABSENCE_REASON_RETENTION_DAYS',
  callbackNormPercent: 'BRK_CALLBACK_NORM_PERCENT',
  answeredDirectlyNormPercent: 'BRK_ANSWERED_DIRECTLY_NORM_PERCENT',
  successfulContactNormPercent: 'BRK_SUCCESSFUL_CONTACT_NORM_PERCENT',
  repeatTrafficMaxPercent: 'BRK_REPEAT_TRAFFIC_MAX_PERCENT',
  closingDays: 'BRK_CLOSING_DAYS',
  openDays: 'BRK_OPEN_DAYS',
  notifications: 'BRK_NOTIFICATIONS',
  teamsAppId: 'BRK_TEAMS_APP_ID',
  sitesScope: 'BRK_SITES_SCOPE',
  teamsCatalogAppId: 'BRK_TEAMS_CATALOG_APP_ID',
};

const exampleGuid = '00000000-0000-0000-0000-000000000000';
/** A good value per variable, shown next to a problem. */
export const configExamples: Readonly<Record<keyof RawAppConfig, string>> = {
  mode: 'demo',
  clientId: '3f1c2a4e-8b7d-4c1a-9e2f-5a6b7c8d9e0f',
  tenantId: 'contoso.onmicrosoft.com',
  sharePointSite: 'contoso.sharepoint.com:/sites/bereikbaar',
  graphBaseUrl: defaultGraphBaseUrl,
  emulatorUrl: defaultEmulatorUrl,
  roleGroupAgent: exampleGuid,
  roleGroupTeamLeader: exampleGuid,
  roleGroupCoordinator: exampleGuid,
  appBaseUrl: 'https://bereikbaar.contoso.nl',
  frontOfficeMailbox: 'kcp@contoso.nl',
  callbackRetentionDays: '90',
  absenceReasonRetentionDays: '28',
  callbackNormPercent: '90',
  answeredDirectlyNormPercent: '60',
  successfulContactNormPercent: '90',
  repeatTrafficMaxPercent: '10',
  closingDays: '2027-05-07,2027-12-24',
  openDays: '2027-05-05',
  notifications: 'teamsActivity',
  teamsAppId: defaultTeamsAppId,
  sitesScope: 'Sites.Selected',
  teamsCatalogAppId: 'b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e',
};

/** Defaults of the organisation's rules; the demo tenant's front office reads kcp@lindeburg.example. */
export const defaultCallbackRetentionDays = 90;
/** Days after an absence ended that its reason (health data) is kept, then deleted: four weeks. */
export const defaultAbsenceReasonRetentionDays = 28;
/** The council's norm: 90% of callback requests called back within 2 working days. */
export const defaultCallbackNormPercent = 90;
/**
 * The call outcomes' default norms (the study measured 37% answered directly and 68% successful contact): at least 60%
 * Direct opgenomen, at least 90% Geslaagd contact, at most 10% Herhaalverkeer.
 */
export const defaultContactNormPercents = {
  answeredDirectly: 60,
  successful: 90,
  repeatTrafficMax: 10,
} as const;
export const demoFrontOfficeMailbox = 'kcp@lindeburg.example';
