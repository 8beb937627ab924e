// The Office.js adapters against office-addin-mock's Outlook mock: the item's mode, a read message's
// sender and subject, and a compose message's recipients (get, add, changed).
import { OfficeMockObject } from 'office-addin-mock';
import type { OfficeApi } from './mail-item';
import { outlookItemOf, readMessageOf } from './mail-item';

type Details = { displayName: string; emailAddress: string };
type Result<T> = { status: string; value: T; error?: { message: string } };

/** Office's enums as Office.js defines them (string values). */
const enums = {
  AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
  EventType: { RecipientsChanged: 'olkRecipientsChanged', ItemChanged: 'olkItemSelectedChanged' },
  MailboxEnums: { ItemType: { Message: 'message', Appointment: 'appointment' } },
};

/** What the tests read back from the mocked item. */
type MockItem = {
  to: { list: Details[] };
  cc: { list: Details[] };
  handlers: Record<string, (() => void) | undefined>;
};
type MockOffice = OfficeApi & { context: { mailbox: { item: MockItem } } };

function officeWith(item: object | null): MockOffice {
  // `host: 'outlook'` tells office-addin-mock to mock Outlook (no load/sync on properties).
  return new OfficeMockObject({
    host: 'outlook',
    context: { mailbox: item === null ? {} : { item } },
    ...enums,
  }) as unknown as MockOffice;
}

const readItem = (from: Details | null, subject: string) => ({
  itemType: 'message',
  from,
  subject,
  displayReplyForm: () => undefined,
});

/** A recipients field in compose mode: getAsync and addAsync over a list, failing when told to. */
function recipientsField(initial: Details[], options: { failGet?: string } = {}) {
  return {
    list: initial,
    getAsync(this: { list: Details[] }, callback: (result: Result<Details[]>) => void) {
      if (options.failGet !== undefined)
        callback({ status: 'failed', value: [], error: { message: options.failGet } });
      else callback({ status: 'succeeded', value: [...this.list] });
    },
    addAsync(
      this: { list: Details[] },
      recipients: Details[],
      callback: (result: Result<void>) => void,
    ) {
      this.list = [...this.list, ...recipients];
      callback({ status: 'succeeded', value: undefined });
    },
  };
}

function composeItem(
  to: Details[],
  cc: Details[],
  events: 'supported' | 'unsupported' | 'absent' = 'supported',
) {
  return {
    itemType: 'message',
    to: recipientsField(to),
    cc: recipientsField(cc),
    handlers: {} as Record<string, () => void>,
    ...(events === 'absent'
      ? {}
      : {
          addHandlerAsync(
            this: { handlers: Record<string, () => void> },
            eventType: string,
            handler: () => void,
            callback: (result: Result<void>) => void,
          ) {
            if (events === 'unsupported') {
              callback({ status: 'failed', value: undefined, error: { message: 'not supported' } });
              return;
            }
            this.handlers[eventType] = handler;
            callback({ status: 'succeeded', value: undefined });
          },
          removeHandlerAsync(this: { handlers: Record<string, () => void> }, eventType: string) {
            delete this.handlers[eventType];
          },
        }),
  };
}

const jan = { displayName: 'Jan Jansen', emailAddress: 'jan.jansen@example.nl' };
const anna = { displayName: 'Anna Smit', emailAddress: 'anna.smit@lindeburg.example' };
const vera = { displayName: 'Vera Visser', emailAddress: 'vera.visser@lindeburg.example' };

describe('outlookItemOf', () => {
  it('reads the sender and subject of a message open for reading', () => {
    const pane = outlookItemOf(officeWith(readItem(jan, 'Vraag over mijn paspoort')));
    expect(pane).toEqual({
      kind: 'read',
      message: {
        sender: { displayName: 'Jan Jansen', address: 'jan.jansen@example.nl' },
        subject: 'Vraag over mijn paspoort',
      },
    });
  });

  it('is compose mode when the recipients can be read asynchronously', () => {
    expect(outlookItemOf(officeWith(composeItem([anna], []))).kind).toBe('compose');
  });

  it('is no pane for appointments or without an item', () => {
    expect(
      outlookItemOf(officeWith({ ...readItem(jan, 'Overleg'), itemType: 'appointment' })).kind,
    ).toBe('none');
    expect(outlookItemOf(officeWith(null)).kind).toBe('none');
  });
});

describe('readMessageOf', () => {
  it('has no sender when Outlook gives none or an empty address, and an empty subject when missing', () => {
    expect(readMessageOf({ itemType: 'message', from: null, displayReplyForm: () => 0 })).toEqual({
      sender: null,
      subject: '',
    });
    expect(
      readMessageOf({
        itemType: 'message',
        from: { displayName: 'Onbekend', emailAddress: '' },
        subject: 'Hallo',
        displayReplyForm: () => 0,
      }).sender,
    ).toBeNull();
  });
});

describe('composeMessageOf (through outlookItemOf)', () => {
  function compose(item: ReturnType<typeof composeItem>) {
    const office = officeWith(item);
    const pane = outlookItemOf(office);
    if (pane.kind !== 'compose') throw new Error(`expected compose, got ${pane.kind}`);
    return { message: pane.message, mock: office.context.mailbox.item };
  }

  it('reads To and then Cc, each recipient with its field', async () => {
    const { message } = compose(composeItem([anna], [jan]));
    await expect(message.recipients()).resolves.toEqual([
      { displayName: 'Anna Smit', address: 'anna.smit@lindeburg.example', field: 'to' },
      { displayName: 'Jan Jansen', address: 'jan.jansen@example.nl', field: 'cc' },
    ]);
  });

  it('adds a recipient to the field asked for, through addAsync', async () => {
    const { message, mock } = compose(composeItem([anna], []));
    await message.addRecipient('cc', { displayName: 'Vera Visser', address: vera.emailAddress });
    expect(mock.cc.list).toEqual([vera]);
    expect(mock.to.list).toEqual([anna]);
    await expect(message.recipients()).resolves.toHaveLength(2);
  });

  it('rejects with Office’s message when reading fails', async () => {
    const item = composeItem([anna], []);
    item.cc = recipientsField([], { failGet: 'Het item is gesloten.' });
    const { message } = compose(item);
    await expect(message.recipients()).rejects.toThrow('Het item is gesloten.');
  });

  it('calls the listener on RecipientsChanged until it stops listening', async () => {
    const { message, mock } = compose(composeItem([anna], []));
    const listener = vi.fn();
    const stop = await message.onRecipientsChanged(listener);
    expect(stop).toBeTypeOf('function');
    mock.handlers.olkRecipientsChanged?.();
    expect(listener).toHaveBeenCalledTimes(1);
    stop?.();
    expect(mock.handlers.olkRecipientsChanged).toBeUndefined();
  });

  it('resolves to null where the host has no RecipientsChanged event (before Mailbox 1.7)', async () => {
    await expect(
      compose(composeItem([anna], [], 'unsupported')).message.onRecipientsChanged(vi.fn()),
    ).resolves.toBeNull();
    await expect(
      compose(composeItem([anna], [], 'absent')).message.onRecipientsChanged(vi.fn()),
    ).resolves.toBeNull();
  });
});
