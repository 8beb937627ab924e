// Person and team search over the demo tenant's own directory and teams list, as the agent's screen searches it:
// the topics (with the words citizens use, kept by the municipality in the teams list) find the right team.
import { startDemoTenant } from '../scripts/demo-tenant/start-demo-tenant';
import type { RunningEmulator } from '../emulator/server';
import { createPeopleIndex, namesakeDetails } from '../src/domain/people';
import { searchOptions } from '../src/features/availability/search-options';
import { createGraphClient } from '../src/graph/client';
import { syncPeopleDirectory } from '../src/graph/people/people-directory';
import type { DirectorySnapshot } from '../src/graph/people/people-directory';

const agent = 'sanne.devries@lindeburg.example';
const site = { sitePath: 'lindeburg.sharepoint.com:/sites/bereikbaar' };
let emulator: RunningEmulator;
let directory: DirectorySnapshot;
let index: ReturnType<typeof createPeopleIndex>;

beforeAll(async () => {
  emulator = await startDemoTenant({ port: 0, quiet: true });
  const token = emulator.tokenFor(agent);
  const client = createGraphClient({
    authProvider: { getAccessToken: () => Promise.resolve(token) },
    graphBaseUrl: emulator.url,
  });
  directory = await syncPeopleDirectory(client, site, null);
  index = createPeopleIndex(directory.people);
});

afterAll(async () => {
  await emulator.close();
});

function teamsFound(query: string): string[] {
  return searchOptions(index, directory.teams, query).options.flatMap((option) =>
    option.kind === 'team' ? [option.team.name] : [],
  );
}

function teamsOfPeopleFound(query: string): Set<string | null> {
  return new Set(
    searchOptions(index, directory.teams, query).options.flatMap((option) =>
      option.kind === 'person' ? [option.person.team] : [],
    ),
  );
}

describe('topic search on the demo tenant', () => {
  it.each<[string, string]>([
    ['verhuizen', 'Burgerzaken'],
    ['trouwen', 'Burgerzaken'],
    ['id kaart', 'Burgerzaken'],
    ['boom', 'Openbare Ruimte'],
    ['parkeervergunning', 'Handhaving'],
  ])('%j finds %s, and keeps finding it while it is typed', (query, team) => {
    for (let length = 3; length <= query.length; length += 1) {
      const typed = query.slice(0, length);
      expect({ typed, teams: teamsFound(typed).includes(team) }).toEqual({ typed, teams: true });
      expect({ typed, people: teamsOfPeopleFound(typed).has(team) }).toEqual({
        typed,
        people: true,
      });
    }
  });
});

describe('namesakes on the demo tenant', () => {
  it("tells the two Femke van 't Hof, both Consulent WMO, apart in the results", () => {
    const results = searchOptions(index, directory.teams, "femke van 't hof").options.flatMap(
      (option) => (option.kind === 'person' ? [option.person] : []),
    );
    expect(results).toHaveLength(2);
    expect(results[0]?.jobTitle).toBe(results[1]?.jobTitle);
    const details = namesakeDetails(results);
    const lines = results.map((person) => details.get(person.id));
    expect(lines.every((line) => line !== undefined)).toBe(true);
    expect(lines[0]).not.toBe(lines[1]);
  });
});
