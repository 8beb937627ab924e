import { generateSyntheticPeople } from '../../domain/people';
import type { DirectorySnapshot } from './directory-types';
import { keepUnchangedParts } from './unchanged-parts';

const team = {
  id: '1',
  name: 'Burgerzaken',
  department: null,
  leaderId: null,
  generalMailbox: null,
  topics: ['paspoort'],
  memberIds: [],
};
const cached: DirectorySnapshot = {
  people: generateSyntheticPeople(20, 7),
  teams: [team],
  deltaLink: 'https://graph.microsoft.com/v1.0/users/delta?$deltatoken=old',
  syncedAt: '2026-12-01T08:00:00.000Z',
  entries: [],
};
const synced = (changes: Partial<DirectorySnapshot>): DirectorySnapshot => ({
  ...structuredClone(cached),
  deltaLink: 'https://graph.microsoft.com/v1.0/users/delta?$deltatoken=new',
  syncedAt: '2026-12-02T08:00:00.000Z',
  ...changes,
});

describe('keepUnchangedParts', () => {
  it('keeps the cached people, teams and entries after an empty delta, with the new delta link and time', () => {
    const next = keepUnchangedParts(cached, synced({}));
    expect(next.people).toBe(cached.people);
    expect(next.teams).toBe(cached.teams);
    expect(next.entries).toBe(cached.entries);
    expect(next.deltaLink).toBe('https://graph.microsoft.com/v1.0/users/delta?$deltatoken=new');
    expect(next.syncedAt).toBe('2026-12-02T08:00:00.000Z');
  });

  it('takes the synced people when one person changed, and keeps the teams that did not', () => {
    const people = structuredClone(cached.people);
    people[0] = { ...people[0]!, jobTitle: 'Teamleider Burgerzaken' };
    const next = keepUnchangedParts(cached, synced({ people }));
    expect(next.people).toBe(people);
    expect(next.teams).toBe(cached.teams);
  });

  it('takes the synced teams when a team changed', () => {
    const teams = [{ ...team, topics: ['paspoort', 'rijbewijs'] }];
    const next = keepUnchangedParts(cached, synced({ teams }));
    expect(next.teams).toBe(teams);
    expect(next.people).toBe(cached.people);
  });

  it('a first sync (nothing cached) is taken as it is', () => {
    const first = synced({});
    expect(keepUnchangedParts(null, first)).toBe(first);
  });
});
