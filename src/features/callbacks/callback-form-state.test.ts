// @vitest-environment jsdom
import {
  formErrors,
  hasTypedContent,
  clearDraft,
  loadDraft,
  loadDrafts,
  openingFor,
  newCallbackForm,
  saveDraft,
} from './callback-form-state';
import {
  afterFailure,
  afterStored,
  dueEntries,
  nextWakeUp,
  outboxEntryFor,
  outboxEntryKey,
  readOutbox,
  retryDelayMs,
  withEntry,
  removeOutboxEntry,
  writeOutboxEntry,
} from './outbox';
import { aRequest } from '../../domain/callbacks/callback-test-fixtures';
import { dueDateText } from './due-text';

const now = Date.parse('2026-11-25T09:30:00Z');

describe('form errors', () => {
  it('names each missing field once, in form order', () => {
    const form = newCallbackForm('c-1', now);
    expect(
      formErrors(form, { personId: null, team: null }, now).map((error) => [
        error.field,
        error.key,
      ]),
    ).toEqual([
      ['citizenName', 'callbacks.error.citizenNameRequired'],
      ['phone', 'callbacks.error.contactRequired'],
      ['question', 'callbacks.error.questionRequired'],
      ['person', 'callbacks.error.assigneeRequired'],
    ]);
  });

  it('refuses a phone number that cannot exist and an implausible e-mail address, and reports lengths', () => {
    const form = {
      ...newCallbackForm('c-1', now),
      citizenName: 'x'.repeat(201),
      phone: '12',
      email: 'jan@',
      question: 'Vraag',
    };
    expect(formErrors(form, { personId: 'p', team: null }, now)).toEqual([
      { field: 'citizenName', key: 'callbacks.error.tooLong', max: 200 },
      { field: 'phone', key: 'callbacks.error.phoneInvalid' },
      { field: 'email', key: 'callbacks.error.emailInvalid' },
    ]);
  });

  it('accepts a valid form', () => {
    const form = {
      ...newCallbackForm('c-1', now),
      citizenName: 'Jan',
      phone: '06-12345678',
      question: 'Vraag',
    };
    expect(formErrors(form, { personId: null, team: 'Burgerzaken' }, now)).toEqual([]);
  });
});

describe('draft', () => {
  it('keeps the id and madeAt across a save and load, per user', () => {
    const form = { ...newCallbackForm('c-1', now, { team: 'Burgerzaken' }), citizenName: 'Jan' };
    saveDraft(localStorage, 'u1', form);
    expect(loadDraft(localStorage, 'u1')).toEqual(form);
    expect(loadDraft(localStorage, 'u2')).toBeNull();
    expect(hasTypedContent(form)).toBe(true);
    expect(hasTypedContent(newCallbackForm('c-2', now))).toBe(false);
  });

  it('ignores an unreadable draft', () => {
    localStorage.setItem('bereikbaar.callbacks.draft.u3', '{not json');
    expect(loadDraft(localStorage, 'u3')).toBeNull();
  });
});

describe('outbox', () => {
  const notification = { assignee: null, madeByName: 'Sanne', linkUrl: null };

  it('backs off by doubling from 2 s to 5 minutes, never shorter than Retry-After', () => {
    expect([1, 2, 3, 4].map((tries) => retryDelayMs(tries, null))).toEqual([
      2000, 4000, 8000, 16000,
    ]);
    expect(retryDelayMs(20, null)).toBe(300_000);
    expect(retryDelayMs(1, 30)).toBe(30_000);
  });

  it('schedules a failed entry, then moves a stored one on to notifying', () => {
    const entry = outboxEntryFor(aRequest(), notification);
    const failed = afterFailure(entry, { status: 503, retryAfterSeconds: null }, now);
    expect(failed).toMatchObject({
      tries: 1,
      nextTryAt: now + 2000,
      lastError: { status: 503, retryAfterSeconds: null },
      phase: 'save',
    });
    expect(dueEntries([failed], now)).toEqual([]);
    expect(dueEntries([failed], now + 2000)).toEqual([failed]);
    expect(nextWakeUp([failed], now)).toBe(now + 2000);
    expect(afterStored(failed)).toMatchObject({
      phase: 'notify',
      tries: 0,
      nextTryAt: null,
      lastError: null,
    });
  });

  it('queues a request once however often it is saved, and survives storage', () => {
    const entry = outboxEntryFor(aRequest({ attempts: [] }), notification);
    const entries = withEntry(withEntry([], entry), entry);
    expect(entries).toHaveLength(1);
    for (const queued of entries) writeOutboxEntry(localStorage, 'u1', queued);
    expect(readOutbox(localStorage, 'u1')).toEqual(entries);
    removeOutboxEntry(localStorage, 'u1', entry.request.id);
    expect(readOutbox(localStorage, 'u1')).toEqual([]);
    expect(Object.keys(localStorage).filter((key) => key.includes('outbox.u1'))).toEqual([]);
  });

  it('keeps one record per request, so writing one never touches another', () => {
    const first = outboxEntryFor(aRequest({ id: 'cb-a', attempts: [] }), notification);
    const second = outboxEntryFor(aRequest({ id: 'cb-b', attempts: [] }), notification);
    writeOutboxEntry(localStorage, 'u6', first);
    writeOutboxEntry(localStorage, 'u6', second);
    removeOutboxEntry(localStorage, 'u6', first.request.id);
    expect(readOutbox(localStorage, 'u6').map((queued) => queued.request.id)).toEqual([
      second.request.id,
    ]);
  });

  it("keeps a failure's status, not Graph's English text, and drops a text stored by an older version", () => {
    const failed = afterFailure(
      outboxEntryFor(aRequest({ id: 'cb-f', attempts: [] }), notification),
      { status: 429, retryAfterSeconds: 30 },
      0,
    );
    writeOutboxEntry(localStorage, 'u8', failed);
    expect(readOutbox(localStorage, 'u8')[0]?.lastError).toEqual({
      status: 429,
      retryAfterSeconds: 30,
    });
    const key = outboxEntryKey('u8', 'cb-f');
    const stored = JSON.parse(localStorage.getItem(key) ?? '{}') as Record<string, unknown>;
    localStorage.setItem(key, JSON.stringify({ ...stored, lastError: '503: Service unavailable' }));
    expect(readOutbox(localStorage, 'u8')[0]?.lastError).toBeNull();
  });

  it('splits an outbox kept the old way (one key holding a list) into records', () => {
    const first = outboxEntryFor(aRequest({ attempts: [] }), notification);
    writeOutboxEntry(localStorage, 'u7', first);
    const old = readOutbox(localStorage, 'u7');
    localStorage.clear();
    localStorage.setItem(
      'bereikbaar.callbacks.outbox.u7',
      JSON.stringify(
        old.map((queued) => ({ ...queued, request: { ...queued.request, attempts: null } })),
      ),
    );
    expect(readOutbox(localStorage, 'u7').map((queued) => queued.request.id)).toEqual([
      first.request.id,
    ]);
    expect(localStorage.getItem('bereikbaar.callbacks.outbox.u7')).toBeNull();
  });
});

