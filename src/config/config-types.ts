// The shapes of the configuration: the raw BRK_* strings, the validated config per mode, and what can be wrong.
import type { SitesScope } from './graph-scopes';

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
  absenceReasonRetentionDays?: string | undefined;
  callbackNormPercent?: string | undefined;
  answeredDirectlyNormPercent?: string | undefined;
  successfulContactNormPercent?: string | undefined;
  repeatTrafficMaxPercent?: string | undefined;
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
  /** Days after an absence ended that its reason is kept; then the leader's screen (and the daily job) delete it. */
  absenceReasonRetentionDays: number;
  /** Extra closing days (yyyy-mm-dd), e.g. the Friday after Ascension Day. */
  extraClosingDays: readonly string[];
  /** Statutory holidays (yyyy-mm-dd) on which the organisation is open anyway. */
  openOnStatutoryDays: readonly string[];
  /** How assignees hear of a new callback request: e-mail, or a Teams activity with e-mail as fallback. */
  notifications: 'email' | 'teamsActivity';
  /** The norm for "called back on time", as a fraction (0.9 = 90%); the monitor measures against it. */
  callbackOnTimeNorm: number;
  /** The norms of the call outcomes, as fractions: Direct opgenomen and Geslaagd contact at least, Herhaalverkeer at most. */
  contactNorms: { answeredDirectly: number; successful: number; repeatTrafficMax: number };
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
