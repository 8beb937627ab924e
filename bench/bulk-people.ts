// A larger municipality for the benchmark: colleagues added to the demo tenant through Graph (POST /users in
// $batch requests of 20), as an administrator's script would create them on a real tenant.
import type { RunningEmulator } from '../emulator/server';
import { generateSyntheticPeople } from '../src/domain/people';

const batchSize = 20; // Graph's maximum of requests in one $batch

/** Adds people until the directory holds `total` (counting the ones already there: `existing`). */
export async function addPeople(
  emulator: RunningEmulator,
  adminUpn: string,
  existing: number,
  total: number,
): Promise<void> {
  const token = emulator.tokenFor(adminUpn, ['User.ReadWrite.All']);
  const people = generateSyntheticPeople(Math.max(0, total - existing), 20261202);
  for (let start = 0; start < people.length; start += batchSize) {
    const requests = people.slice(start, start + batchSize).map((person, index) => {
      const nickname = (person.mail ?? `p${start + index}`).split('@')[0] as string;
      return {
        id: String(index + 1),
        method: 'POST',
        url: '/users',
        headers: { 'Content-Type': 'application/json' },
        body: {
          accountEnabled: true,
          displayName: person.displayName,
          givenName: person.givenName,
          surname: person.surname,
          jobTitle: person.jobTitle,
          department: person.department,
          mailNickname: nickname,
          userPrincipalName: `${nickname}@lindeburg.example`,
          passwordProfile: { password: `Bench-${start + index}-Lindeburg!` },
          businessPhones: person.phones.filter((p) => p.kind === 'business').map((p) => p.number),
          mobilePhone: person.phones.find((p) => p.kind === 'mobile')?.number ?? null,
        },
      };
    });
    const response = await fetch(`${emulator.url}/v1.0/$batch`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ requests }),
    });
    const result = (await response.json()) as { responses?: { status: number; body?: unknown }[] };
    const failed = (result.responses ?? []).find((r) => r.status >= 300);
    if (!response.ok || failed !== undefined)
      throw new Error(`Adding people failed: ${JSON.stringify(failed ?? result).slice(0, 300)}`);
  }
}
