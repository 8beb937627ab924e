// The signed-in leader's direct reports.
import type { Client } from '@microsoft/microsoft-graph-client';
import { graphPathOf } from '../graph-path';

type DirectoryPage = { value?: { id?: string }[]; '@odata.nextLink'?: string };

/**
 * The ids of the signed-in user's direct reports (`/me/directReports`), every page.
 * @example await directReportIds(client) // ['5c1…', '9af…']
 */
export async function directReportIds(client: Client): Promise<string[]> {
  const ids: string[] = [];
  let url: string | null = '/me/directReports?$select=id&$top=999';
  while (url !== null) {
    const page = (await client.api(graphPathOf(url)).get()) as DirectoryPage;
    for (const entry of page.value ?? []) if (typeof entry.id === 'string') ids.push(entry.id);
    url = typeof page['@odata.nextLink'] === 'string' ? page['@odata.nextLink'] : null;
  }
  return ids;
}
