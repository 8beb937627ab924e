// Handing over what an absent person holds: every open request assigned to them or claimed by them.
import type { Client } from '@microsoft/microsoft-graph-client';
import { isHeldBy } from '../../domain/callbacks';
import type { CallbackRequest } from '../../domain/callbacks';
import type { SiteLocator } from '../lists';
import type { StoredCallback } from './callback-mapping';
import { listOpenCallbacksFor, listTeamCallbacksClaimedBy } from './callback-queries';
import { reassignCallback } from './callback-store';
import type { ReassignTarget } from './callback-store';

export type BulkReassignResult = {
  reassigned: StoredCallback[];
  /** Requests that changed in between and were no longer the absent person's (left as they are). */
  skipped: number;
  /** Reassigned requests whose new assignee could not be notified (they are in their list all the same). */
  notNotified: StoredCallback[];
};

/**
 * Hands every open request a person holds over — assigned to them, or claimed by them from the
 * team queue of `to.team` — (the absences feature calls this when a leader registers an absence
 * with a callback substitute), and tells the new assignee of each one like a new request
 * (`notify`, e.g. notifyReassignedCallback from src/notifications; null: nobody is told). A 412 re-reads the request and tries again once while the person
 * still holds it. A notification that fails does not stop the hand-over: it is counted in
 * `notNotified`.
 * @example await reassignOpenCallbacks(client, site, pieterId, { personId: annaId, team: 'Burgerzaken', teamMailbox: null }, (request) => notifyReassignedCallback(client, request, notice))
 * // { reassigned: [...], skipped: 0, notNotified: [] }
 */
export async function reassignOpenCallbacks(
  client: Client,
  site: SiteLocator,
  fromPersonId: string,
  to: ReassignTarget,
  notify: ((request: CallbackRequest) => Promise<unknown>) | null,
): Promise<BulkReassignResult> {
  // Everything the person holds: assigned to them, and what they claimed from their team's queue
  // (the team is the absent person's own; claims come from that queue).
  const [assigned, claimed] = await Promise.all([
    listOpenCallbacksFor(client, site, fromPersonId),
    to.team === null
      ? Promise.resolve([])
      : listTeamCallbacksClaimedBy(client, site, to.team, fromPersonId),
  ]);
  const open = [...assigned, ...claimed];
  const reassigned: StoredCallback[] = [];
  const notNotified: StoredCallback[] = [];
  let skipped = 0;
  for (const callback of open) {
    let target: StoredCallback | null = callback;
    let done = false;
    for (let round = 0; round < 2 && target !== null && !done; round++) {
      if (!isHeldBy(target.request, fromPersonId)) break;
      const result = await reassignCallback(client, site, target, to);
      if (result.outcome === 'saved') {
        reassigned.push(result.callback);
        done = true;
        if (notify !== null) {
          try {
            await notify(result.callback.request);
          } catch {
            notNotified.push(result.callback);
          }
        }
      } else target = result.current;
    }
    if (!done) skipped++;
  }
  return { reassigned, skipped, notNotified };
}
