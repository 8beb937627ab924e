// Reminders from the monitor against the demo tenant: the coordinator reminds colleagues whose calendar is free/busy
// only; each gets one Teams activity (app installed) or one e-mail (not installed) with a link to Mijn
// bereikbaarheid, recorded once in the reminders list; a second send the same week skips them, saying when they were
// reminded; the same send tried again sends nothing twice. The weekly sharing measurement is one item per team.
import type { Client } from '@microsoft/microsoft-graph-client';
import type { RunningEmulator } from '../emulator/server';
import { startDemoTenant } from '../scripts/demo-tenant/start-demo-tenant';
import { parseAppConfig } from '../src/config/app-config';
import type { IsoWeek } from '../src/domain/figures';
import { instantFromEpochMs } from '../src/domain/time';
import { createGraphMonitoringDataSource } from '../src/features/monitoring/api/monitoring-data-source';
import type { MonitoringDataSource } from '../src/features/monitoring/api/monitoring-data-source';
import { sendReminders } from '../src/features/monitoring/reminders/send-reminders';
import type { ReminderTarget } from '../src/features/monitoring/reminders/send-reminders';
import { createGraphClient } from '../src/graph/client';
import { createMemoryDirectoryCache } from '../src/graph/people/people-directory';
import { remindersList, sharingSnapshotsList } from '../schema/lists';

const coordinator = 'ingrid.bakker@lindeburg.example';

let emulator: RunningEmulator;
let source: MonitoringDataSource;
let coordinatorId: string;
beforeAll(async () => {
  emulator = await startDemoTenant({ port: 0, quiet: true });
  const token = emulator.tokenFor(coordinator);
  const client: Client = createGraphClient({
    authProvider: { getAccessToken: () => Promise.resolve(token) },
    graphBaseUrl: emulator.url,
  });
  const parsed = parseAppConfig({
    mode: undefined,
    clientId: undefined,
    tenantId: undefined,
    sharePointSite: undefined,
    graphBaseUrl: undefined,
    emulatorUrl: undefined,
    roleGroupAgent: undefined,
    roleGroupTeamLeader: undefined,
    roleGroupCoordinator: undefined,
    appBaseUrl: 'https://bereikbaar.lindeburg.example/index.html',
    // The organisation chose Teams activities (e-mail for whoever does not have the app).
    notifications: 'teamsActivity',
  });
  if (parsed.kind !== 'valid') throw new Error('invalid demo configuration');
  source = createGraphMonitoringDataSource(client, parsed.config, createMemoryDirectoryCache(), {
    displayName: 'Ingrid Bakker',
  });
  coordinatorId = emulator.state.users.find((user) => user.userPrincipalName === coordinator)!.id;
});
afterAll(async () => {
  await emulator.close();
});

const itemsOf = (listName: string) => {
  const list = emulator.state.lists.find((candidate) => candidate.name === listName)!;
  return emulator.state.items.filter((item) => item.listId === list.id);
};

/** Two colleagues whose calendar is free/busy only: one with the Teams app installed, one without. */
async function unsharedColleagues(): Promise<{
  withApp: ReminderTarget;
  withoutApp: ReminderTarget;
}> {
  const directory = await source.loadDirectory();
  const people = directory.people.filter((person) => person.mail !== null);
  const checks = await source.calendarChecks(
    people.map((person) => ({ id: person.id, mail: person.mail as string })),
  );
  const unshared = new Set(
    checks.filter((check) => check.sharing === 'freeBusy').map((check) => check.personId),
  );
  const installed = new Set(emulator.state.teamsAppInstalledUserIds ?? []);
  const target = (predicate: (id: string) => boolean): ReminderTarget => {
    const person = people.find(
      (candidate) => unshared.has(candidate.id) && predicate(candidate.id),
    );
    if (person === undefined) throw new Error('the demo tenant has no such colleague');
    return { id: person.id, displayName: person.displayName, mail: person.mail };
  };
  return {
    withApp: target((id) => installed.has(id)),
    withoutApp: target((id) => !installed.has(id)),
  };
}

