import { aRequest, at } from '../../domain/callbacks/callback-test-fixtures';
import type { Contact } from '../../domain/contacts';
import { computeContactFigures, computeFigures } from '../../domain/figures';
import { STATUTORY_CALENDAR } from '../../domain/working-days';
import {
  addInSlices,
  computeContactFiguresInSlices,
  computeFiguresInSlices,
} from './compute-in-slices';

/** A clock that moves `stepMs` each time it is read: every look at it is a unit of work. */
const steppingClock = (stepMs: number) => {
  let now = 0;
  return () => (now += stepMs);
};

describe('addInSlices', () => {
  it('yields each time a slice has worked its budget, and gives every item once, in order', async () => {
    const added: number[][] = [];
    let yields = 0;
    const progress: Array<[number, number]> = [];
    await addInSlices(
      Array.from({ length: 10 }, (_, i) => i),
      (chunk) => added.push([...chunk]),
      {
        chunkSize: 2,
        budgetMs: 2,
        clock: steppingClock(1),
        yieldNow: () => {
          yields += 1;
          return Promise.resolve();
        },
        onProgress: (done, total) => progress.push([done, total]),
      },
    );
    expect(added.flat()).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(added.every((chunk) => chunk.length === 2)).toBe(true);
    // Start reads the clock (1); after chunk 1 it reads 2 (1 ms: go on), after chunk 2 it reads 3 (2 ms: yield)...
    expect(yields).toBe(2);
    expect(progress).toEqual([
      [4, 10],
      [8, 10],
      [10, 10],
    ]);
  });

  it('never yields while it is fast, and still reports the end', async () => {
    let yields = 0;
    const progress: Array<[number, number]> = [];
    await addInSlices([1, 2, 3], () => undefined, {
      chunkSize: 1,
      clock: () => 0,
      yieldNow: () => {
        yields += 1;
        return Promise.resolve();
      },
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(yields).toBe(0);
    expect(progress).toEqual([[3, 3]]);
  });

  it('stops with the abort reason when the question is no longer asked', async () => {
    const controller = new AbortController();
    const added: number[] = [];
    const run = addInSlices([1, 2, 3, 4], (chunk) => added.push(...chunk), {
      chunkSize: 1,
      budgetMs: 0,
      yieldNow: () => {
        controller.abort(new Error('newer period asked'));
        return Promise.resolve();
      },
      signal: controller.signal,
    });
    await expect(run).rejects.toThrow('newer period asked');
    expect(added).toEqual([1]);
  });
});

const period = { from: at('2026-01-05T00:00:00+01:00'), to: at('2026-01-19T00:00:00+01:00') };
const options = { period, now: at('2026-01-15T12:00:00+01:00'), calendar: STATUTORY_CALENDAR };
const requests = Array.from({ length: 30 }, (_, i) =>
  aRequest({
    id: `r${i}`,
    madeAt: at(`2026-01-${String(5 + (i % 12)).padStart(2, '0')}T10:00:00+01:00`),
    dueAt: at(`2026-01-${String(7 + (i % 12)).padStart(2, '0')}T23:59:59.999+01:00`),
    assignedToTeam: i % 3 === 0 ? 'Burgerzaken' : 'Belastingen',
  }),
);
const contacts: Contact[] = requests.map((request, i) => ({
  id: `c${i}`,
  recordedAt: request.madeAt,
  agentId: 'agent-1',
  personId: null,
  team: request.assignedToTeam,
  outcome: i % 2 === 0 ? 'callbackRequested' : 'answered',
  callbackRequestId: i % 2 === 0 ? request.id : null,
}));
const everyLook = { chunkSize: 4, budgetMs: 0, yieldNow: () => Promise.resolve() };

describe('computing the figures in slices', () => {
  it('gives the same callback report as all at once', async () => {
    expect(await computeFiguresInSlices(requests, options, everyLook)).toEqual(
      computeFigures(requests, options),
    );
  });

  it('gives the same study figures as all at once', async () => {
    expect(await computeContactFiguresInSlices(contacts, requests, options, everyLook)).toEqual(
      computeContactFigures(contacts, requests, options),
    );
  });
});
