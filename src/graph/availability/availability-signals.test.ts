import { assembleBatches, executeBatch } from '../batch';
import type { BatchRequest } from '../batch';
import { chunked, planSignalRequests } from './availability-signals';

const site = { sitePath: 'lindeburg.sharepoint.com:/sites/bereikbaar' };
const people = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: `id-${i}`, mail: `p${i}@lindeburg.example` }));
const now = new Date('2026-11-25T10:00:00Z');

describe('chunking', () => {
  it('asks getSchedule for at most 20 people and presence for at most 650', () => {
    expect(
      planSignalRequests(site, people(21), now).filter((p) => p.kind === 'schedule'),
    ).toHaveLength(2);
    const plan = planSignalRequests(site, people(651), now);
    const presence = plan.filter((p) => p.kind === 'presence');
    expect(presence.map((p) => p.people.length)).toEqual([650, 1]);
    expect(plan.filter((p) => p.kind === 'absences')).toHaveLength(1);
    expect(chunked([1, 2, 3], 2)).toEqual([[1, 2], [3]]);
  });

  it('needs one batch for a team of 40: 2 schedules, presence, mail tips and absences', () => {
    const plan = planSignalRequests(site, people(40), now);
    expect(plan.map((p) => p.request.id)).toEqual([
      'schedule-0',
      'schedule-1',
      'presence-0',
      'mailTips-0',
      'absences',
    ]);
    expect(assembleBatches(plan.map((p) => p.request))).toHaveLength(1);
  });

  it('asks for the day in Amsterdam and seven days on, in UTC', () => {
    const [schedule] = planSignalRequests(site, people(1), now);
    expect(schedule?.request.headers).toEqual({ Prefer: 'outlook.timezone="UTC"' });
    expect(schedule?.request.body).toMatchObject({
      startTime: { dateTime: '2026-11-24T23:00:00.000', timeZone: 'UTC' },
      endTime: { dateTime: '2026-12-01T23:00:00.000', timeZone: 'UTC' },
      availabilityViewInterval: 15,
    });
  });
});

describe('batch assembly', () => {
  const requests: BatchRequest[] = Array.from({ length: 45 }, (_, i) => ({
    id: `r${i}`,
    method: i % 2 === 0 ? 'POST' : 'GET',
    url: '/me',
    ...(i % 2 === 0 ? { body: { i } } : {}),
  }));

  it('puts at most 20 in a batch, keeps ids unique and sets Content-Type on bodies', () => {
    const batches = assembleBatches(requests);
    expect(batches.map((b) => b.requests.length)).toEqual([20, 20, 5]);
    const ids = batches.flatMap((b) => b.requests.map((r) => r.id));
    expect(new Set(ids).size).toBe(45);
    for (const request of batches.flatMap((b) => b.requests))
      if ('body' in request)
        expect(request.headers).toEqual({ 'Content-Type': 'application/json' });
      else expect(request).not.toHaveProperty('headers');
  });

  it('refuses duplicate ids', () => {
    expect(() => assembleBatches([requests[0]!, requests[0]!])).toThrow(/Duplicate/);
  });

  it('re-sends only throttled sub-requests after their Retry-After, bounded', async () => {
    const sent: string[][] = [];
    const client = {
      api: () => ({
        post: (body: { requests: Array<{ id: string }> }) => {
          sent.push(body.requests.map((r) => r.id));
          return Promise.resolve({
            responses: body.requests.map((r) =>
              r.id === 'b'
                ? { id: r.id, status: 429, headers: { 'Retry-After': '7' }, body: {} }
                : { id: r.id, status: 200, body: { ok: r.id } },
            ),
          });
        },
      }),
    };
    const waits: number[] = [];
    const outcome = await executeBatch(
      client as never,
      [
        { id: 'a', method: 'GET', url: '/a' },
        { id: 'b', method: 'GET', url: '/b' },
      ],
      { maxRetries: 2, sleep: (ms) => (waits.push(ms), Promise.resolve()) },
    );
    expect(sent).toEqual([['a', 'b'], ['b'], ['b']]);
    expect(waits).toEqual([7000, 7000]);
    expect(outcome).toMatchObject({ roundTrips: 3, subRequests: 4, waves: 3 });
    expect(outcome.responses.get('b')?.status).toBe(429);
    expect(outcome.responses.get('a')?.body).toEqual({ ok: 'a' });
  });
});
