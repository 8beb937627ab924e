// Contract: Outlook's concurrency limit, https://learn.microsoft.com/en-us/graph/throttling-limits#outlook-service-limits
// — at most 4 concurrent requests of an app per mailbox; "Outlook service limits for JSON batching": inside one
// batch Graph runs up to 4 Outlook requests in parallel at any point (the others wait), so a batch stays within
// the limit on its own, while several batches (or requests) at once against one mailbox can exceed it. The body of
// the refusal is not on that page; it is the one Graph is reported to send ("Application is over its
// MailboxConcurrency limit.", https://learn.microsoft.com/en-us/answers/questions/734143/mailboxconcurrency-limit-throttling-exception).
// Also "commit, then answer 504": a lost answer after the write (https://learn.microsoft.com/en-us/graph/errors, 504).
import { sanne, startContractTenant } from './contract-support';
import type { ContractTenant, GraphResponse } from './contract-support';

let tenant: ContractTenant;
beforeAll(async () => {
  tenant = await startContractTenant();
});
afterAll(async () => {
  await tenant.emulator.close();
});
afterEach(async () => {
  await tenant.control('DELETE', '/_emulator/faults');
});

type BatchResponse = {
  responses: { id: string; status: number; headers: Record<string, string>; body?: unknown }[];
};

const getSchedule = (id: string) => ({
  id,
  method: 'POST',
  url: '/me/calendar/getSchedule',
  headers: { 'Content-Type': 'application/json' },
  body: {
    schedules: ['pieter.vanderberg@lindeburg.example'],
    startTime: { dateTime: '2026-11-30T08:00:00', timeZone: 'UTC' },
    endTime: { dateTime: '2026-11-30T17:00:00', timeZone: 'UTC' },
  },
});

const batchOf = (prefix: string, count: number) => ({
  requests: Array.from({ length: count }, (_, index) => getSchedule(`${prefix}${index}`)),
});

const statuses = (response: GraphResponse) =>
  (response.json as BatchResponse).responses.map((sub) => sub.status);

describe('Outlook service limits: 4 concurrent requests per app and mailbox', () => {
  beforeEach(async () => {
    // Each Outlook request takes a while inside the mailbox, so that requests sent together overlap even when
    // the machine is slow to deliver them.
    await tenant.control('POST', '/_emulator/faults', { mailboxLatencyMs: 600 });
  });

  it('runs a batch of 20 getSchedule requests 4 at a time: none is refused', async () => {
    await tenant.control('POST', '/_emulator/faults', { mailboxLatencyMs: 50 });
    const response = await tenant.call(sanne, 'POST', '/$batch', { body: batchOf('s', 20) });
    expect(response.status).toBe(200);
    expect(statuses(response).every((status) => status === 200)).toBe(true);
  });

  it('refuses what two batches at once ask beyond 4 with 429 ApplicationThrottled and Retry-After', async () => {
    const [first, second] = await Promise.all([
      tenant.call(sanne, 'POST', '/$batch', { body: batchOf('a', 4) }),
      tenant.call(sanne, 'POST', '/$batch', { body: batchOf('b', 4) }),
    ]);
    const all = [
      ...(first.json as BatchResponse).responses,
      ...(second.json as BatchResponse).responses,
    ];
    const refused = all.filter((sub) => sub.status === 429);
    expect(refused.length).toBeGreaterThan(0);
    expect(all.filter((sub) => sub.status === 200).length).toBeGreaterThanOrEqual(4);
    const [one] = refused;
    expect(one?.headers['Retry-After']).toMatch(/^\d+$/);
    expect(one?.body).toMatchObject({
      error: {
        code: 'ApplicationThrottled',
        message: 'Application is over its MailboxConcurrency limit.',
      },
    });
  });

  it('refuses a fifth request at once to the same mailbox, but not one to another mailbox or to presence', async () => {
    const five = Array.from({ length: 5 }, () =>
      tenant.call(sanne, 'POST', '/me/calendar/getSchedule', { body: getSchedule('x').body }),
    );
    const others = [
      tenant.call('pieter.vanderberg@lindeburg.example', 'POST', '/me/calendar/getSchedule', {
        body: getSchedule('y').body,
      }),
      tenant.call(sanne, 'GET', '/me/presence'),
    ];
    const answers = await Promise.all([...five, ...others]);
    const mine = answers.slice(0, 5).map((answer) => answer.status);
    expect(mine.filter((status) => status === 200)).toHaveLength(4);
    expect(mine.filter((status) => status === 429)).toHaveLength(1);
    expect(answers.slice(5).map((answer) => answer.status)).toEqual([200, 200]);
  });

  it('lets sequential batches (dependsOn) take one slot each', async () => {
    const sequential = (prefix: string) => ({
      requests: batchOf(prefix, 3).requests.map((request, index) =>
        index === 0 ? request : { ...request, dependsOn: [`${prefix}${index - 1}`] },
      ),
    });
    const answers = await Promise.all(
      ['p', 'q', 'r', 's'].map((prefix) =>
        tenant.call(sanne, 'POST', '/$batch', { body: sequential(prefix) }),
      ),
    );
    expect(answers.flatMap(statuses).every((status) => status === 200)).toBe(true);
  });
});

describe('commit, then answer 504 (a lost answer)', () => {
  it('stores the write and answers 504 with the error envelope', async () => {
    await tenant.control('POST', '/_emulator/faults', {
      commitThenFail: { next: 1 },
      pathContains: 'calendar/events',
    });
    const before = tenant.emulator.state.events.length;
    const response = await tenant.call(sanne, 'POST', '/me/calendar/events', {
      body: {
        subject: 'Overleg',
        start: { dateTime: '2026-12-01T10:00:00', timeZone: 'UTC' },
        end: { dateTime: '2026-12-01T11:00:00', timeZone: 'UTC' },
      },
    });
    expect(response.status).toBe(504);
    expect(response.json).toMatchObject({ error: { code: 'generalException' } });
    expect(tenant.emulator.state.events.length).toBe(before + 1);
  });
});
