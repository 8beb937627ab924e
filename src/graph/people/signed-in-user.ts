// The signed-in user's own profile: GET /me, the About page's check that Graph answers.
// https://learn.microsoft.com/en-us/graph/api/user-get
import type { Client } from '@microsoft/microsoft-graph-client';
import type { User } from '@microsoft/microsoft-graph-types';

export type SignedInUser = Pick<User, 'displayName' | 'jobTitle' | 'department'>;

/** The signed-in user's name, job title and department. */
export async function fetchSignedInUser(client: Client): Promise<SignedInUser> {
  return (await client.api('/me').select('displayName,jobTitle,department').get()) as SignedInUser;
}
