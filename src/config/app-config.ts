// Validates the build-time configuration (BRK_* environment variables). Pure: no browser APIs, so the
// Node start script can reuse it to refuse to start with a bad configuration. The module's entry point: the types
// (config-types.ts), the defaults (config-defaults.ts) and the checks (config-checks.ts) are re-exported here.
import {
  isGuid,
  isSharePointSite,
  isTenant,
  localDatePattern,
  emailPattern,
  parseMode,
  present,
  urlProblem,
  withoutTrailingSlash,
} from './config-checks';
import {
  configExamples,
  configVariableNames,
  defaultCallbackNormPercent,
  defaultContactNormPercents,
  defaultAbsenceReasonRetentionDays,
  defaultCallbackRetentionDays,
  defaultEmulatorUrl,
  defaultGraphBaseUrl,
  defaultTeamsAppId,
  demoFrontOfficeMailbox,
  demoSharePointSite,
} from './config-defaults';
import type {
  ConfigParseResult,
  ConfigProblem,
  OrganisationSettings,
  RawAppConfig,
  RoleGroupIds,
  ScopeSettings,
} from './config-types';
import { parseSitesScope, requestedGraphScopes } from './graph-scopes';

export type {
  AppConfig,
  ConfigParseResult,
  ConfigProblem,
  DemoAppConfig,
  OrganisationSettings,
  RawAppConfig,
  RoleGroupIds,
  ScopeSettings,
  TenantAppConfig,
} from './config-types';
export {
  configVariableNames,
  defaultCallbackNormPercent,
  defaultCallbackRetentionDays,
  defaultEmulatorUrl,
  defaultGraphBaseUrl,
  defaultTeamsAppId,
  demoFrontOfficeMailbox,
  demoSharePointSite,
} from './config-defaults';

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
      example: configExamples[field],
    });
  };

  const rawMode = value('mode');
  let mode: 'demo' | 'tenant';
  if (rawMode === undefined) {
    mode = value('clientId') === undefined ? 'demo' : 'tenant';
  } else {
    const parsed = parseMode(rawMode.toLowerCase());
    if (parsed === null) {
      report('mode', 'notMode');
      return { kind: 'invalid', problems };
    }
    mode = parsed;
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
    if (isGuid(given)) roleGroupIds[role] = given.toLowerCase();
    else report(field, 'notGuid');
  }
  const appBaseUrl = checkUrl('appBaseUrl', undefined);
  const givenTeamsAppId = value('teamsAppId');
  if (givenTeamsAppId !== undefined && !isGuid(givenTeamsAppId)) report('teamsAppId', 'notGuid');
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
  const reasonRetention = value('absenceReasonRetentionDays');
  const reasonRetentionDays =
    reasonRetention === undefined ? defaultAbsenceReasonRetentionDays : Number(reasonRetention);
  if (
    reasonRetention !== undefined &&
    !(
      Number.isInteger(reasonRetentionDays) &&
      reasonRetentionDays >= 1 &&
      reasonRetentionDays <= 3650
    )
  )
    report('absenceReasonRetentionDays', 'notDays');
  // A percentage above 0 and at most 100 (a decimal comma is fine); the default when not set.
  const percent = (
    field:
      | 'callbackNormPercent'
      | 'answeredDirectlyNormPercent'
      | 'successfulContactNormPercent'
      | 'repeatTrafficMaxPercent',
    fallback: number,
  ): number => {
    const given = value(field);
    const parsed = given === undefined ? fallback : Number(given.replace(',', '.'));
    if (given !== undefined && !(Number.isFinite(parsed) && parsed > 0 && parsed <= 100))
      report(field, 'notPercent');
    return parsed;
  };
  const normPercent = percent('callbackNormPercent', defaultCallbackNormPercent);
  const contactNorms = {
    answeredDirectly:
      percent('answeredDirectlyNormPercent', defaultContactNormPercents.answeredDirectly) / 100,
    successful:
      percent('successfulContactNormPercent', defaultContactNormPercents.successful) / 100,
    repeatTrafficMax:
      percent('repeatTrafficMaxPercent', defaultContactNormPercents.repeatTrafficMax) / 100,
  };
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
  if (givenCatalogAppId !== undefined && !isGuid(givenCatalogAppId))
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
    absenceReasonRetentionDays: reasonRetentionDays,
    extraClosingDays,
    openOnStatutoryDays,
    notifications: notificationsValue === 'teamsactivity' ? 'teamsActivity' : 'email',
    callbackOnTimeNorm: normPercent / 100,
    contactNorms,
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
  else if (!isGuid(clientId)) report('clientId', 'notGuid');
  const tenantId = value('tenantId');
  if (tenantId === undefined) report('tenantId', 'missing');
  else if (!isTenant(tenantId)) report('tenantId', 'notTenant');
  const site = value('sharePointSite');
  if (site === undefined) report('sharePointSite', 'missing');
  else if (!isSharePointSite(site)) report('sharePointSite', 'notSharePointSite');
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
