// Saved demo data from an older seed or list schema is replaced, so the app never meets missing lists.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startEmulator } from './server';

const sanne = 'sanne.devries@lindeburg.example';

async function jobTitleAfterRestart(
  dataDir: string,
  tamper: (state: Record<string, unknown>) => void,
): Promise<string> {
  const first = await startEmulator({ port: 0, dataDir, quiet: true, saveDebounceMs: 0 });
  const token = first.tokenFor(sanne, ['User.ReadWrite.All']);
  const patched = await fetch(`${first.graphUrl}/users/${sanne}`, {
    method: 'PATCH',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ jobTitle: 'Senior klantcontactmedewerker' }),
  });
  expect(patched.status).toBe(204);
  await first.close();

  const file = path.join(dataDir, 'state.json');
  const state = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  tamper(state);
  writeFileSync(file, JSON.stringify(state));

  const second = await startEmulator({ port: 0, dataDir, quiet: true });
  try {
    const me = await fetch(`${second.graphUrl}/me?$select=jobTitle`, {
      headers: { Authorization: `Bearer ${second.tokenFor(sanne)}` },
    });
    return ((await me.json()) as { jobTitle: string }).jobTitle;
  } finally {
    await second.close();
  }
}

describe('saved demo data and the seed it was made with', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'bereikbaar-emulator-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps what users changed when the seed is the same', async () => {
    expect(await jobTitleAfterRestart(dataDir, () => undefined)).toBe(
      'Senior klantcontactmedewerker',
    );
  });

  it('starts from the new seed when the seed or list schema changed', async () => {
    const title = await jobTitleAfterRestart(dataDir, (state) => {
      state.seedFingerprint = 'made-by-an-older-seed';
    });
    expect(title).toBe('Klantcontactmedewerker');
  });
});
