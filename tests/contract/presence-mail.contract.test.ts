// Contract: presence (get, getPresencesByUserId, setPresence, clearPresence), getMailTips and sendMail against the
// examples in the Microsoft Graph v1.0 documentation, typed with @microsoft/microsoft-graph-types.
import type * as MicrosoftGraph from '@microsoft/microsoft-graph-types';
import {
  graphDateTimePattern,
  jsonContentType,
  mohamed,
  pieter,
  sanne,
  shapeDifferences,
  startContractTenant,
} from './contract-support';
import type { ContractTenant } from './contract-support';

let tenant: ContractTenant;
beforeAll(async () => {
  tenant = await startContractTenant();
});
afterAll(async () => {
  await tenant.emulator.close();
});

// Doc "Get presence", example 1.
const documentedPresence = {
  id: 'fa8bf3dc-eca7-46b7-bad1-db199b62afc3',
  availability: 'Available',
  activity: 'Available',
};
const availabilities = [
  'Available',
  'AvailableIdle',
  'Away',
  'BeRightBack',
  'Busy',
  'BusyIdle',
  'DoNotDisturb',
  'Offline',
  'PresenceUnknown',
];

describe('Get presence', () => {
  it('GET /me/presence (example 1)', async () => {
    const res = await tenant.call(sanne, 'GET', '/me/presence');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(jsonContentType);
    expect(shapeDifferences(res.json, documentedPresence)).toEqual([]);
    const presence = res.json as MicrosoftGraph.Presence;
    expect(presence.id).toBe(tenant.user(sanne).id);
    expect(availabilities).toContain(presence.availability);
  });

  it('GET /users/{id}/presence (example 2) carries statusMessage and outOfOfficeSettings', async () => {
    const id = tenant.user(pieter).id;
    const res = await tenant.call(sanne, 'GET', `/users/${id}/presence`);
    expect(res.status).toBe(200);
    expect(
      shapeDifferences(res.json, {
        ...documentedPresence,
        statusMessage: null,
        outOfOfficeSettings: { message: null, isOutOfOffice: false },
      }),
    ).toEqual([]);
    expect((res.json as MicrosoftGraph.Presence).id).toBe(id);
  });

  it("another user's presence needs Presence.Read.All (403 without it)", async () => {
    const res = await tenant.call(sanne, 'GET', `/users/${tenant.user(pieter).id}/presence`, {
      scopes: ['Presence.Read'],
    });
    expect(res.status).toBe(403);
  });
});

