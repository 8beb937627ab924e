// Tens of thousands of generated callback requests for the tests and the benchmark of large lists (the list view
// threshold, a year of monitoring figures). Writing them one by one through Graph takes minutes, because the demo
// tenant checks each new item against every other (unique RequestId, item ids), as SharePoint does; so these are
// generated with the same rules as generateCallbacksThroughGraph and laid into the running tenant's store in one go,
// as a bulk import would. Never part of the demo tenant itself, which is seeded through Graph only.
import { callbacksList } from '../../schema/lists';
import type { RunningEmulator } from '../../emulator/server';
import { demoPeople } from '../../emulator/seed-organisation';
import { fieldsForCallback } from '../../src/graph/callbacks';
import { fieldsForListItem } from '../../src/graph/lists';
import { generatedCallbackRequests } from './generate-callbacks';
import type { GenerateCallbacksRequest, GenerateCallbacksResult } from './generate-callbacks';

/** Adds the generated requests to the callbacks list of `emulator`, with ids after the list's highest. */
export async function importGeneratedCallbacks(
  emulator: RunningEmulator,
  request: GenerateCallbacksRequest,
  now: Date,
): Promise<GenerateCallbacksResult> {
  const generated = await generatedCallbackRequests(emulator, request, now);
  const list = emulator.state.lists.find((candidate) => candidate.name === callbacksList.name);
  if (list === undefined) throw new Error(`The demo tenant has no list ${callbacksList.name}.`);
  const agentId = demoPeople().find((person) => person.upn === generated.agentUpn)?.id ?? '';
  let nextId = emulator.state.items
    .filter((item) => item.listId === list.id)
    .reduce((max, item) => Math.max(max, Number(item.id) || 0), list.lastItemId ?? 0);
  const firstId = nextId + 1;
  const stamp = now.toISOString();
  for (const callback of generated.requests) {
    const fields = fieldsForListItem(callbacksList, fieldsForCallback(callback));
    nextId++;
    emulator.state.items.push({
      id: String(nextId),
      listId: list.id,
      // An empty field is one the item holds no value for, as SharePoint shows it.
      fields: Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null)),
      version: 1,
      createdBy: agentId,
      lastModifiedBy: agentId,
      createdDateTime: stamp,
      lastModifiedDateTime: stamp,
    });
  }
  list.lastItemId = nextId;
  const created = generated.requests.length;
  return {
    created,
    from: request.from,
    to: generated.lastDay,
    teams: generated.teams,
    firstItemId: created === 0 ? null : String(firstId),
    lastItemId: created === 0 ? null : String(nextId),
  };
}
