// Validates the build-time configuration (BRK_* environment variables). Pure: no browser APIs, so the
// Node start script can reuse it to refuse to start with a bad configuration.
// zod/mini: the same checks as zod, a fraction of the bundle (the agent screen loads this at start).
import * as z from 'zod/mini';
import { parseSitesScope, requestedGraphScopes, type SitesScope } from './graph-scopes';

/** The raw strings webpack's DefinePlugin puts in `__BRK_CONFIG__`, one per BRK_* variable. */
export type RawAppConfig = {
  mode: string | undefined;
  clientId: string | undefined;
  tenantId: string | undefined;
  sharePointSite: string | undefined;
  graphBaseUrl: string | undefined;
  emulatorUrl: string | undefined;
  roleGroupAgent: string | undefined;
  roleGroupTeamLeader: string | undefined;
  roleGroupCoordinator: string | undefined;
  appBaseUrl: string | undefined;
  frontOfficeMailbox?: string | undefined;
  callbackRetentionDays?: string | undefined;
  callbackNormPercent?: string | undefined;
  closingDays?: string | undefined;
  openDays?: string | undefined;
  notifications?: string | undefined;
  teamsAppId?: string | undefined;
  sitesScope?: string | undefined;
  teamsCatalogAppId?: string | undefined;
};

/**
 * The organisation's own rules: where the front office reads notifications, how long citizens' data
 * in closed callback requests is kept, and which days differ from the statutory working-day calendar.
 */
export type OrganisationSettings = {
  /** Front-office (KCP) mailbox informed of new absences; null = no e-mail. */
  frontOfficeMailbox: string | null;
  /** Days after closing that a callback request keeps the citizen's personal data. */
  callbackRetentionDays: number;
  /** Extra closing days (yyyy-mm-dd), e.g. the Friday after Ascension Day. */
  extraClosingDays: readonly string[];
  /** Statutory holidays (yyyy-mm-dd) on which the organisation is open anyway. */
  openOnStatutoryDays: readonly string[];
  /** How assignees hear of a new callback request: e-mail, or a Teams activity with e-mail as fallback. */
  notifications: 'email' | 'teamsActivity';
  /** The norm for "called back on time", as a fraction (0.9 = 90%); the monitor measures against it. */
  callbackOnTimeNorm: number;
};

/** Entra group object ids that grant a role, as an alternative to app roles in the token. */
export type RoleGroupIds = {
  agent: string | undefined;
  teamLeader: string | undefined;
  coordinator: string | undefined;
};

/** What the app asks Microsoft Graph for (BRK_SITES_SCOPE, BRK_NOTIFICATIONS decide part of it). */
export type ScopeSettings = {
  /** Every site the user can reach, or only the sites the app was granted (provisioning grants it the site). */
  sitesScope: SitesScope;
  /** The delegated scopes sign-in asks for: exactly those the configured app uses. */
  graphScopes: readonly string[];
  /**
   * The app's id in the organisation's Teams catalog (BRK_TEAMS_CATALOG_APP_ID), which Teams deep links need for an
   * app uploaded to the org catalog; null: looked up through Graph (appCatalogs, by the manifest id).
   */
  teamsCatalogAppId: string | null;
};

export type DemoAppConfig = ScopeSettings & {
  mode: 'demo';
  /** The app's id in Teams (the manifest's `id`), for deep links into its tabs. */
  teamsAppId: string;
  /** Origin of the local Graph emulator, without trailing slash, e.g. http://localhost:4000. */
  emulatorUrl: string;
  /** Where Graph requests go: the emulator serves Graph under `${emulatorUrl}/v1.0`. */
  graphBaseUrl: string;
  /** The emulator's SharePoint site, so app code can use `config.sharePointSite` in both modes. */
  sharePointSite: string;
  appBaseUrl: string | undefined;
  roleGroupIds: RoleGroupIds;
  organisation: OrganisationSettings;
};

export type TenantAppConfig = ScopeSettings & {
  mode: 'tenant';
  /** The app's id in Teams (the manifest's `id`), for deep links into its tabs. */
  teamsAppId: string;
  clientId: string;
  tenantId: string;
  sharePointSite: string;
  graphBaseUrl: string;
  appBaseUrl: string | undefined;
  roleGroupIds: RoleGroupIds;
  organisation: OrganisationSettings;
};

export type AppConfig = DemoAppConfig | TenantAppConfig;

/** One thing wrong with the configuration: which variable, what is wrong, and a good value. */
export type ConfigProblem = {
  variable: string;
  problem:
    | 'missing'
    | 'notGuid'
    | 'notTenant'
    | 'notSharePointSite'
    | 'notUrl'
    | 'notHttps'
    | 'notMode'
    | 'notEmail'
    | 'notDays'
    | 'notPercent'
    | 'notDateList'
    | 'notNotifications'
    | 'notSitesScope';
  /** The offending value, when there was one. */
  value: string | undefined;
  example: string;
};

