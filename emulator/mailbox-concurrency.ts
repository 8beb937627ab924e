// Outlook's concurrency limit: at most 4 requests of one app in one mailbox at once, `$batch` sub-requests included
// (https://learn.microsoft.com/en-us/graph/throttling-limits#outlook-service-limits). One more is refused with 429.
// Inside one `$batch` Graph itself runs at most 4 Outlook sub-requests in parallel ("Outlook service limits for
// JSON batching" on the same page), so a batch alone never exceeds the limit; two batches at once can.
import { GraphHttpError } from './http';

export const mailboxConcurrencyLimit = 4;

/**
 * Seconds Graph asks to wait after a MailboxConcurrency refusal. The page does not name a value; one second is
 * about how long the requests ahead take to finish.
 */
export const mailboxConcurrencyRetryAfterSeconds = 1;

const outlookPath =
  /^\/users\/([^/]+)\/(calendar|calendars|calendargroups|calendarview|events|mailboxsettings|getmailtips|sendmail|messages|mailfolders|contacts|contactfolders|people|photo|photos|outlook|findmeetingtimes)(\/|$)/i;

/**
 * The mailbox owner (id or UPN as written) of an Outlook request, from a path with `/me` already rewritten to
 * `/users/{id}`; null for requests Outlook does not serve (directory, presence, SharePoint).
 * @example outlookMailboxOwner('/users/42/calendar/getSchedule') // '42'
 */
export function outlookMailboxOwner(path: string): string | null {
  const match = outlookPath.exec(path.split('?')[0] ?? '');
  if (match === null) return null;
  try {
    return decodeURIComponent(match[1] ?? '');
  } catch {
    return match[1] ?? null;
  }
}

/**
 * The answer Graph gives for a request over the limit. The throttling page documents the limit, not the body; this
 * is the body Graph is reported to send (Microsoft Q&A, "Application is over its MailboxConcurrency limit.",
 * https://learn.microsoft.com/en-us/answers/questions/734143/mailboxconcurrency-limit-throttling-exception).
 */
export function mailboxConcurrencyError(): GraphHttpError {
  return new GraphHttpError(
    429,
    'ApplicationThrottled',
    'Application is over its MailboxConcurrency limit.',
    { 'Retry-After': String(mailboxConcurrencyRetryAfterSeconds) },
  );
}

/** Outlook requests under way per mailbox. */
export class MailboxConcurrency {
  private readonly inFlight = new Map<string, number>();

  /** Takes a slot in the mailbox, or answers false when all 4 are taken. */
  tryEnter(mailbox: string): boolean {
    const count = this.inFlight.get(mailbox) ?? 0;
    if (count >= mailboxConcurrencyLimit) return false;
    this.inFlight.set(mailbox, count + 1);
    return true;
  }

  leave(mailbox: string): void {
    const count = (this.inFlight.get(mailbox) ?? 1) - 1;
    if (count <= 0) this.inFlight.delete(mailbox);
    else this.inFlight.set(mailbox, count);
  }
}

/** Runs tasks at most `limit` at a time (Graph's own cap on Outlook sub-requests in one batch). */
export class TaskLimiter {
  private running = 0;
  private readonly queue: Array<() => void> = [];

  constructor(private readonly limit: number) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.limit)
      await new Promise<void>((resolve) => {
        this.queue.push(resolve);
      });
    this.running++;
    try {
      return await task();
    } finally {
      this.running--;
      this.queue.shift()?.();
    }
  }
}
