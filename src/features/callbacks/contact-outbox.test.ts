// @vitest-environment jsdom
// Call outcomes in the outbox: each waits its undo minute (no request at all when undone), is then sent once,
// survives a reload and a failed save, and is stored once however often it is tried.
import type { Contact } from '../../domain/contacts';
import { CONTACT_UNDO_MS } from '../../domain/contacts';
import { instantFromEpochMs } from '../../domain/time';
import { contactEntryFor, readContactOutbox } from './contact-outbox';
import { createOutboxRunner } from './outbox-runner';
import { createFakeCallbacks, person, team } from './testing/fake-callbacks-data-source';

const start = Date.parse('2026-11-25T09:30:00Z');
const sanne = { id: 'sanne', displayName: 'Sanne de Vries' };

/** An agent whose clock the test moves. */
function agent() {
  const clock = { now: start };
  const fake = createFakeCallbacks({
    me: sanne,
    now: new Date(start),
    people: [person('sanne', 'Sanne de Vries', 'KCP-TIC')],
    teams: [team('Burgerzaken', [], null)],
  });
  fake.source.now = () => new Date(clock.now);
  return { fake, clock };
}

const contact = (id: string): Contact => ({
  id,
  recordedAt: instantFromEpochMs(start),
  agentId: 'sanne',
  personId: 'p1',
  team: 'Burgerzaken',
  outcome: 'answered',
  callbackRequestId: null,
});

beforeEach(() => {
  localStorage.clear();
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => vi.useRealTimers());

it('waits the undo minute, then stores the contact once and shows it as stored', async () => {
  const { fake, clock } = agent();
  const runner = createOutboxRunner(fake.source, { locks: null });
  runner.enqueueContact(contactEntryFor(contact('c1'), 'Jan'));
  expect(runner.snapshot().contacts.map((entry) => entry.contact.id)).toEqual(['c1']);
  // "Nu opnieuw proberen" does not cut the agent's minute short.
  runner.retryNow();
  await vi.advanceTimersByTimeAsync(CONTACT_UNDO_MS - 1);
  expect(fake.contacts).toEqual([]);
  clock.now += CONTACT_UNDO_MS;
  await vi.advanceTimersByTimeAsync(1);
  await vi.waitFor(() => expect(fake.contacts.map((stored) => stored.id)).toEqual(['c1']));
  expect(runner.snapshot().contacts).toEqual([]);
  expect(runner.snapshot().storedContacts.map((entry) => entry.label)).toEqual(['Jan']);
});

it('sends nothing for an outcome undone within its minute, and refuses to undo after it', async () => {
  const { fake, clock } = agent();
  const runner = createOutboxRunner(fake.source, { locks: null });
  runner.enqueueContact(contactEntryFor(contact('wrong'), 'Jan'));
  runner.enqueueContact(contactEntryFor(contact('right'), 'Jan'));
  expect(runner.undoContact('wrong')).toBe('undone');
  expect(readContactOutbox(localStorage, 'sanne').map((entry) => entry.contact.id)).toEqual([
    'right',
  ]);
  clock.now += CONTACT_UNDO_MS;
  await vi.advanceTimersByTimeAsync(CONTACT_UNDO_MS);
  await vi.waitFor(() => expect(fake.contacts.map((stored) => stored.id)).toEqual(['right']));
  expect(runner.undoContact('right')).toBe('tooLate');
});

it('keeps a contact whose save failed, across a reload, and stores it once', async () => {
  const { fake, clock } = agent();
  fake.failNextSaves(1, 503);
  const first = createOutboxRunner(fake.source, { locks: null });
  first.enqueueContact(contactEntryFor(contact('c1'), 'Jan'));
  clock.now += CONTACT_UNDO_MS;
  await vi.advanceTimersByTimeAsync(CONTACT_UNDO_MS);
  await vi.waitFor(() => expect(first.snapshot().contacts[0]?.lastError?.status).toBe(503));
  expect(fake.contacts).toEqual([]);
  // A reload: a new runner reads the waiting contact from storage and tries it when its backoff is over.
  const second = createOutboxRunner(fake.source, { locks: null });
  expect(second.snapshot().contacts.map((entry) => entry.contact.id)).toEqual(['c1']);
  clock.now += 60_000;
  second.retryNow();
  await vi.advanceTimersByTimeAsync(1);
  await vi.waitFor(() => expect(fake.contacts.map((stored) => stored.id)).toEqual(['c1']));
  await vi.waitFor(() => expect(readContactOutbox(localStorage, 'sanne')).toEqual([]));
});
