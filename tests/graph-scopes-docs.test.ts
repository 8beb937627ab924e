// The deployment guide's permission table (step 1.4) is the justification of every scope the app asks for: for
// each configuration, the rows that apply are exactly the scopes sign-in requests, in no other order of business.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { requestedGraphScopes, sitesScopes, type ScopeChoices } from '../src/config/graph-scopes';
import { parseAppConfig, type RawAppConfig } from '../src/config/app-config';
import { appDelegatedScopes } from '../emulator/personas';
import { mySettingsScopes } from '../src/graph/my-settings';
import { memberGroupScopes } from '../src/graph/people';

const guide = readFileSync(path.resolve(import.meta.dirname, '../docs/deploy.md'), 'utf8');

/** A condition of the "asked when" column: `VAR=value`, or `no VAR` (the variable is not set). */
type Condition = { variable: string; value: string };
type Row = { scope: string; when: 'always' | Condition[]; why: string };

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
    if (when === 'always') {
      rows.push({ scope, when, why });
      continue;
    }
    const conditions = when.split(',').map((part): Condition => {
      const text = part.trim().replace(/`/g, '');
      const set = /^([A-Z_]+)=(\S+)$/.exec(text);
      if (set !== null) return { variable: set[1]!, value: set[2]! };
      const unset = /^no ([A-Z_]+)$/.exec(text);
      expect(unset, `"${when}" is not "always", VAR=value or no VAR`).not.toBeNull();
      return { variable: unset![1]!, value: 'unset' };
    });
    rows.push({ scope, when: conditions, why });
  }
  return rows;
}

const configurations: ScopeChoices[] = sitesScopes.flatMap((sitesScope) =>
  (['email', 'teamsActivity'] as const).flatMap((notifications) =>
    (['configured', 'lookedUp'] as const).map((teamsCatalogAppId) => ({
      sitesScope,
      notifications,
      teamsCatalogAppId,
    })),
  ),
);

/** The value each variable has in a configuration ('unset' when not set). */
function variableValues(choices: ScopeChoices): Record<string, string> {
  return {
    BRK_SITES_SCOPE: choices.sitesScope,
    BRK_NOTIFICATIONS: choices.notifications,
    BRK_TEAMS_CATALOG_APP_ID: choices.teamsCatalogAppId === 'configured' ? 'set' : 'unset',
  };
}

describe('the scopes the app asks for', () => {
  it.each(configurations)(
    'equal the guide’s rows that apply, each with a reason (%o)',
    (choices) => {
      const values = variableValues(choices);
      const applying = permissionRows().filter(
        (row) =>
          row.when === 'always' ||
          row.when.every((condition) => values[condition.variable] === condition.value),
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

  it('are what the demo tenant puts in its tokens by default (the demo build: Sites.ReadWrite.All, activities possible), with the scope asked only on a groups overage', () => {
    const requested = requestedGraphScopes({
      sitesScope: 'Sites.ReadWrite.All',
      notifications: 'teamsActivity',
      teamsCatalogAppId: 'lookedUp',
    });
    expect([...appDelegatedScopes].sort()).toEqual(
      [...new Set([...requested, ...memberGroupScopes])].sort(),
    );
  });

  it('justifies the scope asked only when the groups claim overflows (incremental consent)', () => {
    for (const scope of memberGroupScopes.filter(
      (s) => !requestedGraphScopes(configurations[0]!).includes(s),
    ))
      expect(guide).toMatch(new RegExp(`permission \`${scope.replaceAll('.', '\\.')}\``));
  });

  it('justifies the scopes asked only when the employee presses the button needing them (incremental consent)', () => {
    const onDemand = mySettingsScopes.onDemand ?? [];
    expect(onDemand.length).toBeGreaterThan(0);
    for (const scope of onDemand) {
      expect(requestedGraphScopes(configurations[0]!)).not.toContain(scope);
      expect(guide).toMatch(new RegExp(`\`${scope.replaceAll('.', '\\.')}\``));
    }
  });
});