export type ConfigParseResult =
  { kind: 'valid'; config: AppConfig } | { kind: 'invalid'; problems: ConfigProblem[] };

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
  callbackNormPercent: 'BRK_CALLBACK_NORM_PERCENT',
  closingDays: 'BRK_CLOSING_DAYS',
  openDays: 'BRK_OPEN_DAYS',
  notifications: 'BRK_NOTIFICATIONS',
  teamsAppId: 'BRK_TEAMS_APP_ID',
  sitesScope: 'BRK_SITES_SCOPE',
  teamsCatalogAppId: 'BRK_TEAMS_CATALOG_APP_ID',
};

const exampleGuid = '00000000-0000-0000-0000-000000000000';
const examples: Readonly<Record<keyof RawAppConfig, string>> = {
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
  callbackNormPercent: '90',
  closingDays: '2027-05-07,2027-12-24',
  openDays: '2027-05-05',
  notifications: 'teamsActivity',
  teamsAppId: defaultTeamsAppId,
  sitesScope: 'Sites.Selected',
  teamsCatalogAppId: 'b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e',
};

/** Defaults of the organisation's rules; the demo tenant's front office reads kcp@lindeburg.example. */
export const defaultCallbackRetentionDays = 90;
/** The council's norm: 90% of callback requests called back within 2 working days. */
export const defaultCallbackNormPercent = 90;
export const demoFrontOfficeMailbox = 'kcp@lindeburg.example';

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const localDatePattern = /^\d{4}-\d{2}-\d{2}$/;

const guidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const domainPattern = /^(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
// `host:/server-relative-path` (Graph's site-by-path form) or a site id `host,siteCollectionGuid,webGuid`.
const sitePathPattern =
  /^([a-z0-9-]+\.)+sharepoint(-df)?\.(com|us|de|cn)(:\/sites\/[^\s/][^\s]*|:\/teams\/[^\s/][^\s]*|:\/)?$/i;
const siteIdPattern = /^([a-z0-9-]+\.)+[a-z]{2,63},[0-9a-f-]{36},[0-9a-f-]{36}$/i;

const guid = z.string().check(z.regex(guidPattern));
const tenant = z.union([guid, z.string().check(z.regex(domainPattern))]);
const sharePointSite = z.union([
  z.string().check(z.regex(sitePathPattern)),
  z.string().check(z.regex(siteIdPattern)),
]);
const modeSchema = z.enum(['demo', 'tenant']);

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Accepts https URLs, and http only for localhost/loopback (the emulator, a dev server). */
function urlProblem(value: string): 'notUrl' | 'notHttps' | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'notUrl';
  }
  if (url.protocol === 'https:') return null;
  if (url.protocol === 'http:' && loopbackHosts.has(url.hostname)) return null;
  return url.protocol === 'http:' ? 'notHttps' : 'notUrl';
}

function present(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed === undefined || trimmed === '' ? undefined : trimmed;
}

function withoutTrailingSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

/**
 * Validates the raw configuration.
 * @example parseAppConfig({ mode: undefined, clientId: undefined, ... }) // → { kind: 'valid', config: { mode: 'demo', emulatorUrl: 'http://localhost:4000', ... } }
 */
