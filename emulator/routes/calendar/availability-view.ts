// availabilityView: Exchange's free/busy digits, one per interval.
import type { ShowAs } from '../../store';

/** Exchange's free/busy digits. Working elsewhere counts as free (0) for backward compatibility, as documented. */
const digitByStatus: Readonly<Record<ShowAs, number>> = {
  free: 0,
  workingElsewhere: 0,
  unknown: 0,
  tentative: 1,
  busy: 2,
  oof: 3,
};

export type BusyInterval = { start: Date; end: Date; showAs: ShowAs };

/**
 * One digit per interval from `start` to `end` (a last partial interval counts), the highest status of the items
 * overlapping it: oof 3 > busy 2 > tentative 1 > free 0.
 * Example: a busy item 09:30–10:00 in 09:00–11:00 with 30-minute intervals → `"0200"`.
 */
export function availabilityViewFor(
  items: readonly BusyInterval[],
  start: Date,
  end: Date,
  intervalMinutes: number,
): string {
  const intervalMs = intervalMinutes * 60_000;
  const slots = Math.ceil((end.getTime() - start.getTime()) / intervalMs);
  let view = '';
  for (let slot = 0; slot < slots; slot++) {
    const slotStart = start.getTime() + slot * intervalMs;
    const slotEnd = Math.min(slotStart + intervalMs, end.getTime());
    let digit = 0;
    for (const item of items) {
      if (item.start.getTime() < slotEnd && item.end.getTime() > slotStart)
        digit = Math.max(digit, digitByStatus[item.showAs] ?? 0);
    }
    view += String(digit);
  }
  return view;
}