describe('reminders about a calendar that is not shared', () => {
  it('are sent once, skipped the second time that week, and never twice on a retry', async () => {
    const { withApp, withoutApp } = await unsharedColleagues();
    const targets = [withApp, withoutApp];
    // Whole seconds: SharePoint keeps a dateTime to the second.
    const now = instantFromEpochMs(Math.floor(source.now().getTime() / 1000) * 1000);
    const activitiesBefore = emulator.state.activities?.length ?? 0;
    const mailsBefore = emulator.state.outbox.length;

    const first = await sendReminders(source.reminders, {
      sendId: 'send-1',
      topic: 'calendarNotShared',
      targets,
      senderId: coordinatorId,
      now,
    });
    expect(first).toEqual([
      { personId: withApp.id, result: 'sent', via: 'teamsActivity' },
      { personId: withoutApp.id, result: 'sent', via: 'email' },
    ]);
    const activities = (emulator.state.activities ?? []).slice(activitiesBefore);
    expect(activities).toHaveLength(1);
    expect(activities[0]).toMatchObject({
      recipientUserId: withApp.id,
      activityType: 'availabilityReminder',
      topic: { webUrl: expect.stringMatching(/\/myAvailability$/) },
    });
    const mails = emulator.state.outbox.slice(mailsBefore);
    expect(mails).toHaveLength(1);
    const mail = mails[0]!.message as {
      subject: string;
      body: { content: string };
      toRecipients: { emailAddress: { address: string } }[];
    };
    expect(mail.toRecipients[0]!.emailAddress.address).toBe(withoutApp.mail);
    expect(mail.subject).toBe('Herinnering: open uw agenda voor collega’s');
    expect(mail.body.content).toContain(
      'https://bereikbaar.lindeburg.example/index.html#/mijn-bereikbaarheid',
    );
    const recorded = itemsOf(remindersList.name);
    expect(recorded).toHaveLength(2);
    expect(recorded.map((item) => item.fields.Outcome).sort()).toEqual(['email', 'teamsActivity']);

    // A second send the same week: nobody is reminded again, and the coordinator is told since when.
    const second = await sendReminders(source.reminders, {
      sendId: 'send-2',
      topic: 'calendarNotShared',
      targets,
      senderId: coordinatorId,
      now: instantFromEpochMs(now + 60 * 60 * 1000),
    });
    expect(second.map((result) => result.result)).toEqual(['skipped', 'skipped']);
    expect(second[0]).toMatchObject({ remindedAt: now });

    // The first send tried again (a lost answer, a second click): nothing goes out twice.
    const retried = await sendReminders(source.reminders, {
      sendId: 'send-1',
      topic: 'calendarNotShared',
      targets,
      senderId: coordinatorId,
      now,
    });
    expect(retried.map((result) => result.result)).toEqual(['alreadySent', 'alreadySent']);
    expect((emulator.state.activities ?? []).length - activitiesBefore).toBe(1);
    expect(emulator.state.outbox.length - mailsBefore).toBe(1);
    expect(itemsOf(remindersList.name)).toHaveLength(2);

    // Working hours are another topic: this week's calendar reminder does not hold that one back.
    const other = await sendReminders(source.reminders, {
      sendId: 'send-3',
      topic: 'workingHoursMissing',
      targets: [withoutApp],
      senderId: coordinatorId,
      now,
    });
    expect(other).toEqual([{ personId: withoutApp.id, result: 'sent', via: 'email' }]);
  });
});

describe('the weekly sharing measurement', () => {
  it('keeps one item per team and week, updated while the week lasts', async () => {
    const week = '2026-W49' as IsoWeek;
    const at = Date.parse('2026-12-02T10:00:00+01:00');
    await source.recordSharingSnapshots([
      { team: 'Burgerzaken', week, checked: 10, sharing: 4, recordedAt: at },
      { team: 'Belastingen', week, checked: 8, sharing: 8, recordedAt: at },
    ]);
    await source.recordSharingSnapshots([
      { team: 'Burgerzaken', week, checked: 10, sharing: 6, recordedAt: at + 3_600_000 },
    ]);
    expect(itemsOf(sharingSnapshotsList.name)).toHaveLength(2);
    const read = await source.readSharingSnapshots('2026-W45' as IsoWeek);
    expect(read.find((snapshot) => snapshot.team === 'Burgerzaken')).toMatchObject({
      week,
      checked: 10,
      sharing: 6,
    });
    expect(await source.readSharingSnapshots('2026-W50' as IsoWeek)).toEqual([]);
  });
});