export function parseAppConfig(raw: RawAppConfig): ConfigParseResult {
  const problems: ConfigProblem[] = [];
  const value = (field: keyof RawAppConfig): string | undefined => present(raw[field]);
  const report = (field: keyof RawAppConfig, problem: ConfigProblem['problem']): void => {
    problems.push({
      variable: configVariableNames[field],
      problem,
      value: value(field),
      example: examples[field],
    });
  };

  const rawMode = value('mode');
  let mode: 'demo' | 'tenant';
  if (rawMode === undefined) {
    mode = value('clientId') === undefined ? 'demo' : 'tenant';
  } else {
    const parsed = modeSchema.safeParse(rawMode.toLowerCase());
    if (!parsed.success) {
      report('mode', 'notMode');
      return { kind: 'invalid', problems };
    }
    mode = parsed.data;
  }

  const checkUrl = (
    field: 'graphBaseUrl' | 'emulatorUrl' | 'appBaseUrl',
    fallback: string | undefined,
  ): string | undefined => {
    const given = value(field);
    if (given === undefined) return fallback;
    const problem = urlProblem(given);
    if (problem !== null) {
      report(field, problem);
      return undefined;
    }
    return withoutTrailingSlash(given);
  };

  const roleGroupIds: RoleGroupIds = {
    agent: undefined,
    teamLeader: undefined,
    coordinator: undefined,
  };
  const groupFields = [
    ['roleGroupAgent', 'agent'],
    ['roleGroupTeamLeader', 'teamLeader'],
    ['roleGroupCoordinator', 'coordinator'],
  ] as const;
  for (const [field, role] of groupFields) {
    const given = value(field);
    if (given === undefined) continue;
    if (guid.safeParse(given).success) roleGroupIds[role] = given.toLowerCase();
    else report(field, 'notGuid');
  }
  const appBaseUrl = checkUrl('appBaseUrl', undefined);
  const givenTeamsAppId = value('teamsAppId');
  if (givenTeamsAppId !== undefined && !guid.safeParse(givenTeamsAppId).success)
    report('teamsAppId', 'notGuid');
  // As given (not lower-cased): the manifest's `id` is filled from the same variable.
  const teamsAppId = givenTeamsAppId ?? defaultTeamsAppId;

  const mailbox = value('frontOfficeMailbox');
  if (mailbox !== undefined && !emailPattern.test(mailbox))
    report('frontOfficeMailbox', 'notEmail');
  const retention = value('callbackRetentionDays');
  const retentionDays = retention === undefined ? defaultCallbackRetentionDays : Number(retention);
  if (
    retention !== undefined &&
    !(Number.isInteger(retentionDays) && retentionDays >= 1 && retentionDays <= 3650)
  )
    report('callbackRetentionDays', 'notDays');
  const norm = value('callbackNormPercent');
  const normPercent =
    norm === undefined ? defaultCallbackNormPercent : Number(norm.replace(',', '.'));
  if (
    norm !== undefined &&
    !(Number.isFinite(normPercent) && normPercent > 0 && normPercent <= 100)
  )
    report('callbackNormPercent', 'notPercent');
  const dateList = (field: 'closingDays' | 'openDays'): string[] => {
    const given = value(field);
    if (given === undefined) return [];
    const dates = given
      .split(',')
      .map((d) => d.trim())
      .filter((d) => d !== '');
    const valid = dates.every(
      (d) =>
        localDatePattern.test(d) &&
        !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) &&
        new Date(`${d}T00:00:00Z`).toISOString().startsWith(d),
    );
    if (!valid) report(field, 'notDateList');
    return dates;
  };
  const extraClosingDays = dateList('closingDays');
  const openOnStatutoryDays = dateList('openDays');
  const notificationsValue = value('notifications')?.toLowerCase();
  if (
    notificationsValue !== undefined &&
    notificationsValue !== 'email' &&
    notificationsValue !== 'teamsactivity'
  )
    report('notifications', 'notNotifications');
  const parsedSitesScope = parseSitesScope(value('sitesScope'));
  if (parsedSitesScope === null) report('sitesScope', 'notSitesScope');
  const sitesScope = parsedSitesScope ?? 'Sites.ReadWrite.All';
  const givenCatalogAppId = value('teamsCatalogAppId');
  if (givenCatalogAppId !== undefined && !guid.safeParse(givenCatalogAppId).success)
    report('teamsCatalogAppId', 'notGuid');
  const scopeSettings: ScopeSettings = {
    sitesScope,
    graphScopes: requestedGraphScopes({
      sitesScope,
      notifications: notificationsValue === 'teamsactivity' ? 'teamsActivity' : 'email',
      teamsCatalogAppId: givenCatalogAppId === undefined ? 'lookedUp' : 'configured',
    }),
    teamsCatalogAppId: givenCatalogAppId ?? null,
  };
  const organisation = (fallbackMailbox: string | null): OrganisationSettings => ({
    frontOfficeMailbox: mailbox ?? fallbackMailbox,
    callbackRetentionDays: retentionDays,
    extraClosingDays,
    openOnStatutoryDays,
    notifications: notificationsValue === 'teamsactivity' ? 'teamsActivity' : 'email',
    callbackOnTimeNorm: normPercent / 100,
  });

  if (mode === 'demo') {
    const emulatorUrl = checkUrl('emulatorUrl', defaultEmulatorUrl);
    if (problems.length > 0 || emulatorUrl === undefined) return { kind: 'invalid', problems };
    return {
      kind: 'valid',
      config: {
        mode,
        teamsAppId,
        ...scopeSettings,
        emulatorUrl,
        graphBaseUrl: emulatorUrl,
        sharePointSite: demoSharePointSite,
        appBaseUrl,
        roleGroupIds,
        organisation: organisation(demoFrontOfficeMailbox),
      },
    };
  }

  const clientId = value('clientId');
  if (clientId === undefined) report('clientId', 'missing');
  else if (!guid.safeParse(clientId).success) report('clientId', 'notGuid');
  const tenantId = value('tenantId');
  if (tenantId === undefined) report('tenantId', 'missing');
  else if (!tenant.safeParse(tenantId).success) report('tenantId', 'notTenant');
  const site = value('sharePointSite');
  if (site === undefined) report('sharePointSite', 'missing');
  else if (!sharePointSite.safeParse(site).success) report('sharePointSite', 'notSharePointSite');
  const graphBaseUrl = checkUrl('graphBaseUrl', defaultGraphBaseUrl);

  if (
    problems.length > 0 ||
    clientId === undefined ||
    tenantId === undefined ||
    site === undefined ||
    graphBaseUrl === undefined
  ) {
    return { kind: 'invalid', problems };
  }
  return {
    kind: 'valid',
    config: {
      mode,
      teamsAppId,
      ...scopeSettings,
      clientId,
      tenantId,
      sharePointSite: site,
      graphBaseUrl,
      appBaseUrl,
      roleGroupIds,
      organisation: organisation(null),
    },
  };
}
