// Contract: the Teams app catalog and activity notifications.
// - List teamsApps: https://learn.microsoft.com/en-us/graph/api/appcatalogs-list-teamsapps — "List apps with a
//   given ID" by `externalId` (the manifest id); delegated AppCatalog.Read.All (least privileged).
// - sendActivityNotification: https://learn.microsoft.com/en-us/graph/api/userteamwork-sendactivitynotification;
//   the app must be installed for the recipient (https://learn.microsoft.com/en-us/graph/teams-send-activityfeednotifications).
import { defaultTeamsAppId } from '../../src/config/app-config';
import { bereikbaarManifestId } from '../../emulator/seed';
import { mohamed, sanne, shapeDifferences, startContractTenant } from './contract-support';
import type { ContractTenant } from './contract-support';

let tenant: ContractTenant;
beforeAll(async () => {
  tenant = await startContractTenant();
});
afterAll(async () => {
  await tenant.emulator.close();
});

// Doc "List teamsApp", example "List applications with a given ID" (response trimmed to its properties).
const documentedApps = {
  value: [
    {
      id: 'b1c5353a-7aca-41b3-830f-27d5218fe0e5',
      externalId: 'f31b1263-ba99-435a-a679-911d24850d7c',
      displayName: 'Test App',
      distributionMethod: 'organization',
    },
  ],
};

const byManifestId = `/appCatalogs/teamsApps?$filter=${encodeURIComponent(`externalId eq '${defaultTeamsAppId}'`)}`;

function activityTo(webUrl: string) {
  return {
    topic: { source: 'text', value: 'Terugbelverzoek', webUrl },
    activityType: 'callbackAssigned',
    previewText: { content: 'Nieuw terugbelverzoek' },
    templateParameters: [{ name: 'dueDate', value: 'woensdag' }],
  };
}

describe('Teams app catalog', () => {
  it('the demo tenant’s catalog holds the app under the manifest id the app uses by default', () => {
    expect(bereikbaarManifestId).toBe(defaultTeamsAppId);
  });

  it("GET /appCatalogs/teamsApps?$filter=externalId eq '{manifest id}' gives the catalog id", async () => {
    const res = await tenant.call(sanne, 'GET', byManifestId, { scopes: ['AppCatalog.Read.All'] });
    expect(res.status).toBe(200);
    expect(shapeDifferences(res.json, documentedApps)).toEqual([]);
    expect(res.json.value).toHaveLength(1);
    expect(res.json.value[0].externalId).toBe(defaultTeamsAppId);
    expect(res.json.value[0].id).not.toBe(defaultTeamsAppId);
  });

  it('an unknown externalId gives an empty list', async () => {
    const res = await tenant.call(
      sanne,
      'GET',
      `/appCatalogs/teamsApps?$filter=${encodeURIComponent("externalId eq '00000000-0000-0000-0000-000000000000'")}`,
      { scopes: ['AppCatalog.Read.All'] },
    );
    expect(res.status).toBe(200);
    expect(res.json.value).toEqual([]);
  });

  it('without an AppCatalog or Directory scope it is a 403', async () => {
    const res = await tenant.call(sanne, 'GET', byManifestId, { scopes: ['User.Read'] });
    expect(res.status).toBe(403);
  });
});

describe('sendActivityNotification', () => {
  const catalogId = async () =>
    (await tenant.call(sanne, 'GET', byManifestId, { scopes: ['AppCatalog.Read.All'] })).json
      .value[0].id as string;

  it('reaches a recipient who has the app installed (204)', async () => {
    const res = await tenant.call(
      sanne,
      'POST',
      `/users/${tenant.user(mohamed).id}/teamwork/sendActivityNotification`,
      { body: activityTo(`https://teams.microsoft.com/l/entity/${await catalogId()}/myCallbacks`) },
    );
    expect(res.status).toBe(204);
  });

  it('is refused with 403 Forbidden when the app is not installed for the recipient', async () => {
    const installed = new Set(tenant.emulator.state.teamsAppInstalledUserIds);
    const without = tenant.emulator.state.users.find((user) => !installed.has(user.id))!;
    const res = await tenant.call(
      sanne,
      'POST',
      `/users/${without.id}/teamwork/sendActivityNotification`,
      { body: activityTo(`https://teams.microsoft.com/l/entity/${await catalogId()}/myCallbacks`) },
    );
    expect(res.status).toBe(403);
    expect(res.json.error.code).toBe('Forbidden');
  });

  it('refuses a deep link that names the app by its manifest id (undocumented: the safe side)', async () => {
    const res = await tenant.call(
      sanne,
      'POST',
      `/users/${tenant.user(mohamed).id}/teamwork/sendActivityNotification`,
      { body: activityTo(`https://teams.microsoft.com/l/entity/${defaultTeamsAppId}/myCallbacks`) },
    );
    expect(res.status).toBe(400);
    expect(res.json.error.message).toContain('catalog id');
  });
});
