import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Contact } from '../../domain/contacts';
import { instantFromEpochMs } from '../../domain/time';
import type { OutboxContactRecorder } from './contact-recorder';
import { afterNextPaint, deferredContactRecorder } from './deferred-shell-parts';

const at = instantFromEpochMs(1_764_000_000_000);
const ids = () => {
  let next = 0;
  return () => `c-${++next}`;
};
const call = {
  outcome: 'notAnswered',
  personId: 'p-jan',
  team: 'Burgerzaken',
  label: 'Jan de Boer',
} as const;

/** The outbox's recorder, as the loaded chunk hands it over. */
function outboxRecorder() {
  const enqueued: { contact: Contact; label: string }[] = [];
  const recorder: OutboxContactRecorder = {
    record: vi.fn((input) => ({
      id: 'from-outbox',
      recordedAt: at,
      agentId: 'u-sanne',
      personId: input.personId,
      team: input.team,
      outcome: input.outcome,
      callbackRequestId: null,
    })),
    undo: vi.fn(() => 'tooLate' as const),
    enqueue: (contact, label) => enqueued.push({ contact, label }),
  };
  return { recorder, enqueued };
}

describe('deferredContactRecorder', () => {
  it('makes the contact at once and hands it to the outbox when that arrives', () => {
    const deferred = deferredContactRecorder('u-sanne', () => at, ids());
    const contact = deferred.record(call);
    expect(contact).toEqual({
      id: 'c-1',
      recordedAt: at,
      agentId: 'u-sanne',
      personId: 'p-jan',
      team: 'Burgerzaken',
      outcome: 'notAnswered',
      callbackRequestId: null,
    });
    const second = deferred.record({ ...call, outcome: 'callbackRequested' });
    const { recorder, enqueued } = outboxRecorder();
    deferred.attach(recorder);
    expect(enqueued).toEqual([
      { contact, label: 'Jan de Boer' },
      { contact: second, label: 'Jan de Boer' },
    ]);
    // Handed over once: a later recorder (another mount) does not get them again.
    const again = outboxRecorder();
    deferred.attach(again.recorder);
    expect(again.enqueued).toEqual([]);
  });

  it('undoes a contact that has not reached the outbox, once', () => {
    const deferred = deferredContactRecorder('u-sanne', () => at, ids());
    const contact = deferred.record(call);
    expect(deferred.undo(contact.id)).toBe('undone');
    expect(deferred.undo(contact.id)).toBe('tooLate');
    const { recorder, enqueued } = outboxRecorder();
    deferred.attach(recorder);
    expect(enqueued).toEqual([]);
  });

  it('records and undoes through the outbox once it is there, and waits again when it goes', () => {
    const deferred = deferredContactRecorder('u-sanne', () => at, ids());
    const { recorder, enqueued } = outboxRecorder();
    deferred.attach(recorder);
    expect(deferred.record(call).id).toBe('from-outbox');
    expect(deferred.undo('from-outbox')).toBe('tooLate');
    expect(recorder.undo).toHaveBeenCalledWith('from-outbox');
    deferred.attach(null);
    expect(deferred.record(call).id).toBe('c-1');
    expect(enqueued).toEqual([]);
  });
});

describe('afterNextPaint', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('waits for the next frame', async () => {
    vi.useFakeTimers();
    let frame: (() => void) | undefined;
    vi.stubGlobal('requestAnimationFrame', (callback: () => void) => (frame = callback));
    let done = false;
    void afterNextPaint().then(() => (done = true));
    await vi.advanceTimersByTimeAsync(100);
    expect(done).toBe(false);
    frame?.();
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(true);
  });

  it('does not wait for ever in a hidden tab, where no frame comes', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', () => 0);
    let done = false;
    void afterNextPaint(500).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(499);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
  });
});
