import { WeightedSemaphore } from './outlook-concurrency';
import { isSafeToRepeat, outlookMailboxOf, outlookSlotsOf } from './request-kinds';

const json = { 'Content-Type': 'application/json' };
const sub = (id: string, method: string, url: string, extra: object = {}) => ({
  id,
  method,
  url,
  ...(method === 'GET' ? {} : { body: {}, headers: json }),
  ...extra,
});
const batch = (...requests: object[]) => ({ method: 'POST', path: '/$batch', body: { requests } });

describe('isSafeToRepeat', () => {
  it.each([
    ['GET /me', { method: 'GET', path: '/me', body: undefined }, true],
    ['POST getSchedule', { method: 'POST', path: '/me/calendar/getSchedule', body: {} }, true],
    ['POST getMailTips', { method: 'POST', path: '/me/getMailTips', body: {} }, true],
    [
      'POST getPresencesByUserId',
      { method: 'POST', path: '/communications/getPresencesByUserId', body: {} },
      true,
    ],
    ['POST list item', { method: 'POST', path: '/sites/s/lists/l/items', body: {} }, false],
    ['PATCH fields', { method: 'PATCH', path: '/sites/s/lists/l/items/1/fields', body: {} }, false],
    ['DELETE item', { method: 'DELETE', path: '/sites/s/lists/l/items/1', body: undefined }, false],
    ['POST sendMail', { method: 'POST', path: '/me/sendMail', body: {} }, false],
    [
      '$batch of reads',
      batch(sub('1', 'GET', '/me'), sub('2', 'POST', '/me/calendar/getSchedule')),
      true,
    ],
    [
      '$batch with a write',
      batch(sub('1', 'GET', '/me'), sub('2', 'POST', '/sites/s/lists/l/items')),
      false,
    ],
    ['$batch without requests', { method: 'POST', path: '/$batch', body: {} }, false],
  ])('%s → %s', (_, request, expected) => {
    expect(isSafeToRepeat(request)).toBe(expected);
  });
});

describe('outlookMailboxOf', () => {
  it.each([
    ['/me/calendar/getSchedule', 'me'],
    ['/me/getMailTips', 'me'],
    ['/users/Pieter%40x.nl/mailboxSettings', 'pieter@x.nl'],
    ['/users/42/events?$top=5', '42'],
    ['/users/42/presence', null],
    ['/communications/getPresencesByUserId', null],
    ['/sites/s/lists/l/items', null],
    ['/users/delta', null],
  ])('%s → %s', (path, mailbox) => {
    expect(outlookMailboxOf(path)).toBe(mailbox);
  });
});

describe('outlookSlotsOf', () => {
  const schedules = (count: number) =>
    Array.from({ length: count }, (_, index) =>
      sub(`s${index}`, 'POST', '/me/calendar/getSchedule'),
    );

  it.each([
    ['a plain Outlook request', { method: 'POST', path: '/me/getMailTips', body: {} }, 1],
    ['presence', { method: 'POST', path: '/communications/getPresencesByUserId', body: {} }, 0],
    ['a batch without Outlook', batch(sub('1', 'GET', '/sites/s/lists/l/items')), 0],
    ['a batch of 3 getSchedule', batch(...schedules(3)), 3],
    ['a batch of 20 getSchedule (Graph runs 4 at a time)', batch(...schedules(20)), 4],
    [
      'a sequential batch (dependsOn)',
      batch(
        sub('a', 'POST', '/me/calendar/getSchedule'),
        sub('b', 'POST', '/me/calendar/getSchedule', { dependsOn: ['a'] }),
      ),
      1,
    ],
  ])('%s takes %s', (_, request, slots) => {
    expect(outlookSlotsOf(request)).toBe(slots);
  });
});

describe('WeightedSemaphore', () => {
  it('hands out slots first come, first served, so a request for 4 is not overtaken by ones for 1', async () => {
    const gate = new WeightedSemaphore(4);
    const order: string[] = [];
    await gate.acquire(3);
    const big = gate.acquire(4).then(() => order.push('big'));
    const small = gate.acquire(1).then(() => order.push('small'));
    await Promise.resolve();
    expect(order).toEqual([]);
    gate.release(3);
    await big;
    expect(gate.available).toBe(0);
    gate.release(4);
    await small;
    expect(order).toEqual(['big', 'small']);
  });
});
