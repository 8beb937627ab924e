import { generateSyntheticPeople, searchPeople } from '../../domain/people';
import { directoryIndexOf } from './directory-index';
import { keepUnchangedParts } from './unchanged-parts';
import type { DirectorySnapshot } from './directory-types';

const snapshotOf = (seed: number): DirectorySnapshot => ({
  people: generateSyntheticPeople(50, seed),
  teams: [],
  deltaLink: null,
  syncedAt: '2026-12-02T08:00:00.000Z',
});

describe('directoryIndexOf', () => {
  it('builds one index per snapshot and gives every screen that same one', () => {
    const snapshot = snapshotOf(1);
    const index = directoryIndexOf(snapshot);
    expect(directoryIndexOf(snapshot)).toBe(index);
    expect(index.people).toBe(snapshot.people);
  });

  it('a newer snapshot (after a sync) gets its own index with its people', () => {
    const first = snapshotOf(1);
    const second = snapshotOf(2);
    const name = second.people[0]!.displayName;
    expect(directoryIndexOf(second)).not.toBe(directoryIndexOf(first));
    expect(searchPeople(directoryIndexOf(second), name, 5).map((r) => r.person.id)).toContain(
      second.people[0]!.id,
    );
  });
});

describe('directoryIndexOf after a sync that changed nobody', () => {
  it('reuses the index of the cached copy: the synced snapshot keeps its people list', () => {
    const previous = structuredClone(snapshotOf(3));
    const synced = keepUnchangedParts(previous, {
      ...structuredClone(previous),
      deltaLink: 'https://graph.microsoft.com/v1.0/users/delta?$deltatoken=next',
      syncedAt: '2026-12-02T08:01:00.000Z',
    });
    expect(synced).not.toBe(previous);
    expect(directoryIndexOf(synced)).toBe(directoryIndexOf(previous));
  });
});
