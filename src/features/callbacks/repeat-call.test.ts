// @vitest-environment jsdom
import { aRequest, at } from '../../domain/callbacks/callback-test-fixtures';
import { outboxEntryKey, readOutbox, writeOutboxEntry } from './outbox';
import { repeatCallEntry, repeatCallOf } from './repeat-call';

const notification = { assignee: null, madeByName: 'Sanne de Vries', linkUrl: null };
const earlier = aRequest({ id: 'earlier-1' });

beforeEach(() => localStorage.clear());

describe('repeatCallEntry', () => {
  it("is queued under the call's own id and names the request it goes to", () => {
    const entry = repeatCallEntry(
      earlier,
      { callId: 'form-7', at: at('2026-12-02T10:30:00+01:00'), byId: 'sanne' },
      notification,
    );
    expect(entry.request.id).toBe('form-7');
    expect(entry.repeatCallTo).toEqual({ requestId: 'earlier-1' });
    expect(entry.request.citizen).toEqual(earlier.citizen);
    expect(repeatCallOf(entry.request)).toEqual({
      id: 'form-7',
      at: at('2026-12-02T10:30:00+01:00'),
      byId: 'sanne',
    });
  });

  it('survives a reload (local storage) as a repeat call, never turned into a new request', () => {
    const entry = repeatCallEntry(
      earlier,
      { callId: 'form-7', at: at('2026-12-02T10:30:00+01:00'), byId: 'sanne' },
      notification,
    );
    writeOutboxEntry(localStorage, 'sanne', entry);
    expect(readOutbox(localStorage, 'sanne')).toEqual([entry]);
  });

  it('drops a stored entry whose target is unreadable rather than saving it as a new request', () => {
    const entry = repeatCallEntry(
      earlier,
      { callId: 'form-8', at: at('2026-12-02T10:30:00+01:00'), byId: 'sanne' },
      notification,
    );
    writeOutboxEntry(localStorage, 'sanne', entry);
    const key = outboxEntryKey('sanne', 'form-8');
    const raw = JSON.parse(localStorage.getItem(key)!) as Record<string, unknown>;
    localStorage.setItem(key, JSON.stringify({ ...raw, repeatCallTo: { requestId: 7 } }));
    expect(readOutbox(localStorage, 'sanne')).toEqual([]);
  });
});
