// @vitest-environment jsdom
// Two tabs of one agent share one browser storage: each has its own runner (and data source), and
// neither may lose what the other queued, nor may both send the same request.
import { aRequest } from '../../domain/callbacks/callback-test-fixtures';
import type { CallbacksDataSource } from './api/callbacks-data-source';
import { createFakeCallbacks, person, team } from './testing/fake-callbacks-data-source';
import { outboxEntryFor, readOutbox } from './outbox';
import type { OutboxLocks } from './outbox-runner';
import { createOutboxRunner } from './outbox-runner';

const now = new Date('2026-11-25T09:30:00Z');
const sanne = { id: 'sanne', displayName: 'Sanne de Vries' };
const notification = { assignee: null, madeByName: 'Sanne de Vries', linkUrl: null };

function agent() {
  return createFakeCallbacks({
    me: sanne,
    now,
    people: [person('sanne', 'Sanne de Vries', 'KCP-TIC')],
    teams: [team('Burgerzaken', [], null)],
  });
}

/** One lock per name, handed out in turn (what navigator.locks does across tabs). */
function sharedLocks(): OutboxLocks {
  const tails = new Map<string, Promise<void>>();
  return {
    request: (name, work) => {
      const before = tails.get(name) ?? Promise.resolve();
      const mine = before.then(work);
      tails.set(
        name,
        mine.catch(() => undefined),
      );
      return mine;
    },
  };
}

const idle = async (runner: { snapshot: () => { working: string | null } }) => {
  await vi.waitFor(() => expect(runner.snapshot().working).toBeNull());
};

beforeEach(() => {
  localStorage.clear();
});

it('keeps a request queued in one tab when the other tab queues its own, and after the first tab is gone', async () => {
  const tabA = agent();
  const tabB = agent();
  // An outage: every save fails for now.
  tabA.failNextSaves(10, 503);
  tabB.failNextSaves(10, 503);
  const runnerA = createOutboxRunner(tabA.source, { locks: sharedLocks() });
  const runnerB = createOutboxRunner(tabB.source, { locks: sharedLocks() });
  runnerA.enqueue(
    outboxEntryFor(
      aRequest({ id: 'from-a', citizen: { name: 'Kees', phone: null, email: 'k@example.nl' } }),
      notification,
    ),
  );
  await vi.waitFor(() => expect(readOutbox(localStorage, 'sanne')[0]?.tries).toBe(1));
  runnerB.enqueue(
    outboxEntryFor(
      aRequest({ id: 'from-b', citizen: { name: 'Fatima', phone: null, email: 'f@example.nl' } }),
      notification,
    ),
  );
  await vi.waitFor(() =>
    expect(readOutbox(localStorage, 'sanne').map((entry) => entry.tries)).toEqual([1, 1]),
  );
  // Tab A closes: what it queued is still in the browser's storage, and tab B sends it.
  expect(readOutbox(localStorage, 'sanne').map((entry) => entry.request.id)).toEqual([
    'from-a',
    'from-b',
  ]);
  tabB.failNextSaves(0, 503);
  runnerB.retryNow();
  await vi.waitFor(() => expect(readOutbox(localStorage, 'sanne')).toEqual([]));
  expect(tabB.saved.map((request) => request.id).sort()).toEqual(['from-a', 'from-b']);
});

it('lets one tab at a time work the outbox, so a request is stored and notified once', async () => {
  const fake = agent();
  const locks = sharedLocks();
  // Two tabs: two data sources (and runners) over one list and one storage.
  const tabA: CallbacksDataSource = { ...fake.source };
  const tabB: CallbacksDataSource = { ...fake.source };
  const runnerA = createOutboxRunner(tabA, { locks });
  const runnerB = createOutboxRunner(tabB, { locks });
  runnerA.enqueue(outboxEntryFor(aRequest({ id: 'once' }), notification));
  runnerB.retryNow();
  await vi.waitFor(() => expect(readOutbox(localStorage, 'sanne')).toEqual([]));
  await idle(runnerA);
  await idle(runnerB);
  expect(fake.notified.map((request) => request.id)).toEqual(['once']);
});

it('works without the Web Locks API (a lease in storage stands in)', async () => {
  const fake = agent();
  const runner = createOutboxRunner(fake.source, { locks: null });
  runner.enqueue(outboxEntryFor(aRequest({ id: 'no-locks' }), notification));
  await vi.waitFor(() => expect(fake.notified.map((request) => request.id)).toEqual(['no-locks']));
  expect(readOutbox(localStorage, 'sanne')).toEqual([]);
  expect(localStorage.length).toBe(0);
});
