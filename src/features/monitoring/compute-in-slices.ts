// Computes the figures in slices, yielding to the browser in between, so a year (20,000 requests, 60,000 contacts)
// never freezes the page. A slice ends on time, not on a count: the same count takes five times longer on a slow
// laptop, and a task of more than 50 ms is one the person notices (a "long task").
import type { CallbackRequest } from '../../domain/callbacks';
import type { Contact } from '../../domain/contacts';
import type {
  ContactFiguresOptions,
  ContactReport,
  FiguresOptions,
  FiguresReport,
} from '../../domain/figures';
import { createContactFiguresAccumulator, createFiguresAccumulator } from '../../domain/figures';

type SchedulerWithYield = { yield?: () => Promise<void> };

/** Lets the browser handle input and paint: `scheduler.yield()` where there is one, else a macrotask. */
export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerWithYield }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export type SliceOptions = {
  /** How long one slice may work before it yields, in ms; 10 leaves room under 50 ms for the render after it. */
  budgetMs?: number;
  /** Items added between two looks at the clock (a look costs little, a few hundred items are ~1 ms). */
  chunkSize?: number;
  /** Milliseconds from any origin; the page's `performance.now` by default. */
  clock?: () => number;
  /** Lets the browser in between slices; `yieldToBrowser` by default. */
  yieldNow?: () => Promise<void>;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
};

/**
 * Gives `items` to `add` a chunk at a time, yielding whenever a slice has worked `budgetMs`; progress after every
 * slice and at the end.
 * @example await addInSlices(requests, accumulator.add, { onProgress: (done, total) => setProgress(done / total) })
 */
export async function addInSlices<T>(
  items: readonly T[],
  add: (chunk: readonly T[]) => void,
  {
    budgetMs = 10,
    chunkSize = 250,
    clock = () => performance.now(),
    yieldNow = yieldToBrowser,
    onProgress,
    signal,
  }: SliceOptions = {},
): Promise<void> {
  let sliceStarted = clock();
  for (let start = 0; start < items.length; start += chunkSize) {
    signal?.throwIfAborted();
    add(items.slice(start, start + chunkSize));
    const done = Math.min(items.length, start + chunkSize);
    if (done < items.length && clock() - sliceStarted >= budgetMs) {
      onProgress?.(done, items.length);
      await yieldNow();
      sliceStarted = clock();
    }
  }
  signal?.throwIfAborted();
  onProgress?.(items.length, items.length);
}

/**
 * The same report as `computeFigures`, computed slice by slice.
 * @example await computeFiguresInSlices(requests, options, { onProgress: (done, total) => setProgress(done / total) })
 */
export async function computeFiguresInSlices(
  requests: readonly CallbackRequest[],
  options: FiguresOptions,
  slices: SliceOptions = {},
): Promise<FiguresReport> {
  const accumulator = createFiguresAccumulator(options);
  await addInSlices(requests, accumulator.add, slices);
  // The report itself (medians per team and week) is one more task: let input in before it.
  await (slices.yieldNow ?? yieldToBrowser)();
  slices.signal?.throwIfAborted();
  return accumulator.finish();
}

/**
 * The same report as `computeContactFigures`, computed slice by slice.
 * @example await computeContactFiguresInSlices(contacts, requests, options, { signal })
 */
export async function computeContactFiguresInSlices(
  contacts: readonly Contact[],
  requests: readonly CallbackRequest[],
  options: ContactFiguresOptions,
  slices: SliceOptions = {},
): Promise<ContactReport> {
  const accumulator = createContactFiguresAccumulator(requests, options);
  await addInSlices(contacts, accumulator.add, slices);
  return accumulator.finish();
}
