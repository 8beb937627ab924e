import type { Presence } from '@microsoft/microsoft-graph-types';
import { generateSeed } from '../seed';
import type { EmulatorState } from '../store';
import { presenceRoutes } from './presence';
import { callRoute } from './test-context';

const now = new Date('2026-11-30T08:15:00Z'); // Monday 09:15 Amsterdam: Pieter is in "Teamoverleg"
const sanneUpn = 'sanne.devries@lindeburg.example';
const pieterUpn = 'pieter.vanderberg@lindeburg.example';

let state: EmulatorState;
beforeEach(() => {
  state = generateSeed(now);
});
const idOf = (upn: string) => state.users.find((user) => user.userPrincipalName === upn)?.id ?? '';

describe('presence', () => {
  it('reads another user with Presence.Read.All, shaped as Graph presence', async () => {
    state.presences[idOf(pieterUpn)] = {
      availability: 'Available',
      activity: 'Available',
      statusMessage: null,
      outOfOfficeSettings: { isOutOfOffice: false, message: null },
    };
    const response = await callRoute(presenceRoutes, {
      state,
      as: sanneUpn,
      method: 'GET',
      path: `/users/${idOf(pieterUpn)}/presence`,
      now,
    });
    expect(response.status).toBe(200);
    const presence = response.body as Presence;
    // The calendar's busy meeting turns an idle "Available" into "in a meeting", as Teams does.
    expect(presence).toMatchObject({
      id: idOf(pieterUpn),
      availability: 'Busy',
      activity: 'InAMeeting',
      statusMessage: null,
      outOfOfficeSettings: { isOutOfOffice: false, message: null },
    });
  });

  it('reads only oneself with Presence.Read', async () => {
    const own = await callRoute(presenceRoutes, {
      state,
      as: sanneUpn,
      method: 'GET',
      path: '/me/presence',
      scopes: ['Presence.Read'],
      now,
    });
    expect(own.status).toBe(200);
    const other = await callRoute(presenceRoutes, {
      state,
      as: sanneUpn,
      method: 'GET',
      path: `/users/${pieterUpn}/presence`,
      scopes: ['Presence.Read'],
      now,
    });
    expect(other.status).toBe(403);
  });

  it('reports out of office from automatic replies in effect', async () => {
    const id = idOf(pieterUpn);
    const settings = state.mailboxSettings[id];
    if (!settings) throw new Error('no settings');
    settings.automaticRepliesSetting = {
      ...settings.automaticRepliesSetting,
      status: 'scheduled',
      internalReplyMessage: 'Met vakantie',
      scheduledStartDateTime: '2026-11-29T23:00:00.000Z',
      scheduledEndDateTime: '2026-12-01T23:00:00.000Z',
    };
    const during = await callRoute(presenceRoutes, {
      state,
      as: sanneUpn,
      method: 'GET',
      path: `/users/${id}/presence`,
      now,
    });
    expect(during.body.outOfOfficeSettings).toEqual({
      isOutOfOffice: true,
      message: 'Met vakantie',
    });
    const after = await callRoute(presenceRoutes, {
      state,
      as: sanneUpn,
      method: 'GET',
      path: `/users/${id}/presence`,
      now: new Date('2026-12-02T08:00:00Z'),
    });
    expect(after.body.outOfOfficeSettings.isOutOfOffice).toBe(false);
  });
});

