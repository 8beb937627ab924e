// Keeps the emulator's state in a data folder across restarts: debounced, atomic (temp file + rename) saves.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTokenSecret } from './auth';
import type { EmulatorState } from './store';

export const stateFileName = 'state.json';
export const secretFileName = 'token-secret';

export type LoadedState =
  | { outcome: 'loaded'; state: EmulatorState }
  | { outcome: 'missing' }
  | { outcome: 'unreadable'; reason: string };

function looksLikeState(value: unknown): value is EmulatorState {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    typeof record.seedWeekStart === 'string' &&
    typeof record.changeSeq === 'number' &&
    typeof record.nextId === 'number' &&
    ['users', 'groups', 'events', 'sites', 'lists', 'items', 'outbox'].every((key) =>
      Array.isArray(record[key]),
    ) &&
    typeof record.presences === 'object' &&
    typeof record.mailboxSettings === 'object'
  );
}

export function loadState(dataDir: string): LoadedState {
  const file = join(dataDir, stateFileName);
  if (!existsSync(file)) return { outcome: 'missing' };
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (!looksLikeState(parsed))
      return { outcome: 'unreadable', reason: `${file} does not hold an emulator state` };
    return { outcome: 'loaded', state: parsed };
  } catch (error) {
    return { outcome: 'unreadable', reason: `${file}: ${(error as Error).message}` };
  }
}

/** Writes the state atomically so a crash mid-write never leaves half a file. */
export function saveState(dataDir: string, state: EmulatorState): void {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, stateFileName);
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(state));
  renameSync(temporary, file);
}

/** Removes the saved state (the token secret stays, so issued tokens remain valid). Returns whether there was one. */
export function deleteSavedState(dataDir: string): boolean {
  const file = join(dataDir, stateFileName);
  if (!existsSync(file)) return false;
  rmSync(file);
  return true;
}

/** The token-signing secret kept in the data folder, created on first use. */
export function loadOrCreateSecret(dataDir: string): Buffer {
  const file = join(dataDir, secretFileName);
  if (existsSync(file)) {
    const stored = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
    if (stored.length >= 32) return stored;
  }
  mkdirSync(dataDir, { recursive: true });
  const secret = createTokenSecret();
  writeFileSync(file, secret.toString('base64'), { mode: 0o600 });
  return secret;
}

/** Saves after changes, at most once per `debounceMs`; `flush()` saves a pending change now (on shutdown). */
export class DebouncedSaver {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly save: () => void,
    private readonly debounceMs: number,
  ) {}

  schedule(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.save();
    }, this.debounceMs);
    this.timer.unref();
  }

  flush(): void {
    if (!this.timer) return;
    clearTimeout(this.timer);
    this.timer = null;
    this.save();
  }

  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
