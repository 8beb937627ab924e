// The demo tenant's injected latency, for the bench sections that time a first visit.
import type { RunningEmulator } from '../emulator/server';

/**
 * Sets `latencyMs` on every request of the demo tenant (0: none). Tried twice: the section before may have closed
 * a demo tenant on the same port, and Node's fetch can first pick that server's kept-alive connection ("fetch
 * failed").
 */
export async function setLatency(emulator: RunningEmulator, latencyMs: number): Promise<void> {
  const send = () =>
    fetch(`${emulator.url}/_emulator/faults`, {
      method: latencyMs === 0 ? 'DELETE' : 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: latencyMs === 0 ? undefined : JSON.stringify({ latencyMs }),
    });
  const response = await send().catch(send);
  if (!response.ok) throw new Error(`the demo tenant refused the latency: ${response.status}`);
}
