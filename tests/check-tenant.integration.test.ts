// `npm run check:tenant` against the demo tenant: every check passes on the demo tenant as provisioned, a list
// without its index fails with a line that says what to do, and the leaders-only list stays closed to an agent.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { startDemoTenant } from '../scripts/demo-tenant/start-demo-tenant';
import { applySchemaListPermissions } from './contract/sharepoint-support';
import type { RunningEmulator } from '../emulator/server';
import { demoPersonas } from '../emulator/personas';
import { allLists, callbacksList } from '../schema/lists';
import { defaultTeamsAppId, demoSharePointSite } from '../src/config/app-config';
import { siteLocatorFrom, siteSegment } from '../src/graph/lists/site-locator';
import { graphCaller, tokenClaims } from '../scripts/provisioning/graph-caller';
import { formatCheckLine, runTenantChecks } from '../scripts/tenant-check/tenant-checks';
import type { TenantCheckResult } from '../scripts/tenant-check/tenant-checks';

const root = path.resolve(import.meta.dirname, '..');
const site = siteSegment(siteLocatorFrom(demoSharePointSite));
const personaOf = (role: string): string => demoPersonas.find((p) => p.role === role)!.upn;

let emulator: RunningEmulator;

beforeEach(async () => {
  emulator = await startDemoTenant({ port: 0, quiet: true });
  // The lists' permissions as provisioning sets them through SharePoint REST (not through Graph, which cannot).
  await applySchemaListPermissions({ emulator }, allLists);
});

afterEach(async () => {
  await emulator.close();
});

async function checksAs(role: string): Promise<TenantCheckResult[]> {
  const token = emulator.tokenFor(personaOf(role));
  return runTenantChecks({
    graph: graphCaller(emulator.graphUrl, token),
    site,
    lists: allLists,
    teamsAppId: defaultTeamsAppId,
    roleGroups: { teamLeader: undefined, coordinator: undefined },
    now: new Date(),
    tokenClaims: tokenClaims(token) ?? {},
  });
}

function failures(results: readonly TenantCheckResult[]): string[] {
  return results.filter((r) => r.outcome === 'fail').map((r) => formatCheckLine('en', r));
}

describe('npm run check:tenant on the demo tenant', () => {
  it('passes every check as the coordinator, covering directory, calendars, presence, mail tips, lists and the catalog', async () => {
    const results = await checksAs('coordinator');

    expect(failures(results)).toEqual([]);
    const ids = results.map((r) => r.id);
    for (const id of [
      'signedIn',
      'directory',
      'schedule',
      'presence',
      'mailTips',
      'site',
      'teamsApp',
    ])
      expect(ids).toContain(id);
    for (const spec of allLists) expect(ids).toContain(`list:${spec.name}`);
    expect(ids).toContain('index:BereikbaarTerugbelverzoeken.DueAt');
    const directory = results.find((r) => r.id === 'directory')!;
    expect(Number(directory.got[0]!.params!.withManager)).toBeGreaterThan(0);
  });

  it('fails with what to do when a list lacks one of its indexes', async () => {
    const list = emulator.state.lists.find((l) => l.name === callbacksList.name)!;
    const dueAt = list.columns.find((column) => column.name === 'DueAt')!;
    dueAt.indexed = false;

    const results = await checksAs('coordinator');

    const listLine = formatCheckLine(
      'en',
      results.find((r) => r.id === `list:${callbacksList.name}`)!,
    );
    expect(listLine).toMatch(
      /^✗ FAIL {2}List BereikbaarTerugbelverzoeken: .*missing: DueAt \(index\).*What to do: Run npm run provision/,
    );
    const probe = results.find((r) => r.id === 'index:BereikbaarTerugbelverzoeken.DueAt')!;
    expect(probe.outcome).toBe('fail');
    expect(formatCheckLine('nl', probe)).toMatch(
      /Wat te doen: SharePoint weigert deze zoekvraag zonder index/,
    );
  });

  it('reports the leaders-only list as closed to an agent, as intended', async () => {
    const results = await checksAs('agent');

    const reasons = results.find((r) => r.id === 'list:BereikbaarAfwezigheidsredenen')!;
    expect(reasons.outcome).toBe('pass');
    expect(formatCheckLine('en', reasons)).toContain('not readable by this user, as intended');
  });

  it('runs as the command IT staff type, exit code 0 and one line per check', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'scripts/check-tenant.ts', '--emulator', emulator.url, '--lang', 'en'],
      { cwd: root },
    );
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toContain('Bereikbaar: checking');
    expect(lines.filter((line) => line.startsWith('✓ ok')).length).toBeGreaterThan(10);
    expect(lines.at(-1)).toMatch(/0 failed/);
  });
});
