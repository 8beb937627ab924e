import type { Client } from '@microsoft/microsoft-graph-client';
import { aRequest } from '../../domain/callbacks/callback-test-fixtures';
import { callbackMailHtml } from './callback-mail';
import { notifyCallbackAssignees } from './notify-callback';

/** The manifest id of the app (defaultTeamsAppId in src/config; this layer does not import config). */
const defaultTeamsAppId = '5d3c9b7e-2a41-4f6e-9c08-b1e7a4d2f36c';

/** A Graph client that records what is posted where. */
function recordingClient(): { client: Client; posts: { path: string; body: unknown }[] } {
  const posts: { path: string; body: unknown }[] = [];
  const client = {
    api: (path: string) => ({
      post: (body: unknown) => {
        posts.push({ path, body });
        return Promise.resolve(undefined);
      },
    }),
  } as unknown as Client;
  return { client, posts };
}

describe('the Teams activity', () => {
  it("deep-links to the app's Mijn terugbelverzoeken tab, not to Teams' front page", async () => {
    const { client, posts } = recordingClient();
    const appId = '0f0e0d0c-0b0a-4909-8807-060504030201';
    await notifyCallbackAssignees(client, aRequest({ assignedToPersonId: 'u2' }), {
      channel: 'teamsActivity',
      teamsAppId: appId,
      teamsCatalogAppId: appId,
      event: { kind: 'created' },
      assignee: { id: 'u2', mail: 'u2@example.nl' },
      madeByName: 'Sanne',
      linkUrl: 'https://app.example/#/mijn-terugbelverzoeken',
    });
    expect(posts).toHaveLength(1);
    expect(posts[0]!.path).toBe('/users/u2/teamwork/sendActivityNotification');
    expect(posts[0]!.body).toMatchObject({
      activityType: 'callbackAssigned',
      topic: { webUrl: `https://teams.microsoft.com/l/entity/${appId}/myCallbacks` },
    });
  });

  it('uses the reassignment activity type when a leader reassigned the request', async () => {
    const { client, posts } = recordingClient();
    await notifyCallbackAssignees(client, aRequest({ assignedToPersonId: 'u2' }), {
      channel: 'teamsActivity',
      teamsAppId: defaultTeamsAppId,
      teamsCatalogAppId: defaultTeamsAppId,
      event: { kind: 'reassigned', byName: 'Mohamed' },
      assignee: { id: 'u2', mail: null },
      madeByName: 'Sanne',
      linkUrl: null,
    });
    expect(posts[0]!.body).toMatchObject({ activityType: 'callbackReassigned' });
  });
});

describe('callbackMailHtml for a reassignment', () => {
  it('says it was assigned and by whom, escaped', () => {
    const html = callbackMailHtml(aRequest({ assignedToPersonId: 'u2' }), {
      madeByName: 'Sanne',
      linkUrl: null,
      event: { kind: 'reassigned', byName: 'Mo <b>' },
    });
    expect(html).toContain('aan u toegewezen');
    expect(html).toContain(
      '<th align="left" valign="top">Toegewezen door</th><td>Mo &lt;b&gt;</td>',
    );
  });
});

describe("the app's catalog id", () => {
  /** A client whose catalog holds `apps`; counts the lookups and records posts. */
  function catalogClient(apps: { id: string }[]) {
    const posts: { path: string; body: unknown }[] = [];
    const lookups: unknown[] = [];
    const client = {
      api: (path: string) => ({
        query: (query: unknown) => ({
          get: () => {
            lookups.push({ path, query });
            return Promise.resolve({ value: apps });
          },
        }),
        post: (body: unknown) => {
          posts.push({ path, body });
          return Promise.resolve(undefined);
        },
      }),
    } as unknown as Client;
    return { client, posts, lookups };
  }
  const context = {
    channel: 'teamsActivity' as const,
    teamsAppId: defaultTeamsAppId,
    teamsCatalogAppId: null,
    event: { kind: 'created' as const },
    assignee: { id: 'u2', mail: 'u2@example.nl' },
    madeByName: 'Sanne',
    linkUrl: null,
  };

  it('is looked up by the manifest id once per client and used in the deep link', async () => {
    const { client, posts, lookups } = catalogClient([{ id: 'catalog-1' }]);
    await notifyCallbackAssignees(client, aRequest({ assignedToPersonId: 'u2' }), context);
    await notifyCallbackAssignees(client, aRequest({ assignedToPersonId: 'u2' }), context);
    expect(lookups).toEqual([
      {
        path: '/appCatalogs/teamsApps',
        query: { $filter: `externalId eq '${defaultTeamsAppId}'`, $select: 'id,externalId' },
      },
    ]);
    expect(posts.map((post) => post.body)).toEqual([
      expect.objectContaining({
        topic: expect.objectContaining({
          webUrl: 'https://teams.microsoft.com/l/entity/catalog-1/myCallbacks',
        }),
      }),
      expect.objectContaining({
        topic: expect.objectContaining({
          webUrl: 'https://teams.microsoft.com/l/entity/catalog-1/myCallbacks',
        }),
      }),
    ]);
  });

  it('is not looked up when configured', async () => {
    const { client, lookups, posts } = catalogClient([]);
    await notifyCallbackAssignees(client, aRequest({ assignedToPersonId: 'u2' }), {
      ...context,
      teamsCatalogAppId: 'configured-1',
    });
    expect(lookups).toEqual([]);
    expect(posts[0]!.body).toMatchObject({
      topic: { webUrl: 'https://teams.microsoft.com/l/entity/configured-1/myCallbacks' },
    });
  });

  it('an app missing from the catalog cannot notify in Teams: the assignee is e-mailed', async () => {
    const { client, posts } = catalogClient([]);
    const result = await notifyCallbackAssignees(
      client,
      aRequest({ assignedToPersonId: 'u2' }),
      context,
    );
    expect(result).toEqual({ sent: 'email', to: 'u2@example.nl', afterActivityFailed: 'yes' });
    expect(posts.map((post) => post.path)).toEqual(['/me/sendMail']);
  });
});
