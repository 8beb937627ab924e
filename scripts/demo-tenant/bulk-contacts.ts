// A year of a mid-size municipality for the benchmark: generated callback requests and the contacts (call outcomes)
// that go with them, laid into the running tenant's store in one go as a bulk import would (60,000 POSTs through
// Graph take many minutes, because the demo tenant checks every new item against the others, as SharePoint does).
// The contacts are the demo tenant's own generator's (every phone request is a "Niet opgenomen → terugbelverzoek",
// linked by its id), topped up with more calls of the same kind to the size asked. Never part of the demo tenant.
import { callbacksList, contactsList } from '../../schema/lists';
import type { ListSpec } from '../../schema/lists';
import type { RunningEmulator } from '../../emulator/server';
import { demoPeople } from '../../emulator/seed-organisation';
import type { Contact } from '../../src/domain/contacts';
import type { LocalDate } from '../../src/domain/time';
import { fieldsForCallback, fieldsForContact } from '../../src/graph/callbacks';
import { fieldsForListItem } from '../../src/graph/lists';
import { generatedCallbackRequests } from './generate-callbacks';
import { generatedContacts } from './generate-contacts';

export type YearOfCalls = {
  /** First and last day (yyyy-mm-dd, Europe/Amsterdam), included. */
  from: LocalDate;
  to: LocalDate;
  callbacks: number;
  contacts: number;
  seed: number;
};

export type YearOfCallsResult = {
  callbacks: number;
  contacts: number;
  /** Of the contacts: those linked to a callback request. */
  linked: number;
};

/** Appends items to a list of the store, with ids after the list's highest, as one bulk import. */
function layItems(
  emulator: RunningEmulator,
  spec: ListSpec,
  rows: readonly Record<string, unknown>[],
  authorId: string,
  now: Date,
): void {
  const list = emulator.state.lists.find((candidate) => candidate.name === spec.name);
  if (list === undefined) throw new Error(`The demo tenant has no list ${spec.name}.`);
  let nextId = emulator.state.items
    .filter((item) => item.listId === list.id)
    .reduce((max, item) => Math.max(max, Number(item.id) || 0), list.lastItemId ?? 0);
  const stamp = now.toISOString();
  for (const fields of rows) {
    nextId++;
    emulator.state.items.push({
      id: String(nextId),
      listId: list.id,
      // An empty field is one the item holds no value for, as SharePoint shows it.
      fields: Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null)),
      version: 1,
      createdBy: authorId,
      lastModifiedBy: authorId,
      createdDateTime: stamp,
      lastModifiedDateTime: stamp,
    });
  }
  list.lastItemId = nextId;
}

/** Every `step`-th element of `values` until `count` are taken (spread over the whole period, not its start). */
function spread<T>(values: readonly T[], count: number): T[] {
  if (count <= 0 || values.length === 0) return [];
  const step = values.length / count;
  return Array.from(
    { length: Math.min(count, values.length) },
    (_, i) => values[Math.floor(i * step)] as T,
  );
}

/**
 * Adds `callbacks` generated requests and exactly `contacts` contacts (when the generator gives enough) to the
 * running demo tenant; the contacts of the generator's first run are consistent with the requests.
 * @example await importYearOfCalls(emulator, { from: '2025-01-01', to: '2025-12-31', callbacks: 20_000, contacts: 60_000, seed: 2025 }, new Date())
 */
export async function importYearOfCalls(
  emulator: RunningEmulator,
  year: YearOfCalls,
  now: Date,
): Promise<YearOfCallsResult> {
  const generated = await generatedCallbackRequests(
    emulator,
    { count: year.callbacks, from: year.from, to: year.to, seed: year.seed },
    now,
  );
  const agentId = demoPeople().find((person) => person.upn === generated.agentUpn)?.id ?? '';
  const base = generatedContacts(
    { requests: generated.requests, from: year.from, to: year.to, seed: year.seed },
    now,
  );
  // More calls of the same mix (answered, substitute, not answered, self answered), never a second contact for a
  // request: a second run with another seed, without its linked contacts.
  const extra: Contact[] = [];
  for (let round = 1; base.length + extra.length < year.contacts && round <= 5; round++) {
    const more = generatedContacts(
      { requests: generated.requests, from: year.from, to: year.to, seed: year.seed + round },
      now,
    ).filter((contact) => contact.outcome !== 'callbackRequested');
    extra.push(...spread(more, year.contacts - base.length - extra.length));
  }
  const contacts = [...base.slice(0, year.contacts), ...extra].sort(
    (a, b) => a.recordedAt - b.recordedAt,
  );
  layItems(
    emulator,
    callbacksList,
    generated.requests.map((request) =>
      fieldsForListItem(callbacksList, fieldsForCallback(request)),
    ),
    agentId,
    now,
  );
  layItems(
    emulator,
    contactsList,
    contacts.map((contact) => fieldsForListItem(contactsList, fieldsForContact(contact))),
    agentId,
    now,
  );
  return {
    callbacks: generated.requests.length,
    contacts: contacts.length,
    linked: contacts.filter((contact) => contact.callbackRequestId !== null).length,
  };
}
