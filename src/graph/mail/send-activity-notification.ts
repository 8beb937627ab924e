// Sending a Teams activity feed notification to a user as the signed-in user (TeamsActivity.Send). The caller builds
// the texts; the activity type must be declared in the app manifest's activities.activityTypes.
import type { Client } from '@microsoft/microsoft-graph-client';

/** The request body of `sendActivityNotification` with a text topic that opens a web URL (a Teams deep link). */
export type ActivityNotification = {
  topic: { source: 'text'; value: string; webUrl: string };
  activityType: string;
  previewText: { content: string };
  templateParameters: readonly { name: string; value: string }[];
};

/**
 * Sends one activity through `POST /users/{id}/teamwork/sendActivityNotification`
 * (https://learn.microsoft.com/en-us/graph/api/userteamwork-sendactivitynotification); Graph answers 204. Throws what
 * Graph answers, e.g. 403/404 when the app is not installed for the person.
 * @example await sendActivityNotification(client, userId, { topic: { source: 'text', value: 'Terugbelverzoek', webUrl }, activityType: 'callbackAssigned', previewText: { content: '…' }, templateParameters: [] })
 */
export async function sendActivityNotification(
  client: Client,
  userId: string,
  activity: ActivityNotification,
): Promise<void> {
  await client
    .api(`/users/${encodeURIComponent(userId)}/teamwork/sendActivityNotification`)
    .post(activity);
}
