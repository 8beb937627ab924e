// Calendar, presence, mail tips and SharePoint through the real server: auth, routing, headers, error envelope.
import type { ListItem, ScheduleInformation, Site } from '@microsoft/microsoft-graph-types';
import { teamSettingsList } from '../../schema/lists';
import { demoSiteId } from '../seed';
import { inject } from 'vitest';
import { startEmulator } from '../server';
import type { RunningEmulator } from '../server';

const fixedNow = new Date('2026-11-30T08:15:00Z');
const sanne = 'sanne.devries@lindeburg.example';
const pieter = 'pieter.vanderberg@lindeburg.example';
// The teams list is the coordinators' to write.
const ingrid = 'ingrid.bakker@lindeburg.example';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({
    port: 0,
    dataDir: null,
    quiet: true,
    now: () => fixedNow,
    // With Bereikbaar's lists as provisioning makes them (tests/setup/demo-tenant-global-setup.ts).
    initialState: inject('demoTenantMonday'),
  });
});
afterAll(async () => {
  await emulator.close();
});

async function graph(
  upn: string,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  const response = await fetch(`${emulator.graphUrl}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${emulator.tokenFor(upn)}`,
      'content-type': 'application/json',
      ...headers,
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: text ? JSON.parse(text) : undefined,
  };
}

it('answers getSchedule for /me with the Prefer zone', async () => {
  const response = await graph(
    sanne,
    'POST',
    '/me/calendar/getSchedule',
    {
      Schedules: [pieter],
      StartTime: { dateTime: '2026-11-30T08:00:00', timeZone: 'W. Europe Standard Time' },
      EndTime: { dateTime: '2026-11-30T18:00:00', timeZone: 'W. Europe Standard Time' },
      availabilityViewInterval: '60',
    },
    { prefer: 'outlook.timezone="W. Europe Standard Time"' },
  );
  expect(response.status).toBe(200);
  const [info] = response.body.value as ScheduleInformation[];
  expect(info?.availabilityView).toBe('0220022110');
  expect(info?.scheduleItems?.[0]?.start?.timeZone).toBe('W. Europe Standard Time');
});

it("renders a getSchedule validation error in Graph's envelope", async () => {
  const response = await graph(sanne, 'POST', '/me/calendar/getSchedule', {
    schedules: [pieter],
    startTime: { dateTime: '2026-11-30T08:00:00', timeZone: 'UTC' },
    endTime: { dateTime: '2026-11-30T18:00:00', timeZone: 'UTC' },
    availabilityViewInterval: 4,
  });
  expect(response.status).toBe(400);
  expect(response.body.error.code).toBe('ErrorInvalidParameter');
});

it('serves presence in bulk and mail tips', async () => {
  const pieterId = emulator.state.users.find((user) => user.userPrincipalName === pieter)?.id ?? '';
  const presences = await graph(sanne, 'POST', '/communications/getPresencesByUserId', {
    ids: [pieterId],
  });
  expect(presences.status).toBe(200);
  expect(presences.body.value[0].id).toBe(pieterId);
  const tips = await graph(sanne, 'POST', '/me/getMailTips', {
    EmailAddresses: [pieter],
    MailTipsOptions: 'automaticReplies',
  });
  expect(tips.status).toBe(200);
  expect(tips.body.value[0].emailAddress.address).toBe(pieter);
});

it('finds the site by path and does an item round trip with eTag headers', async () => {
  const site = await graph(sanne, 'GET', '/sites/lindeburg.sharepoint.com:/sites/bereikbaar');
  expect((site.body as Site).id).toBe(demoSiteId);
  const itemsPath = `/sites/${encodeURIComponent(demoSiteId)}/lists/${teamSettingsList.name}/items`;
  const created = await graph(ingrid, 'POST', itemsPath, { fields: { Title: 'Over HTTP' } });
  expect(created.status).toBe(201);
  const item = created.body as ListItem;
  expect(created.headers.get('etag')).toBe(item.eTag);
  const stale = await graph(
    ingrid,
    'PATCH',
    `${itemsPath}/${item.id}/fields`,
    { Topics: 'x' },
    { 'if-match': '"00000000-0000-0000-0000-000000000000,7"' },
  );
  expect(stale.status).toBe(412);
  const filtered = await graph(
    sanne,
    'GET',
    `${itemsPath}?$expand=fields($select=Title)&$filter=fields/Title eq 'Over HTTP'`,
  );
  expect(filtered.body.value).toHaveLength(1);
});
