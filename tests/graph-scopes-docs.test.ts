// The deployment guide's permission table (step 1.4) is the justification of every scope the app asks for: for
// each configuration, the rows that apply are exactly the scopes sign-in requests, in no other order of business.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { requestedGraphScopes, sitesScopes, type ScopeChoices } from '../src/config/graph-scopes';
import { parseAppConfig, type RawAppConfig } from '../src/config/app-config';
import { appDelegatedScopes } from '../emulator/personas';

const guide = readFileSync(path.resolve(import.meta.dirname, '../docs/deploy.md'), 'utf8');

type Row = { scope: string; when: 'always' | { variable: string; value: string }; why: string };

/** The rows of the table whose header starts with "permission | asked when". */
function permissionRows(): Row[] {
  const lines = guide.split('\n').map((line) => line.trim());
  const header = lines.findIndex((line) => /^\|\s*permission\s*\|\s*asked when\s*\|/.test(line));
  expect(header).toBeGreaterThan(-1);
  const rows: Row[] = [];
  for (const line of lines.slice(header + 2)) {
    if (!line.startsWith('|')) break;
    const [scope = '', when = '', why = ''] = line
      .slice(1, -1)
      .split('|')
      .map((cell) => cell.trim().replace(/^`|`$/g, ''));
    const condition = /^([A-Z_]+)=(\S+)$/.exec(when);
    rows.push({
      scope,
      when: condition === null ? 'always' : { variable: condition[1]!, value: condition[2]! },
      why,
    });
    if (condition === null) expect(when).toBe('always');
  }
  return rows;
}

const configurations: ScopeChoices[] = sitesScopes.flatMap((sitesScope) =>
  (['email', 'teamsActivity'] as const).map((notifications) => ({ sitesScope, notifications })),
);

const variableOf = { sitesScope: 'BRK_SITES_SCOPE', notifications: 'BRK_NOTIFICATIONS' } as const;

describe('the scopes the app asks for', () => {
  it.each(configurations)(
    'equal the guide’s rows that apply, each with a reason (%o)',
    (choices) => {
      const applying = permissionRows().filter(
        (row) =>
          row.when === 'always' ||
          Object.entries(variableOf).some(
            ([field, variable]) =>
              row.when !== 'always' &&
              row.when.variable === variable &&
              row.when.value === choices[field as keyof ScopeChoices],
          ),
      );
      expect(applying.map((row) => row.scope).sort()).toEqual(
        [...requestedGraphScopes(choices)].sort(),
      );
      for (const row of applying) expect(row.why.length).toBeGreaterThan(20);
    },
  );

  it('follow BRK_SITES_SCOPE and BRK_NOTIFICATIONS in the parsed configuration', () => {
    const raw: RawAppConfig = {
      mode: 'tenant',
      clientId: '3f1c2a4e-8b7d-4c1a-9e2f-5a6b7c8d9e0f',
      tenantId: 'contoso.onmicrosoft.com',
      sharePointSite: 'contoso.sharepoint.com:/sites/bereikbaar',
      graphBaseUrl: undefined,
      emulatorUrl: undefined,
      roleGroupAgent: undefined,
      roleGroupTeamLeader: undefined,
      roleGroupCoordinator: undefined,
      appBaseUrl: undefined,
      sitesScope: 'Sites.Selected',
      notifications: 'email',
    };
    const parsed = parseAppConfig(raw);
    expect(parsed.kind).toBe('valid');
    if (parsed.kind !== 'valid') return;
    expect(parsed.config.sitesScope).toBe('Sites.Selected');
    expect(parsed.config.graphScopes).toContain('Sites.Selected');
    expect(parsed.config.graphScopes).not.toContain('Sites.ReadWrite.All');
    expect(parsed.config.graphScopes).not.toContain('TeamsActivity.Send');
    expect(parsed.config.graphScopes).not.toContain('MailboxSettings.Read');
  });

  it('are what the demo tenant puts in its tokens by default (the demo build: Sites.ReadWrite.All, activities possible)', () => {
    expect([...appDelegatedScopes].sort()).toEqual(
      requestedGraphScopes({
        sitesScope: 'Sites.ReadWrite.All',
        notifications: 'teamsActivity',
      }).sort(),
    );
  });
});
