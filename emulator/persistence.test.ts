import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  deleteSavedState,
  loadOrCreateSecret,
  loadState,
  saveState,
  stateFileName,
} from './persistence';
import type { EmulatorState } from './store';

const state: EmulatorState = {
  seedWeekStart: '2026-11-23',
  changeSeq: 3,
  nextId: 10,
  users: [],
  groups: [],
  events: [],
  presences: {},
  mailboxSettings: {},
  sites: [],
  lists: [],
  items: [],
  outbox: [],
};

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'bereikbaar-persistence-'));
});
afterEach(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

describe('persistence', () => {
  it('saves and loads the state, leaving no temporary file behind', () => {
    expect(loadState(dataDir)).toEqual({ outcome: 'missing' });
    saveState(dataDir, state);
    expect(loadState(dataDir)).toEqual({ outcome: 'loaded', state });
    expect(readdirSync(dataDir)).toEqual([stateFileName]);
  });

  it('reports a damaged file as unreadable instead of crashing', () => {
    writeFileSync(join(dataDir, stateFileName), '{"users": [');
    expect(loadState(dataDir).outcome).toBe('unreadable');
    writeFileSync(join(dataDir, stateFileName), '{"users": []}');
    expect(loadState(dataDir).outcome).toBe('unreadable');
  });

  it('deletes the saved state and says whether there was one', () => {
    saveState(dataDir, state);
    expect(deleteSavedState(dataDir)).toBe(true);
    expect(deleteSavedState(dataDir)).toBe(false);
  });

  it('keeps the token secret stable across loads', () => {
    const first = loadOrCreateSecret(dataDir);
    expect(loadOrCreateSecret(dataDir).equals(first)).toBe(true);
  });
});