describe('POST /communications/getPresencesByUserId', () => {
  const batch = (ids: string[]) =>
    callRoute(presenceRoutes, {
      state,
      as: sanneUpn,
      method: 'POST',
      path: '/communications/getPresencesByUserId',
      body: { ids },
      now,
    });

  it('returns one presence per id, PresenceUnknown for an unknown id', async () => {
    const unknownId = '00000000-0000-0000-0000-000000000000';
    const response = await batch([idOf(pieterUpn), unknownId]);
    expect(response.status).toBe(200);
    const [known, unknown] = response.body.value as (Presence & { '@odata.type': string })[];
    expect(known).toMatchObject({
      '@odata.type': '#microsoft.graph.presence',
      id: idOf(pieterUpn),
    });
    expect(unknown).toMatchObject({
      id: unknownId,
      availability: 'PresenceUnknown',
      activity: 'PresenceUnknown',
    });
  });

  it('accepts 650 ids and rejects 651', async () => {
    const ids = Array.from(
      { length: 651 },
      (_, index) => state.users[index % state.users.length]?.id ?? '',
    );
    expect((await batch(ids.slice(0, 650))).status).toBe(200);
    const tooMany = await batch(ids);
    expect(tooMany.status).toBe(400);
  });

  it('needs Presence.Read.All', async () => {
    const response = await callRoute(presenceRoutes, {
      state,
      as: sanneUpn,
      method: 'POST',
      path: '/communications/getPresencesByUserId',
      body: { ids: [idOf(pieterUpn)] },
      scopes: ['Presence.Read'],
      now,
    });
    expect(response.status).toBe(403);
  });
});

describe('setPresence, clearPresence, setStatusMessage', () => {
  const write = ['Presence.ReadWrite'];
  const sessionId = '22553876-f5ab-4529-bffb-cfe50aa89f87';

  it('sets, then clears, the own presence', async () => {
    const set = await callRoute(presenceRoutes, {
      state,
      as: sanneUpn,
      method: 'POST',
      path: '/me/presence/setPresence',
      scopes: write,
      now,
      body: { sessionId, availability: 'Busy', activity: 'InACall', expirationDuration: 'PT1H' },
    });
    expect(set.status).toBe(200);
    expect(state.presences[idOf(sanneUpn)]).toMatchObject({
      availability: 'Busy',
      activity: 'InACall',
    });
    const cleared = await callRoute(presenceRoutes, {
      state,
      as: sanneUpn,
      method: 'POST',
      path: '/me/presence/clearPresence',
      scopes: write,
      now,
      body: { sessionId },
    });
    expect(cleared.status).toBe(200);
    expect(state.presences[idOf(sanneUpn)]).toMatchObject({
      availability: 'Available',
      activity: 'Available',
    });
  });

  it.each([
    ['an unknown availability', { sessionId, availability: 'Sleeping', activity: 'Available' }],
    ['an impossible combination', { sessionId, availability: 'Available', activity: 'InACall' }],
    ['no sessionId', { availability: 'Busy', activity: 'InACall' }],
    [
      'a bad duration',
      { sessionId, availability: 'Busy', activity: 'InACall', expirationDuration: '1 hour' },
    ],
  ])('rejects %s with 400', async (_label, body) => {
    const response = await callRoute(presenceRoutes, {
      state,
      as: sanneUpn,
      method: 'POST',
      path: '/me/presence/setPresence',
      scopes: write,
      now,
      body,
    });
    expect(response.status).toBe(400);
  });

  it('sets a status message that expires', async () => {
    const response = await callRoute(presenceRoutes, {
      state,
      as: sanneUpn,
      method: 'POST',
      path: '/me/presence/setStatusMessage',
      scopes: write,
      now,
      body: {
        statusMessage: {
          message: { content: 'Tot 12:00 in overleg', contentType: 'text' },
          expiryDateTime: { dateTime: '2026-11-30T12:00:00', timeZone: 'W. Europe Standard Time' },
        },
      },
    });
    expect(response.status).toBe(200);
    const read = await callRoute(presenceRoutes, {
      state,
      as: sanneUpn,
      method: 'GET',
      path: '/me/presence',
      now,
    });
    expect(read.body.statusMessage).toEqual({
      message: { content: 'Tot 12:00 in overleg', contentType: 'text' },
      expiryDateTime: { dateTime: '2026-11-30T11:00:00.0000000', timeZone: 'UTC' },
    });
    const later = await callRoute(presenceRoutes, {
      state,
      as: sanneUpn,
      method: 'GET',
      path: '/me/presence',
      now: new Date('2026-11-30T11:30:00Z'),
    });
    expect(later.body.statusMessage).toBeNull();
  });
});