describe('cloudCommunications: getPresencesByUserId', () => {
  it('POST /communications/getPresencesByUserId returns one presence per id', async () => {
    // Doc "cloudCommunications: getPresencesByUserId".
    const documented = {
      value: [
        {
          id: 'fa8bf3dc-eca7-46b7-bad1-db199b62afc3',
          availability: 'Busy',
          activity: 'InAMeeting',
        },
      ],
    };
    const ids = [tenant.user(pieter).id, tenant.user(mohamed).id];
    const res = await tenant.call(sanne, 'POST', '/communications/getPresencesByUserId', {
      body: { ids },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(jsonContentType);
    expect(shapeDifferences(res.json, documented)).toEqual([]);
    const body = res.json as { value: MicrosoftGraph.Presence[] };
    expect(body.value.map((presence) => presence.id)).toEqual(ids);
  });

  it('more than 650 ids is a 400', async () => {
    const ids = Array.from(
      { length: 651 },
      (_, index) => `00000000-0000-0000-0000-${String(index).padStart(12, '0')}`,
    );
    const res = await tenant.call(sanne, 'POST', '/communications/getPresencesByUserId', {
      body: { ids },
    });
    expect(res.status).toBe(400);
    expect(typeof res.json.error.code).toBe('string');
  });

  it('without Presence.Read.All it is a 403', async () => {
    const res = await tenant.call(sanne, 'POST', '/communications/getPresencesByUserId', {
      scopes: ['Presence.Read'],
      body: { ids: [tenant.user(pieter).id] },
    });
    expect(res.status).toBe(403);
  });
});

describe('presence: setPresence, presence: clearPresence', () => {
  const sessionId = '22553876-f5ab-4529-bffb-cfe50aa89f87';

  it('sets an application session (the documented body), then clears it', async () => {
    const id = tenant.user(pieter).id;
    const before = (await tenant.call(pieter, 'GET', '/me/presence'))
      .json as MicrosoftGraph.Presence;
    const set = await tenant.call(pieter, 'POST', `/users/${id}/presence/setPresence`, {
      body: { sessionId, availability: 'Busy', activity: 'InACall', expirationDuration: 'PT1H' },
    });
    expect(set.status).toBe(200);
    expect(set.text).toBe('');
    const during = (await tenant.call(sanne, 'GET', `/users/${id}/presence`))
      .json as MicrosoftGraph.Presence;
    expect(during).toMatchObject({ availability: 'Busy', activity: 'InACall' });

    const cleared = await tenant.call(pieter, 'POST', `/users/${id}/presence/clearPresence`, {
      body: { sessionId },
    });
    expect(cleared.status).toBe(200);
    const after = (await tenant.call(pieter, 'GET', '/me/presence'))
      .json as MicrosoftGraph.Presence;
    expect({ availability: after.availability, activity: after.activity }).toEqual({
      availability: before.availability,
      activity: before.activity,
    });
  });

  it('clearing a session that does not exist is a 404', async () => {
    const res = await tenant.call(
      pieter,
      'POST',
      `/users/${tenant.user(pieter).id}/presence/clearPresence`,
      {
        body: { sessionId: 'a0000000-0000-0000-0000-000000000000' },
      },
    );
    expect(res.status).toBe(404);
    expect(typeof res.json.error.code).toBe('string');
  });

  it('an unsupported availability/activity combination is a 400', async () => {
    const res = await tenant.call(
      pieter,
      'POST',
      `/users/${tenant.user(pieter).id}/presence/setPresence`,
      {
        body: { sessionId, availability: 'Available', activity: 'InACall' },
      },
    );
    expect(res.status).toBe(400);
  });
});

describe('user: getMailTips', () => {
  it('POST /me/getMailTips (the documented body) returns automatic replies and mailbox-full status', async () => {
    const absent = tenant.emulator.state.users.find((user) => {
      const replies = tenant.emulator.state.mailboxSettings[user.id]?.automaticRepliesSetting;
      return (
        replies?.status === 'scheduled' &&
        replies.scheduledStartDateTime !== null &&
        new Date(replies.scheduledStartDateTime) <= new Date('2026-11-30T08:15:00Z') &&
        new Date(replies.scheduledEndDateTime ?? 0) > new Date('2026-11-30T08:15:00Z')
      );
    });
    if (!absent) throw new Error('the seed has no scheduled automatic replies running on Monday');
    const res = await tenant.call(sanne, 'POST', '/me/getMailTips', {
      body: {
        EmailAddresses: [absent.mail, pieter],
        MailTipsOptions: 'automaticReplies, mailboxFullStatus',
      },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(jsonContentType);
    // Doc "user: getMailTips", response (the first recipient has scheduled automatic replies).
    const documented = {
      '@odata.context':
        'https://graph.microsoft.com/v1.0/$metadata#Collection(microsoft.graph.mailTips)',
      value: [
        {
          emailAddress: { name: '', address: 'danas@contoso.onmicrosoft.com' },
          automaticReplies: {
            message: '<div>…</div>',
            messageLanguage: { locale: 'en-US', displayName: 'English (United States)' },
            scheduledStartTime: { dateTime: '2018-08-07T02:00:00.0000000', timeZone: 'UTC' },
            scheduledEndTime: { dateTime: '2018-08-09T02:00:00.0000000', timeZone: 'UTC' },
          },
          mailboxFull: false,
        },
      ],
    };
    const body = res.json as { value: MicrosoftGraph.MailTips[] };
    const [away, present] = body.value;
    expect(shapeDifferences({ ...res.json, value: [away] }, documented)).toEqual([]);
    expect(away?.automaticReplies?.scheduledStartTime?.dateTime).toMatch(graphDateTimePattern);
    // The doc's second recipient: no automatic replies, an empty message.
    expect(present?.automaticReplies).toEqual({ message: '' });
    expect(present?.mailboxFull).toBe(false);
  });

  it('without Mail.Read it is a 403', async () => {
    const res = await tenant.call(sanne, 'POST', '/me/getMailTips', {
      scopes: ['User.Read'],
      body: { EmailAddresses: [pieter], MailTipsOptions: 'automaticReplies' },
    });
    expect(res.status).toBe(403);
  });
});

describe('user: sendMail', () => {
  it('POST /me/sendMail (example 1, saveToSentItems as the string "false") answers 202 with no body', async () => {
    const res = await tenant.call(sanne, 'POST', '/me/sendMail', {
      body: {
        message: {
          subject: 'Meet for lunch?',
          body: { contentType: 'Text', content: 'The new cafeteria is open.' },
          toRecipients: [{ emailAddress: { address: pieter } }],
          ccRecipients: [{ emailAddress: { address: mohamed } }],
        },
        saveToSentItems: 'false',
      },
    });
    expect(res.status).toBe(202);
    expect(res.text).toBe('');
    const outbox = (await (await tenant.control('GET', '/_emulator/outbox')).json()) as {
      value: { message: MicrosoftGraph.Message; saveToSentItems: boolean; from: string }[];
    };
    const sent = outbox.value.at(-1);
    expect(sent?.message.subject).toBe('Meet for lunch?');
    expect(sent?.saveToSentItems).toBe(false);
    expect(sent?.from).toBe(sanne);
  });

  it('POST /me/sendMail (example 2, HTML body and internet message headers) answers 202', async () => {
    const res = await tenant.call(sanne, 'POST', '/me/sendMail', {
      body: {
        message: {
          subject: '9/9/2018: concert',
          body: { contentType: 'HTML', content: 'The group represents Nevada.' },
          toRecipients: [{ emailAddress: { address: pieter } }],
          internetMessageHeaders: [
            { name: 'x-custom-header-group-name', value: 'Nevada' },
            { name: 'x-custom-header-group-id', value: 'NV001' },
          ],
        },
      },
    });
    expect(res.status).toBe(202);
  });

  it('a message without recipients is a 400', async () => {
    const res = await tenant.call(sanne, 'POST', '/me/sendMail', {
      body: { message: { subject: 'x', body: { contentType: 'Text', content: 'x' } } },
    });
    expect(res.status).toBe(400);
    expect(typeof res.json.error.code).toBe('string');
  });

  it('without Mail.Send it is a 403', async () => {
    const res = await tenant.call(sanne, 'POST', '/me/sendMail', {
      scopes: ['Mail.Read'],
      body: { message: { subject: 'x', toRecipients: [{ emailAddress: { address: pieter } }] } },
    });
    expect(res.status).toBe(403);
  });
});