describe('due date text', () => {
  it('reads as the day in Amsterdam, in Dutch and English', () => {
    expect(dueDateText(Date.parse('2026-12-01T22:59:59.999Z'), 'nl')).toBe(
      'dinsdag 1 december 2026',
    );
    expect(dueDateText(Date.parse('2026-12-01T22:59:59.999Z'), 'en')).toBe(
      'Tuesday, 1 December 2026',
    );
  });
});

describe('drafts per target', () => {
  const typed = (id: string, target: { personId?: string | null; team?: string | null }) => ({
    ...newCallbackForm(id, now, target),
    citizenName: `Inwoner ${id}`,
  });
  const marco = typed('d-marco', { personId: 'marco', team: 'Burgerzaken' });
  const loose = typed('d-loose', {});
  const team = typed('d-team', { team: 'Belastingen' });

  it.each([
    ['the same colleague', [marco], { personId: 'marco', team: null }, 'restore', 'd-marco'],
    ['another colleague', [marco], { personId: 'youssef', team: null }, 'new', 'd-marco'],
    ['no target in the address', [marco], { personId: null, team: null }, 'restore', 'd-marco'],
    [
      'a team, draft for a colleague',
      [marco],
      { personId: null, team: 'Burgerzaken' },
      'new',
      'd-marco',
    ],
    ['the same team', [marco, team], { personId: null, team: 'Belastingen' }, 'restore', 'd-team'],
    ['a draft without target', [loose], { personId: 'youssef', team: null }, 'restore', 'd-loose'],
    ['no drafts', [], { personId: 'youssef', team: null }, 'new', null],
  ] as const)('%s', (_name, drafts, target, kind, id) => {
    const opening = openingFor(drafts, target);
    expect(opening.kind).toBe(kind);
    const found = opening.kind === 'restore' ? opening.draft : opening.other;
    expect(found?.id ?? null).toBe(id);
  });

  it('gives a draft without target the one asked for', () => {
    const opening = openingFor([loose], { personId: 'youssef', team: null });
    expect(opening).toMatchObject({ kind: 'restore', draft: { personId: 'youssef' } });
  });

  it('keeps one draft per target, the last typed in at the end, and removes one by id', () => {
    saveDraft(localStorage, 'u4', marco);
    saveDraft(localStorage, 'u4', team);
    saveDraft(localStorage, 'u4', { ...marco, question: 'Paspoort' });
    expect(loadDrafts(localStorage, 'u4').map((draft) => draft.id)).toEqual(['d-team', 'd-marco']);
    clearDraft(localStorage, 'u4', 'd-marco');
    expect(loadDrafts(localStorage, 'u4').map((draft) => draft.id)).toEqual(['d-team']);
    saveDraft(localStorage, 'u4', newCallbackForm('d-empty', now));
    expect(loadDrafts(localStorage, 'u4').map((draft) => draft.id)).toEqual(['d-team']);
  });

  it('reads a draft stored before drafts had their own target', () => {
    localStorage.setItem('bereikbaar.callbacks.draft.u5', JSON.stringify(marco));
    expect(loadDrafts(localStorage, 'u5')).toEqual([marco]);
  });
});
