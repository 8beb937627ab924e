// One source for the sign-in scopes: every src/graph module that calls Graph declares its scopes beside the calls
// (scopes.ts), and the composition here takes each declaration, so a new module's scopes cannot be forgotten.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { graphScopeDeclarations, requestedGraphScopes } from './graph-scopes';

const graphRoot = path.resolve(import.meta.dirname, '../graph');

/** Modules whose `.api(` calls need no scope of their own, and why. */
const noScopesOfTheirOwn: Record<string, string> = {
  batch:
    'POST /$batch needs none: Graph checks each sub-request with the scopes of the module that made it',
  client: 'builds the client; it makes no call of its own',
};

/** Whether a module's production code calls `.api(` (comments left out). */
function callsGraph(folder: string): boolean {
  return readdirSync(path.join(graphRoot, folder))
    .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
    .some((file) =>
      readFileSync(path.join(graphRoot, folder, file), 'utf8')
        .replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')
        .includes('.api('),
    );
}

describe('the scope declarations beside the Graph calls', () => {
  const modules = readdirSync(graphRoot, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);

  it.each(modules)(
    '%s: declares its scopes in scopes.ts when it calls Graph, and is composed',
    (module) => {
      if (module in noScopesOfTheirOwn) {
        expect(existsSync(path.join(graphRoot, module, 'scopes.ts'))).toBe(false);
        return;
      }
      expect(callsGraph(module)).toBe(true);
      expect(existsSync(path.join(graphRoot, module, 'scopes.ts'))).toBe(true);
      expect(Object.keys(graphScopeDeclarations)).toContain(module);
    },
  );

  it('composes no module that does not exist', () => {
    for (const module of Object.keys(graphScopeDeclarations)) expect(modules).toContain(module);
  });

  it('asks each scope once, those of every configuration first', () => {
    expect(
      requestedGraphScopes({
        sitesScope: 'Sites.Selected',
        notifications: 'teamsActivity',
        teamsCatalogAppId: 'lookedUp',
      }),
    ).toEqual([
      'User.Read',
      'User.Read.All',
      'Calendars.Read',
      'Presence.Read.All',
      'Mail.Read',
      'Mail.Send',
      'Sites.Selected',
      'TeamsActivity.Send',
      'AppCatalog.Read.All',
    ]);
  });
});
