// The Office.js seam of the Outlook add-in: which mode the open item is in, what a read message says
// (sender, subject), and a compose message's recipients (get, add, changed). Everything else in
// src/outlook works on the plain types below, so the panes never touch Office.js themselves.
//
// Office.js's shapes are declared structurally here (the parts used, as documented for Mailbox 1.1–1.7)
// rather than through @types/office-js, whose global `Office` declarations would clash with the app's
// own structural view of `window.Office` in src/app/host/detect-host.ts.

/** `Office.AsyncResult`: `status` is `Office.AsyncResultStatus.Succeeded` or `.Failed`. */
type AsyncResult<T> = { status: unknown; value: T; error?: { message?: string } | null };
type Callback<T> = (result: AsyncResult<T>) => void;

/** `Office.EmailAddressDetails`. */
type EmailAddressDetails = { displayName?: string; emailAddress?: string };

/** `Office.Recipients` (compose mode's `item.to` / `item.cc`). */
type OfficeRecipients = {
  getAsync: (callback: Callback<EmailAddressDetails[]>) => void;
  addAsync: (
    recipients: { displayName: string; emailAddress: string }[],
    callback: Callback<void>,
  ) => void;
};

/** `Office.MessageRead`, the parts used. */
export type OfficeMessageRead = {
  itemType: unknown;
  from?: EmailAddressDetails | null;
  subject?: unknown;
  displayReplyForm: (...args: never[]) => unknown;
};

/** `Office.MessageCompose`, the parts used. */
export type OfficeMessageCompose = {
  itemType: unknown;
  to: OfficeRecipients;
  cc: OfficeRecipients;
  addHandlerAsync?: (eventType: unknown, handler: () => void, callback: Callback<void>) => void;
  removeHandlerAsync?: (eventType: unknown, callback?: Callback<void>) => void;
};

/** The parts of the `Office` global the add-in uses (the real one from the CDN, or a mock in tests). */
export type OfficeApi = {
  context: { mailbox: { item?: unknown } };
  AsyncResultStatus: { Failed: unknown };
  EventType: { RecipientsChanged: unknown };
  MailboxEnums: { ItemType: { Message: unknown } };
};

export type RecipientField = 'to' | 'cc';

/** A name and address as Outlook gives them. The display name may be empty or the address itself. */
export type MailAddress = { displayName: string; address: string };

export type MailRecipient = MailAddress & { field: RecipientField };

/** What the read pane takes from an open message. */
export type ReadMessage = {
  /** Null when Outlook gives no sender (a draft opened in read mode, a message without From). */
  sender: MailAddress | null;
  subject: string;
};

/** A message being written: its recipients, read and added through Office.js. */
export type ComposeMessage = {
  /** To and Cc, in that order, as they are now. */
  recipients: () => Promise<MailRecipient[]>;
  addRecipient: (field: RecipientField, recipient: MailAddress) => Promise<void>;
  /**
   * Calls `listener` whenever To, Cc or Bcc change (Mailbox 1.7 and later). Resolves to a function that
   * stops listening, or to null where the host does not support the event.
   */
  onRecipientsChanged: (listener: () => void) => Promise<(() => void) | null>;
};

/** The open item in the mode the add-in was opened for. */
export type OutlookItem =
  | { kind: 'read'; message: ReadMessage }
  | { kind: 'compose'; message: ComposeMessage }
  | { kind: 'none' };

/** Office's async callback as a promise; a failed result rejects with Office's own message. */
function officeCall<T>(office: OfficeApi, start: (callback: Callback<T>) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    start((result) => {
      if (result.status === office.AsyncResultStatus.Failed)
        reject(new Error(result.error?.message ?? 'Office.js call failed'));
      else resolve(result.value);
    });
  });
}

function addressOf(details: EmailAddressDetails): MailAddress {
  return { displayName: details.displayName ?? '', address: details.emailAddress ?? '' };
}

/**
 * The sender and subject of a message open for reading.
 * @example readMessageOf(item) // { sender: { displayName: 'Jan Jansen', address: 'jan@example.nl' }, subject: 'Paspoort' }
 */
export function readMessageOf(item: OfficeMessageRead): ReadMessage {
  const sender = item.from == null ? null : addressOf(item.from);
  return {
    sender: sender === null || sender.address.trim() === '' ? null : sender,
    subject: typeof item.subject === 'string' ? item.subject : '',
  };
}

/** Recipients of a message being written, through `item.to` / `item.cc` (getAsync, addAsync, events). */
export function composeMessageOf(office: OfficeApi, item: OfficeMessageCompose): ComposeMessage {
  const fieldOf = (field: RecipientField): OfficeRecipients => (field === 'to' ? item.to : item.cc);
  const read = async (field: RecipientField): Promise<MailRecipient[]> => {
    const found = await officeCall<EmailAddressDetails[]>(office, (callback) =>
      fieldOf(field).getAsync(callback),
    );
    return found
      .map((details) => ({ ...addressOf(details), field }))
      .filter((recipient) => recipient.address !== '');
  };
  return {
    recipients: async () => [...(await read('to')), ...(await read('cc'))],
    addRecipient: async (field, recipient) => {
      await officeCall<void>(office, (callback) =>
        fieldOf(field).addAsync(
          [{ displayName: recipient.displayName, emailAddress: recipient.address }],
          callback,
        ),
      );
    },
    onRecipientsChanged: async (listener) => {
      const { addHandlerAsync, removeHandlerAsync } = item;
      if (typeof addHandlerAsync !== 'function') return null; // before Mailbox 1.7
      try {
        await officeCall<void>(office, (callback) =>
          addHandlerAsync.call(
            item,
            office.EventType.RecipientsChanged,
            () => listener(),
            callback,
          ),
        );
      } catch {
        return null; // the host knows the method but not this event
      }
      return () => {
        if (typeof removeHandlerAsync === 'function')
          removeHandlerAsync.call(item, office.EventType.RecipientsChanged);
      };
    },
  };
}

/**
 * The open item and its mode. A message being written has recipient objects with `getAsync`; one
 * open for reading has `displayReplyForm`. Appointments and "no item" (a pinned pane with nothing
 * selected) are 'none'.
 */
export function outlookItemOf(office: OfficeApi): OutlookItem {
  const item = office.context.mailbox.item as
    (Partial<OfficeMessageCompose> & Partial<OfficeMessageRead>) | null | undefined;
  if (item == null || item.itemType !== office.MailboxEnums.ItemType.Message)
    return { kind: 'none' };
  if (typeof item.to?.getAsync === 'function' && typeof item.cc?.getAsync === 'function')
    return { kind: 'compose', message: composeMessageOf(office, item as OfficeMessageCompose) };
  if (typeof item.displayReplyForm === 'function')
    return { kind: 'read', message: readMessageOf(item as OfficeMessageRead) };
  return { kind: 'none' };
}
