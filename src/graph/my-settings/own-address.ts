// The signed-in user's own mail address, to ask getSchedule and getMailTips about themselves (the UPN need not be
// an address). GET /me with User.Read. https://learn.microsoft.com/en-us/graph/api/user-get
import type { Client } from '@microsoft/microsoft-graph-client';
import type { User } from '@microsoft/microsoft-graph-types';

/** The primary SMTP address, else the user principal name. */
export async function readOwnAddress(client: Client): Promise<string> {
  const me = (await client.api('/me').select('mail,userPrincipalName').get()) as Pick<
    User,
    'mail' | 'userPrincipalName'
  >;
  return me.mail ?? me.userPrincipalName ?? '';
}
