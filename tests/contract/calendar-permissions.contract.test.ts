// Contract: a calendar's calendarPermissions ("List calendarPermissions", "Get calendarPermission", "Update
// calendarPermission", "calendarPermission resource type" in the Microsoft Graph v1.0 documentation), and that
// getSchedule ("calendar: getSchedule") follows the "My Organization" entry's role at once.
import type * as MicrosoftGraph from '@microsoft/microsoft-graph-types';
import {
  allScopes,
  jsonContentType,
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

// Doc "List calendarPermissions", response example: the "My Organization" entry (the share with one recipient
// left out; the demo tenant's calendars have no individual recipients).
const documentedMyOrganization: MicrosoftGraph.CalendarPermission = {
  id: 'RGVmYXVsdA==',
  isRemovable: false,
  isInsideOrganization: true,
  role: 'freeBusyRead',
  allowedRoles: ['none', 'freeBusyRead', 'limitedRead', 'read', 'write'],
  emailAddress: { name: 'My Organization' },
};

const permissionsPath = '/me/calendar/calendarPermissions';
const myOrganizationPath = `${permissionsPath}/RGVmYXVsdA==`;
const readOnly = allScopes.filter((scope) => scope !== 'Calendars.ReadWrite');

/** Pieter's calendar items on the seeded Monday, as Sanne (a colleague) gets them from getSchedule. */
async function pieterAsSanneSeesIt(): Promise<MicrosoftGraph.ScheduleItem[]> {
  const res = await tenant.call(sanne, 'POST', '/me/calendar/getSchedule', {
    body: {
      schedules: [pieter],
      startTime: { dateTime: '2026-11-30T07:00:00', timeZone: 'UTC' },
      endTime: { dateTime: '2026-11-30T17:00:00', timeZone: 'UTC' },
    },
  });
  expect(res.status).toBe(200);
  const [info] = (res.json as { value: MicrosoftGraph.ScheduleInformation[] }).value;
  return info?.scheduleItems ?? [];
}

async function setRole(role: string, scopes: readonly string[] = allScopes) {
  return tenant.call(pieter, 'PATCH', myOrganizationPath, { body: { role }, scopes });
}

afterEach(async () => {
  await setRole('limitedRead');
});

describe('List calendarPermissions, Get calendarPermission', () => {
  it('lists the "My Organization" entry of the owner’s calendar as the example shows, with Calendars.Read', async () => {
    await setRole('freeBusyRead');
    const res = await tenant.call(pieter, 'GET', permissionsPath, {
      scopes: ['User.Read', 'Calendars.Read'],
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(jsonContentType);
    expect(res.json['@odata.context']).toBe(
      `${tenant.emulator.graphUrl}/$metadata#users('${tenant.user(pieter).id}')/calendar/calendarPermissions`,
    );
    const value = res.json.value as MicrosoftGraph.CalendarPermission[];
    const organization = value.find((entry) => entry.emailAddress?.name === 'My Organization');
    expect(organization).toEqual(documentedMyOrganization);
    expect(shapeDifferences(organization, documentedMyOrganization)).toEqual([]);
  });

  it('also lists with Calendars.ReadBasic, and gets the entry by its id', async () => {
    const list = await tenant.call(pieter, 'GET', permissionsPath, {
      scopes: ['Calendars.ReadBasic'],
    });
    expect(list.status).toBe(200);
    const one = await tenant.call(pieter, 'GET', myOrganizationPath, {
      scopes: ['Calendars.ReadBasic'],
    });
    expect(one.status).toBe(200);
    expect(one.json).toMatchObject({ ...documentedMyOrganization, role: 'limitedRead' });
  });

  it('gives a share recipient an empty collection ("calendarPermission resource type")', async () => {
    const res = await tenant.call(sanne, 'GET', `/users/${pieter}/calendar/calendarPermissions`);
    expect(res.status).toBe(200);
    expect(res.json.value).toEqual([]);
  });

  it('refuses a token without any calendar permission (403)', async () => {
    const res = await tenant.call(pieter, 'GET', permissionsPath, { scopes: ['User.Read'] });
    expect(res.status).toBe(403);
    expect(res.json.error.code).toBeTruthy();
  });
});

describe('Update calendarPermission', () => {
  it('changes the role and answers the updated calendarPermission (example: role write)', async () => {
    const res = await setRole('freeBusyRead');
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ ...documentedMyOrganization, role: 'freeBusyRead' });
    const back = await setRole('limitedRead');
    expect(back.status).toBe(200);
    expect(back.json.role).toBe('limitedRead');
    const read = await tenant.call(pieter, 'GET', myOrganizationPath);
    expect(read.json.role).toBe('limitedRead');
  });

  it('needs Calendars.ReadWrite (403 with read permissions only), and changes nothing then', async () => {
    const res = await setRole('freeBusyRead', readOnly);
    expect(res.status).toBe(403);
    expect(tenant.user(pieter).calendarSharing).toBe('limitedRead');
  });

  it('refuses a role that is not in allowedRoles (400), and a value that is no calendarRoleType (400)', async () => {
    const delegate = await setRole('delegateWithPrivateEventAccess');
    expect(delegate.status).toBe(400);
    expect(delegate.json.error.code).toBeTruthy();
    const nonsense = await setRole('everything');
    expect(nonsense.status).toBe(400);
    expect(tenant.user(pieter).calendarSharing).toBe('limitedRead');
  });

  it('updates only role: allowedRoles, emailAddress, isInsideOrganization and isRemovable are read-only', async () => {
    const res = await tenant.call(pieter, 'PATCH', myOrganizationPath, {
      body: { role: 'read', isRemovable: true },
    });
    expect(res.status).toBe(400);
    expect(tenant.user(pieter).calendarSharing).toBe('limitedRead');
  });

  it('lets only the owner update (a colleague gets 403)', async () => {
    const res = await tenant.call(
      sanne,
      'PATCH',
      `/users/${pieter}/calendar/calendarPermissions/RGVmYXVsdA==`,
      {
        body: { role: 'freeBusyRead' },
      },
    );
    expect(res.status).toBe(403);
  });
});

describe('calendar: getSchedule follows the "My Organization" role at once', () => {
  it('shows colleagues subjects and locations with limitedRead, only free/busy with freeBusyRead; private items never', async () => {
    await setRole('freeBusyRead');
    const hidden = await pieterAsSanneSeesIt();
    expect(hidden.length).toBeGreaterThan(0);
    for (const item of hidden) expect(Object.keys(item).sort()).toEqual(['end', 'start', 'status']);

    await setRole('limitedRead');
    const shown = await pieterAsSanneSeesIt();
    expect(shown.some((item) => typeof item.subject === 'string' && item.subject !== '')).toBe(
      true,
    );
    const privateItems = tenant.emulator.state.events.filter(
      (event) => event.userId === tenant.user(pieter).id && event.sensitivity === 'private',
    );
    for (const item of shown.filter((entry) => entry.isPrivate === true))
      expect(item.subject).toBeUndefined();
    expect(
      privateItems.every((event) => !shown.some((item) => item.subject === event.subject)),
    ).toBe(true);
  });

  it('shares not even free/busy with role none (the schedule carries an error), yet the owner sees their own', async () => {
    await setRole('none');
    const res = await tenant.call(sanne, 'POST', '/me/calendar/getSchedule', {
      body: {
        schedules: [pieter],
        startTime: { dateTime: '2026-11-30T07:00:00', timeZone: 'UTC' },
        endTime: { dateTime: '2026-11-30T17:00:00', timeZone: 'UTC' },
      },
    });
    const [info] = (res.json as { value: MicrosoftGraph.ScheduleInformation[] }).value;
    expect(info?.error?.responseCode).toBe('ErrorNoFreeBusyAccess');
    expect(info?.scheduleItems).toEqual([]);
    const own = await tenant.call(pieter, 'POST', '/me/calendar/getSchedule', {
      body: {
        schedules: [pieter],
        startTime: { dateTime: '2026-11-30T07:00:00', timeZone: 'UTC' },
        endTime: { dateTime: '2026-11-30T17:00:00', timeZone: 'UTC' },
      },
    });
    const [mine] = (own.json as { value: MicrosoftGraph.ScheduleInformation[] }).value;
    expect(mine?.error).toBeUndefined();
    expect(mine?.scheduleItems?.length).toBeGreaterThan(0);
  });
});
