import type { Client } from '@microsoft/microsoft-graph-client';
import { GraphRequestError } from '../../graph/client';
import { reminderActivity, reminderMail, sendReminderNotice } from './reminder-notice';
import type { ReminderNotice } from './reminder-notice';

const catalogId = '5d3c9b7e-2a41-4f6e-9c08-b1e7a4d2f36c';
const notice: ReminderNotice = {
  topic: 'calendarNotShared',
  recipient: { id: 'p1', displayName: 'Jan <de> Vries & zn', mail: 'jan@lindeburg.example' },
  senderName: 'Ingrid Bakker',
  channel: 'teamsActivity',
  teamsAppId: 'manifest-id',
  teamsCatalogAppId: catalogId,
  webUrl: 'https://bereikbaar.lindeburg.example/index.html#/mijn-bereikbaarheid',
};

/** A client that records the posts and answers each path as told. */
function fakeClient(answer: (path: string) => Promise<unknown>) {
  const posts: string[] = [];
  const client = {
    api: (path: string) => ({
      post: (body: unknown) => {
        posts.push(path);
        void body;
        return answer(path);
      },
    }),
  } as unknown as Client;
  return { client, posts };
}

describe('the reminder texts', () => {
  it('opens the Mijn bereikbaarheid tab from the activity, in Dutch', () => {
    const activity = reminderActivity('calendarNotShared', catalogId);
    expect(activity.topic.webUrl).toBe(
      `https://teams.microsoft.com/l/entity/${catalogId}/myAvailability`,
    );
    expect(activity.activityType).toBe('availabilityReminder');
    expect(activity.previewText.content).toBe(
      'open uw agenda voor collega’s: regel het in Mijn bereikbaarheid',
    );
  });

  it.each([
    ['calendarNotShared', 'Herinnering: open uw agenda voor collega’s'],
    ['workingHoursMissing', 'Herinnering: vul uw werktijden in Outlook in'],
  ] as const)(
    'mails about %s with the subject "%s", names escaped, a link to the page',
    (topic, subject) => {
      const mail = reminderMail({ ...notice, topic });
      expect(mail.subject).toBe(subject);
      expect(mail.htmlBody).toContain('Beste Jan &lt;de&gt; Vries &amp; zn,');
      expect(mail.htmlBody).toContain(
        '<a href="https://bereikbaar.lindeburg.example/index.html#/mijn-bereikbaarheid">Open Mijn bereikbaarheid</a>',
      );
      expect(mail.htmlBody).not.toContain('<de>');
    },
  );
});

describe('sending a reminder', () => {
  it('sends a Teams activity where the app is installed', async () => {
    const { client, posts } = fakeClient(() => Promise.resolve(undefined));
    expect(await sendReminderNotice(client, notice)).toEqual({ sent: 'teamsActivity' });
    expect(posts).toEqual(['/users/p1/teamwork/sendActivityNotification']);
  });

  it('e-mails when the activity is refused (the app is not installed)', async () => {
    const { client, posts } = fakeClient((path) =>
      path.includes('sendActivityNotification')
        ? Promise.reject(new GraphRequestError(403, 'Forbidden', 'Forbidden', null, null))
        : Promise.resolve(undefined),
    );
    expect(await sendReminderNotice(client, notice)).toEqual({ sent: 'email' });
    expect(posts).toEqual(['/users/p1/teamwork/sendActivityNotification', '/me/sendMail']);
  });

  it('does not fall back to e-mail when Teams did not answer, so a retry cannot send both', async () => {
    const { client, posts } = fakeClient(() =>
      Promise.reject(new GraphRequestError(503, 'serviceNotAvailable', 'Unavailable', null, null)),
    );
    await expect(sendReminderNotice(client, notice)).rejects.toMatchObject({ status: 503 });
    expect(posts).toEqual(['/users/p1/teamwork/sendActivityNotification']);
  });

  it('reaches nobody without the app and without a mailbox', async () => {
    const { client } = fakeClient((path) =>
      path.includes('sendActivityNotification')
        ? Promise.reject(new GraphRequestError(403, 'Forbidden', 'Forbidden', null, null))
        : Promise.resolve(undefined),
    );
    expect(
      await sendReminderNotice(client, {
        ...notice,
        recipient: { ...notice.recipient, mail: null },
      }),
    ).toEqual({ sent: 'nobody' });
  });
});
