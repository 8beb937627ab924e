// Computes the figures in slices, yielding to the browser in between, so 20,000 requests never freeze the page.
import type { CallbackRequest } from '../../domain/callbacks';
import type { FiguresOptions, FiguresReport } from '../../domain/figures';
import { createFiguresAccumulator } from '../../domain/figures';

type SchedulerWithYield = { yield?: () => Promise<void> };

/** Lets the browser handle input and paint: `scheduler.yield()` where there is one, else a macrotask. */
export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerWithYield }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export type SliceOptions = {
  /** Requests per slice; ~2,000 keeps each slice well under 50 ms on a slow laptop. */
  sliceSize?: number;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
};

/**
 * The same report as `computeFigures`, computed slice by slice.
 * @example await computeFiguresInSlices(requests, options, { onProgress: (done, total) => setProgress(done / total) })
 */
export async function computeFiguresInSlices(
  requests: readonly CallbackRequest[],
  options: FiguresOptions,
  { sliceSize = 2000, onProgress, signal }: SliceOptions = {},
): Promise<FiguresReport> {
  const accumulator = createFiguresAccumulator(options);
  for (let start = 0; start < requests.length; start += sliceSize) {
    signal?.throwIfAborted();
    accumulator.add(requests.slice(start, start + sliceSize));
    onProgress?.(Math.min(requests.length, start + sliceSize), requests.length);
    await yieldToBrowser();
  }
  signal?.throwIfAborted();
  return accumulator.finish();
}
