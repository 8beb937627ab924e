import { parseAppConfig } from './app-config';
import type { ConfigProblem, RawAppConfig } from './app-config';

const empty: RawAppConfig = {
  mode: undefined,
  clientId: undefined,
  tenantId: undefined,
  sharePointSite: undefined,
  graphBaseUrl: undefined,
  emulatorUrl: undefined,
  roleGroupAgent: undefined,
  roleGroupTeamLeader: undefined,
  roleGroupCoordinator: undefined,
  appBaseUrl: undefined,
};
const clientId = '3f1c2a4e-8b7d-4c1a-9e2f-5a6b7c8d9e0f';
const tenant: RawAppConfig = {
  ...empty,
  mode: 'tenant',
  clientId,
  tenantId: 'contoso.onmicrosoft.com',
  sharePointSite: 'contoso.sharepoint.com:/sites/bereikbaar',
};

function problemsOf(raw: RawAppConfig): Array<Pick<ConfigProblem, 'variable' | 'problem'>> {
  const result = parseAppConfig(raw);
  return result.kind === 'invalid'
    ? result.problems.map(({ variable, problem }) => ({ variable, problem }))
    : [];
}

describe('parseAppConfig', () => {
  it('defaults to demo mode against the local emulator when nothing is set', () => {
    expect(parseAppConfig(empty)).toEqual({
      kind: 'valid',
      config: {
        mode: 'demo',
        teamsAppId: '5d3c9b7e-2a41-4f6e-9c08-b1e7a4d2f36c',
        sitesScope: 'Sites.ReadWrite.All',
        graphScopes: [
          'User.Read',
          'User.Read.All',
          'Calendars.Read',
          'Presence.Read.All',
          'Mail.Read',
          'Mail.Send',
          'Sites.ReadWrite.All',
        ],
        teamsCatalogAppId: null,
        emulatorUrl: 'http://localhost:4000',
        graphBaseUrl: 'http://localhost:4000',
        sharePointSite: 'lindeburg.sharepoint.com:/sites/bereikbaar',
        appBaseUrl: undefined,
        roleGroupIds: { agent: undefined, teamLeader: undefined, coordinator: undefined },
        organisation: expect.objectContaining({ frontOfficeMailbox: 'kcp@lindeburg.example' }),
      },
    });
  });

  it('takes the Teams app id from BRK_TEAMS_APP_ID as given, with the same default as the app package', () => {
    const given = 'AAAABBBB-0000-1111-2222-333344445555';
    const result = parseAppConfig({ ...tenant, teamsAppId: given });
    expect(result.kind === 'valid' && result.config.teamsAppId).toBe(given);
    const fallback = parseAppConfig(tenant);
    expect(fallback.kind === 'valid' && fallback.config.teamsAppId).toBe(
      '5d3c9b7e-2a41-4f6e-9c08-b1e7a4d2f36c',
    );
    expect(problemsOf({ ...empty, teamsAppId: 'bereikbaar' })).toEqual([
      { variable: 'BRK_TEAMS_APP_ID', problem: 'notGuid' },
    ]);
  });

  it("gives demo mode the emulator's SharePoint site, so both modes have config.sharePointSite", () => {
    const result = parseAppConfig(empty);
    expect(result.kind === 'valid' && result.config.sharePointSite).toBe(
      'lindeburg.sharepoint.com:/sites/bereikbaar',
    );
  });

  it('switches to tenant mode when only a client id is given', () => {
    expect(problemsOf({ ...empty, clientId })).toEqual([
      { variable: 'BRK_TENANT_ID', problem: 'missing' },
      { variable: 'BRK_SHAREPOINT_SITE', problem: 'missing' },
    ]);
  });

  it('accepts a complete tenant configuration and defaults the Graph URL', () => {
    const result = parseAppConfig({ ...tenant, graphBaseUrl: 'https://graph.microsoft.com/' });
    expect(result).toMatchObject({
      kind: 'valid',
      config: { mode: 'tenant', clientId, graphBaseUrl: 'https://graph.microsoft.com' },
    });
  });

  it.each([
    ['tenant id GUID', { tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47' }],
    [
      'site id form',
      {
        sharePointSite:
          'contoso.sharepoint.com,2c712e7e-1234-4a5b-9c8d-0123456789ab,9f8e7d6c-1234-4a5b-9c8d-0123456789ab',
      },
    ],
    ['team site path', { sharePointSite: 'contoso.sharepoint.com:/teams/kcp' }],
    ['http on localhost', { graphBaseUrl: 'http://127.0.0.1:4000' }],
    ['mode in capitals', { mode: 'TENANT' }],
  ])('accepts %s', (_name, override) => {
    expect(parseAppConfig({ ...tenant, ...override }).kind).toBe('valid');
  });

  it.each<[string, Partial<RawAppConfig>, Array<Pick<ConfigProblem, 'variable' | 'problem'>>]>([
    ['unknown mode', { mode: 'production' }, [{ variable: 'BRK_MODE', problem: 'notMode' }]],
    [
      'client id not a GUID',
      { clientId: 'my-app' },
      [{ variable: 'BRK_CLIENT_ID', problem: 'notGuid' }],
    ],
    [
      'tenant id neither GUID nor domain',
      { tenantId: 'contoso' },
      [{ variable: 'BRK_TENANT_ID', problem: 'notTenant' }],
    ],
    [
      'site given as a URL',
      { sharePointSite: 'https://contoso.sharepoint.com/sites/x' },
      [{ variable: 'BRK_SHAREPOINT_SITE', problem: 'notSharePointSite' }],
    ],
    [
      'Graph over plain http',
      { graphBaseUrl: 'http://graph.example.com' },
      [{ variable: 'BRK_GRAPH_URL', problem: 'notHttps' }],
    ],
    [
      'Graph URL not a URL',
      { graphBaseUrl: 'graph' },
      [{ variable: 'BRK_GRAPH_URL', problem: 'notUrl' }],
    ],
    [
      'role group not a GUID',
      { roleGroupAgent: 'KCP' },
      [{ variable: 'BRK_ROLE_GROUP_AGENT', problem: 'notGuid' }],
    ],
    [
      'blank client id in tenant mode',
      { clientId: '  ' },
      [{ variable: 'BRK_CLIENT_ID', problem: 'missing' }],
    ],
  ])('rejects %s', (_name, override, expected) => {
    expect(problemsOf({ ...tenant, ...override })).toEqual(expected);
  });

  it('names every problem with its variable, the bad value and a good example', () => {
    const result = parseAppConfig({ ...empty, mode: 'demo', emulatorUrl: 'ftp://x' });
    expect(result).toEqual({
      kind: 'invalid',
      problems: [
        {
          variable: 'BRK_EMULATOR_URL',
          problem: 'notUrl',
          value: 'ftp://x',
          example: 'http://localhost:4000',
        },
      ],
    });
  });

  it('uses the emulator as Graph base in demo mode and keeps group ids lower-cased', () => {
    const result = parseAppConfig({
      ...empty,
      emulatorUrl: 'http://localhost:4100/',
      roleGroupCoordinator: 'AAAAAAAA-0000-0000-0000-000000000001',
    });
    expect(result).toMatchObject({
      kind: 'valid',
      config: {
        graphBaseUrl: 'http://localhost:4100',
        roleGroupIds: { coordinator: 'aaaaaaaa-0000-0000-0000-000000000001' },
      },
    });
  });
});

describe('organisation settings', () => {
  const base = {
    mode: undefined,
    clientId: undefined,
    tenantId: undefined,
    sharePointSite: undefined,
    graphBaseUrl: undefined,
    emulatorUrl: undefined,
    roleGroupAgent: undefined,
    roleGroupTeamLeader: undefined,
    roleGroupCoordinator: undefined,
    appBaseUrl: undefined,
  };

  it('has defaults that keep citizens data 90 days, reasons 4 weeks, and e-mail the demo front office', () => {
    const parsed = parseAppConfig(base);
    expect(parsed.kind === 'valid' && parsed.config.organisation).toEqual({
      frontOfficeMailbox: 'kcp@lindeburg.example',
      callbackRetentionDays: 90,
      absenceReasonRetentionDays: 28,
      extraClosingDays: [],
      openOnStatutoryDays: [],
      notifications: 'email',
      callbackOnTimeNorm: 0.9,
      contactNorms: { answeredDirectly: 0.6, successful: 0.9, repeatTrafficMax: 0.1 },
    });
  });

  it('reads the organisation rules', () => {
    const parsed = parseAppConfig({
      ...base,
      frontOfficeMailbox: 'kcp@huizen.example',
      callbackRetentionDays: '30',
      absenceReasonRetentionDays: '14',
      closingDays: '2027-05-07, 2027-12-24',
      openDays: '2027-05-05',
      notifications: 'teamsActivity',
      callbackNormPercent: '92,5',
      answeredDirectlyNormPercent: '50',
      successfulContactNormPercent: '75,5',
      repeatTrafficMaxPercent: '15',
    });
    expect(parsed.kind === 'valid' && parsed.config.organisation).toEqual({
      frontOfficeMailbox: 'kcp@huizen.example',
      callbackRetentionDays: 30,
      absenceReasonRetentionDays: 14,
      extraClosingDays: ['2027-05-07', '2027-12-24'],
      openOnStatutoryDays: ['2027-05-05'],
      notifications: 'teamsActivity',
      callbackOnTimeNorm: 0.925,
      contactNorms: { answeredDirectly: 0.5, successful: 0.755, repeatTrafficMax: 0.15 },
    });
  });

  it.each([
    ['frontOfficeMailbox', 'kcp at huizen', 'BRK_FRONT_OFFICE_MAILBOX', 'notEmail'],
    ['callbackRetentionDays', '0', 'BRK_CALLBACK_RETENTION_DAYS', 'notDays'],
    ['callbackRetentionDays', '12.5', 'BRK_CALLBACK_RETENTION_DAYS', 'notDays'],
    ['absenceReasonRetentionDays', '-3', 'BRK_ABSENCE_REASON_RETENTION_DAYS', 'notDays'],
    ['closingDays', '2027-02-30', 'BRK_CLOSING_DAYS', 'notDateList'],
    ['openDays', '5 mei', 'BRK_OPEN_DAYS', 'notDateList'],
    ['notifications', 'sms', 'BRK_NOTIFICATIONS', 'notNotifications'],
    ['sitesScope', 'Sites.Read.All', 'BRK_SITES_SCOPE', 'notSitesScope'],
    ['teamsCatalogAppId', 'bereikbaar', 'BRK_TEAMS_CATALOG_APP_ID', 'notGuid'],
    ['callbackNormPercent', '0', 'BRK_CALLBACK_NORM_PERCENT', 'notPercent'],
    ['callbackNormPercent', '110', 'BRK_CALLBACK_NORM_PERCENT', 'notPercent'],
    ['callbackNormPercent', 'negentig', 'BRK_CALLBACK_NORM_PERCENT', 'notPercent'],
    ['answeredDirectlyNormPercent', '0', 'BRK_ANSWERED_DIRECTLY_NORM_PERCENT', 'notPercent'],
    ['successfulContactNormPercent', '101', 'BRK_SUCCESSFUL_CONTACT_NORM_PERCENT', 'notPercent'],
    ['repeatTrafficMaxPercent', 'tien', 'BRK_REPEAT_TRAFFIC_MAX_PERCENT', 'notPercent'],
  ] as const)('refuses %s = %s', (field, given, variable, problem) => {
    const parsed = parseAppConfig({ ...base, [field]: given });
    expect(parsed.kind).toBe('invalid');
    if (parsed.kind === 'invalid')
      expect(parsed.problems).toEqual([
        expect.objectContaining({ variable, problem, value: given }),
      ]);
  });
});
