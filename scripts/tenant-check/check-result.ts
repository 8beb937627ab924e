// What one tenant check reports, and how a refused request reads in it.
import type { ListSpec } from '../../schema/lists';
import { GraphCallError } from '../provisioning/graph-caller';
import type { GraphCall } from '../provisioning/graph-caller';
import type { CheckMessageKey } from './check-messages';

export type CheckOutcome = 'pass' | 'warn' | 'fail';

/** A message key with its parameters, rendered in the reader's language at the end. */
export type CheckMessage = {
  key: CheckMessageKey;
  params?: Readonly<Record<string, string | number>>;
};

export type TenantCheckResult = {
  /** Stable id, e.g. `directory` or `index:BereikbaarTerugbelverzoeken.DueAt`. */
  id: string;
  title: CheckMessage;
  /** The Graph request, as a person would retype it. */
  asked: string;
  outcome: CheckOutcome;
  got: CheckMessage[];
  /** What to do; present unless the check passed. */
  advice?: CheckMessage;
};

export type TenantCheckInput = {
  graph: GraphCall;
  /** The site's segment below /v1.0, e.g. `/sites/contoso.sharepoint.com:/sites/bereikbaar:`. */
  site: string;
  lists: readonly ListSpec[];
  /** The manifest id of the Teams app, looked up in the org catalog. */
  teamsAppId: string;
  /** Role group ids, to tell whether the signed-in user may read the leaders-only lists. */
  roleGroups: { teamLeader: string | undefined; coordinator: string | undefined };
  now: Date;
};

export function refused(error: unknown): CheckMessage {
  if (error instanceof GraphCallError)
    return {
      key: 'refused',
      params: {
        status: error.status,
        code: error.code,
        message: error.graphMessage.replace(/\.$/, ''),
      },
    };
  return {
    key: 'refused',
    params: {
      status: '-',
      code: 'network',
      message: networkFailureText(error),
    },
  };
}

/**
 * What went wrong below HTTP: fetch says only "fetch failed" and keeps the reason (refused, DNS, TLS) in `cause`.
 * @example networkFailureText(new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED') })) // 'fetch failed (connect ECONNREFUSED)'
 */
export function networkFailureText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? error.cause.message : null;
  return cause === null || cause === '' ? error.message : `${error.message} (${cause})`;
}

export function statusOf(error: unknown): number | null {
  return error instanceof GraphCallError ? error.status : null;
}
