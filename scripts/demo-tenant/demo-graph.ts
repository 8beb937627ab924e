// Graph as the demo tenant's people use it: a GraphCall per person (their own token, the app's scopes) and list
// items written in JSON batches of 20, so that seeding a quarter of history stays quick.
import { demoSharePointSite } from '../../src/config/app-config';
import { siteLocatorFrom, siteSegment } from '../../src/graph/lists/site-locator';
import type { ListSpec } from '../../schema/lists';
import { graphCaller } from '../provisioning/graph-caller';
import type { GraphCall } from '../provisioning/graph-caller';

/** What the demo data script needs of a running demo tenant: its Graph URL and a token for one of its people. */
export type DemoTenantAccess = {
  /** The emulator's own address; SharePoint's REST API is below it at the site's path. */
  url: string;
  graphUrl: string;
  /** A token for `upn`; with `audience` one for that resource (SharePoint) instead of Graph. */
  tokenFor(upn: string, scopes?: readonly string[], options?: { audience?: string }): string;
};

/** The demo site below /v1.0, as the app addresses it (`/sites/lindeburg.sharepoint.com:/sites/bereikbaar:`). */
export const demoSite = siteSegment(siteLocatorFrom(demoSharePointSite));

export function itemsPath(list: ListSpec): string {
  return `${demoSite}/lists/${encodeURIComponent(list.name)}/items`;
}

/** Graph as `upn`, with the app's delegated scopes (or `scopes`). */
export function graphAs(
  tenant: DemoTenantAccess,
  upn: string,
  scopes?: readonly string[],
): GraphCall {
  return graphCaller(tenant.graphUrl, tenant.tokenFor(upn, scopes));
}

/** Graph's documented limit of requests in one JSON batch. */
const batchSize = 20;

type BatchAnswer = { responses?: { id: string; status: number; body?: unknown }[] };

/**
 * Creates list items (`fields` each) as `upn` in batches of 20, in order; throws with Graph's answer when one is
 * refused, so that a demo tenant never starts half seeded. Returns the created items' ids in the order given.
 */
export async function createItems(
  tenant: DemoTenantAccess,
  upn: string,
  list: ListSpec,
  items: readonly Record<string, unknown>[],
): Promise<string[]> {
  const graph = graphAs(tenant, upn);
  const ids: string[] = [];
  for (let start = 0; start < items.length; start += batchSize) {
    const chunk = items.slice(start, start + batchSize);
    const reply = await graph('POST', '/$batch', {
      requests: chunk.map((fields, index) => ({
        id: String(index + 1),
        method: 'POST',
        url: itemsPath(list),
        headers: { 'Content-Type': 'application/json' },
        // On a create an empty field is one not sent: the item holds no value for it, as SharePoint shows it.
        body: {
          fields: Object.fromEntries(
            Object.entries(fields).filter(([, value]) => value !== null && value !== undefined),
          ),
        },
      })),
    });
    const responses = (reply.body as BatchAnswer).responses ?? [];
    for (let index = 0; index < chunk.length; index++) {
      const answer = responses.find((response) => response.id === String(index + 1));
      if (answer === undefined || answer.status !== 201)
        throw new Error(
          `Seeding ${list.name}: item ${start + index + 1} was refused (${answer?.status ?? 'no answer'}): ${JSON.stringify(answer?.body ?? null).slice(0, 300)}`,
        );
      ids.push(String((answer.body as { id?: unknown }).id));
    }
  }
  return ids;
}
