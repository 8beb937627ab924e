// The check on the Teams app: is it in the organisation's catalog (its activities and deep links need that).
import { odataString } from '../../src/graph/lists/list-query';
import type { GraphCall } from '../provisioning/graph-caller';
import { refused } from './check-result';
import type { CheckMessage, TenantCheckResult } from './check-result';

export async function teamsAppCheck(
  graph: GraphCall,
  manifestId: string,
): Promise<TenantCheckResult> {
  const filter = `externalId eq ${odataString(manifestId)}`;
  const asked = `GET /appCatalogs/teamsApps?$filter=${filter}`;
  const title: CheckMessage = { key: 'teamsApp.title' };
  try {
    const body = (
      await graph('GET', `/appCatalogs/teamsApps?$filter=${encodeURIComponent(filter)}`)
    ).body as {
      value?: { id?: string }[];
    };
    const id = body.value?.[0]?.id;
    if (typeof id === 'string')
      return {
        id: 'teamsApp',
        title,
        asked,
        outcome: 'pass',
        got: [{ key: 'teamsApp.got', params: { id } }],
      };
    return {
      id: 'teamsApp',
      title,
      asked,
      outcome: 'fail',
      got: [{ key: 'teamsApp.notFound', params: { manifestId } }],
      advice: { key: 'teamsApp.advice' },
    };
  } catch (error) {
    return {
      id: 'teamsApp',
      title,
      asked,
      outcome: 'fail',
      got: [refused(error)],
      advice: { key: 'teamsApp.advice' },
    };
  }
}
