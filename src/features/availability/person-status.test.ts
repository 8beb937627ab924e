import type { SignalEntry } from './api/get-availability-signals';
import { personStatusAt, statusesAt } from './person-status';

const now = new Date('2026-03-30T08:00:00Z');
const failedEntry = (): SignalEntry => ({
  signals: null,
  calendarNotShared: false,
  fetchedAt: now,
  failed: true,
});

describe('statusesAt', () => {
  it('answers what personStatusAt answers', () => {
    const statusOf = statusesAt(now);
    expect(statusOf(undefined)).toEqual(personStatusAt(undefined, now));
    expect(statusOf(failedEntry())).toEqual(personStatusAt(failedEntry(), now));
  });

  it('gives the same object for the same answer, and a new one for another answer', () => {
    const statusOf = statusesAt(now);
    const entry = failedEntry();
    expect(statusOf(entry)).toBe(statusOf(entry));
    expect(statusOf(undefined)).toBe(statusOf(undefined));
    expect(statusOf(failedEntry())).not.toBe(statusOf(entry));
  });
});
