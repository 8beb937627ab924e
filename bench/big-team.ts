// A team of 40 for the benchmark: colleagues added to a team's members (the teams list's ExtraMemberUpns) through
// Graph, as a KCP coordinator maintains the teams list on a real tenant.
import type { RunningEmulator } from '../emulator/server';

const list = '/v1.0/sites/lindeburg.sharepoint.com:/sites/bereikbaar:/lists/BereikbaarTeams/items';

type TeamItem = { id: string; fields: { Title?: string; ExtraMemberUpns?: string | null } };

/** Adds `size` of the colleagues the benchmark created (no manager, so in no team yet) to `team`'s members. */
export async function growTeam(
  emulator: RunningEmulator,
  coordinatorUpn: string,
  team: string,
  size: number,
): Promise<void> {
  const token = emulator.tokenFor(coordinatorUpn, ['Sites.ReadWrite.All']);
  const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
  const response = await fetch(`${emulator.url}${list}?$expand=fields&$top=999`, { headers });
  if (!response.ok) throw new Error(`Reading the teams list failed: ${response.status}`);
  const items = ((await response.json()) as { value: TeamItem[] }).value;
  const item = items.find((i) => i.fields.Title === team);
  if (item === undefined) throw new Error(`No team ${team} in the teams list`);
  // The people the benchmark added have no manager: no team of their own yet.
  const upns = emulator.state.users
    .filter((user) => user.accountEnabled && user.deletedSeq === undefined)
    .map((user) => user.userPrincipalName)
    .filter((upn) => upn.includes('.') && !upn.startsWith('ingrid.'))
    .slice(-size);
  const patch = await fetch(`${emulator.url}${list}/${item.id}/fields`, {
    method: 'PATCH',
    headers,
    body: JSON.stringify({
      ExtraMemberUpns: [item.fields.ExtraMemberUpns ?? '', ...upns]
        .filter((u) => u !== '')
        .join(';'),
    }),
  });
  if (!patch.ok)
    throw new Error(`Growing team ${team} failed: ${patch.status} ${await patch.text()}`);
}
