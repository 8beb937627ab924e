// Outlook (Exchange) runs at most 4 concurrent requests of one app per mailbox, `$batch` sub-requests included;
// beyond that it answers 429 (https://learn.microsoft.com/en-us/graph/throttling-limits#outlook-service-limits).
// The client keeps every Outlook request it sends under that limit: a request waits for free slots before it
// goes out. The limit is kept over all mailboxes together (the safe reading: one version of the page states it
// per app ID "regardless of whether the requests all access the same mailbox"), and `/me` is one mailbox.
import type { Context, Middleware } from '@microsoft/microsoft-graph-client';

type Waiter = { slots: number; resolve: () => void };

/**
 * Slots handed out first come, first served: a request that needs 4 is not overtaken forever by requests that
 * need 1. A request never needs more than the capacity (a batch takes at most 4).
 * @example const gate = new WeightedSemaphore(4); await gate.acquire(4); gate.release(4)
 */
export class WeightedSemaphore {
  private free: number;
  private readonly waiting: Waiter[] = [];

  constructor(private readonly capacity: number) {
    this.free = capacity;
  }

  acquire(slots: number): Promise<void> {
    const wanted = Math.min(slots, this.capacity);
    if (wanted <= 0) return Promise.resolve();
    if (this.waiting.length === 0 && this.free >= wanted) {
      this.free -= wanted;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      this.waiting.push({ slots: wanted, resolve });
    });
  }

  release(slots: number): void {
    const returned = Math.min(slots, this.capacity);
    if (returned <= 0) return;
    this.free += returned;
    for (;;) {
      const [next] = this.waiting;
      if (next === undefined || next.slots > this.free) break;
      this.waiting.shift();
      this.free -= next.slots;
      next.resolve();
    }
  }

  /** Slots not in use (for tests). */
  get available(): number {
    return this.free;
  }
}

/** Holds the Outlook slots a request takes while it is on the wire. */
export class OutlookConcurrencyHandler implements Middleware {
  private next: Middleware | undefined;

  constructor(
    private readonly gate: WeightedSemaphore,
    private readonly slotsOf: (context: Context) => number,
  ) {}

  async execute(context: Context): Promise<void> {
    const slots = this.slotsOf(context);
    await this.gate.acquire(slots);
    try {
      await this.next?.execute(context);
    } finally {
      this.gate.release(slots);
    }
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}
