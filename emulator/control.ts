// Test and benchmark controls: injected latency, throttling and faults, and the log of Graph requests received.
import { GraphHttpError } from './http';

export type RateOrCount = { rate: number; next: number };

export type FaultSettings = {
  latencyMs: number;
  throttle: RateOrCount & { retryAfterSeconds: number };
  fault: RateOrCount;
  /**
   * Writes (POST, PATCH, PUT, DELETE; not `$batch` itself) that are carried out and committed, and then answered
   * 504 instead of their result: the answer that a gateway lost. A client that repeats such a write blindly
   * stores it twice.
   */
  commitThenFail: RateOrCount;
  /**
   * How long each Outlook request (calendar, getSchedule, mail tips, mail, mailbox settings) takes inside the
   * mailbox, holding one of its 4 concurrent slots; 0 = answered at once, so requests never overlap.
   */
  mailboxLatencyMs: number;
  /** Only requests whose path (with query) contains this are affected; null = all. */
  pathContains: string | null;
};

export type RequestKind = 'top' | 'sub';

export type LoggedRequest = {
  at: string;
  method: string;
  path: string;
  status: number;
  kind: RequestKind;
  upn: string | null;
};

/** Deterministic PRNG (mulberry32) so that a rate gives the same sequence after each POST /_emulator/faults. */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function noFaults(): FaultSettings {
  return {
    latencyMs: 0,
    throttle: { rate: 0, next: 0, retryAfterSeconds: 1 },
    fault: { rate: 0, next: 0 },
    commitThenFail: { rate: 0, next: 0 },
    mailboxLatencyMs: 0,
    pathContains: null,
  };
}

function readNumber(value: unknown, name: string, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    throw new GraphHttpError(
      400,
      'BadRequest',
      `'${name}' must be a number from ${min} to ${max}.`,
    );
  }
  return value;
}

function readRateOrCount(
  value: unknown,
  name: string,
): Partial<RateOrCount> & { retryAfterSeconds?: number } {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object')
    throw new GraphHttpError(400, 'BadRequest', `'${name}' must be an object.`);
  const record = value as Record<string, unknown>;
  const result: Partial<RateOrCount> & { retryAfterSeconds?: number } = {};
  const rate = readNumber(record.rate, `${name}.rate`, 0, 1);
  const next = readNumber(record.next, `${name}.next`, 0, 1_000_000);
  const retryAfterSeconds = readNumber(
    record.retryAfterSeconds,
    `${name}.retryAfterSeconds`,
    0,
    3600,
  );
  if (rate !== undefined) result.rate = rate;
  if (next !== undefined) result.next = Math.floor(next);
  if (retryAfterSeconds !== undefined) result.retryAfterSeconds = retryAfterSeconds;
  return result;
}

/** Validates a POST /_emulator/faults body into settings (400 on nonsense). */
export function parseFaultSettings(body: unknown): FaultSettings {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new GraphHttpError(
      400,
      'BadRequest',
      'Expected a JSON object with latencyMs, throttle, fault, commitThenFail, mailboxLatencyMs and/or pathContains.',
    );
  }
  const record = body as Record<string, unknown>;
  const settings = noFaults();
  settings.latencyMs = readNumber(record.latencyMs, 'latencyMs', 0, 60_000) ?? 0;
  const throttle = readRateOrCount(record.throttle, 'throttle');
  settings.throttle = { ...settings.throttle, ...throttle };
  const { rate, next } = readRateOrCount(record.fault, 'fault');
  settings.fault = { rate: rate ?? 0, next: next ?? 0 };
  const committed = readRateOrCount(record.commitThenFail, 'commitThenFail');
  settings.commitThenFail = { rate: committed.rate ?? 0, next: committed.next ?? 0 };
  settings.mailboxLatencyMs =
    readNumber(record.mailboxLatencyMs, 'mailboxLatencyMs', 0, 60_000) ?? 0;
  if (record.pathContains !== undefined && record.pathContains !== null) {
    if (typeof record.pathContains !== 'string')
      throw new GraphHttpError(400, 'BadRequest', "'pathContains' must be a string.");
    settings.pathContains = record.pathContains;
  }
  return settings;
}

export type InjectedOutcome =
  { kind: 'pass' } | { kind: 'throttled'; retryAfterSeconds: number } | { kind: 'fault' };

/** Holds the fault settings and decides, request by request, whether one is throttled or fails. */
export class FaultInjector {
  private settings: FaultSettings = noFaults();
  private random = createRandom(1);

  configure(settings: FaultSettings, seed = 1): void {
    this.settings = settings;
    this.random = createRandom(seed);
  }

  clear(): void {
    this.configure(noFaults());
  }

  current(): FaultSettings {
    return structuredClone(this.settings);
  }

  /** Latency to wait before answering a request with this path. */
  latencyFor(path: string): number {
    return this.applies(path) ? this.settings.latencyMs : 0;
  }

  /** Decides the fate of one request (a top-level call or one $batch sub-request); counts down `next`. */
  decide(path: string): InjectedOutcome {
    if (!this.applies(path)) return { kind: 'pass' };
    const { throttle, fault } = this.settings;
    if (throttle.next > 0) {
      throttle.next--;
      return { kind: 'throttled', retryAfterSeconds: throttle.retryAfterSeconds };
    }
    if (fault.next > 0) {
      fault.next--;
      return { kind: 'fault' };
    }
    if (throttle.rate > 0 && this.random() < throttle.rate)
      return { kind: 'throttled', retryAfterSeconds: throttle.retryAfterSeconds };
    if (fault.rate > 0 && this.random() < fault.rate) return { kind: 'fault' };
    return { kind: 'pass' };
  }

  /** Latency of one Outlook request inside its mailbox. */
  mailboxLatency(path: string): number {
    return this.applies(path) ? this.settings.mailboxLatencyMs : 0;
  }

  /**
   * Whether the committed answer of this write is to be replaced by a 504 (counts down `next`). Asked only after
   * the write succeeded, so that the store holds what a lost answer leaves behind.
   */
  losesAnswer(method: string, path: string): boolean {
    if (method === 'GET' || /^\/v1\.0\/\$batch(\?|$)/i.test(path) || !this.applies(path))
      return false;
    const { commitThenFail } = this.settings;
    if (commitThenFail.next > 0) {
      commitThenFail.next--;
      return true;
    }
    return commitThenFail.rate > 0 && this.random() < commitThenFail.rate;
  }

  private applies(path: string): boolean {
    return this.settings.pathContains === null || path.includes(this.settings.pathContains);
  }
}

/**
 * What a gateway answers when the service behind it committed but its answer did not arrive in time.
 * https://learn.microsoft.com/en-us/graph/errors (504 Gateway Timeout; `generalException` is the documented code
 * for an unspecified error).
 */
export function lostAnswerError(): GraphHttpError {
  return new GraphHttpError(
    504,
    'generalException',
    'The gateway did not receive a timely response from the service.',
  );
}

/** The error Graph answers for an injected outcome. */
export function injectedError(outcome: Exclude<InjectedOutcome, { kind: 'pass' }>): GraphHttpError {
  if (outcome.kind === 'throttled') {
    return new GraphHttpError(
      429,
      'TooManyRequests',
      'Too many requests. Retry after the number of seconds in the Retry-After header.',
      { 'Retry-After': String(outcome.retryAfterSeconds) },
    );
  }
  return new GraphHttpError(
    503,
    'serviceNotAvailable',
    'The service is temporarily unavailable. Please retry later.',
  );
}

const maxLoggedRequests = 10_000;

/** Graph requests received, newest last; capped so a long benchmark cannot exhaust memory. */
export class RequestLog {
  private entries: LoggedRequest[] = [];
  private total = 0;

  add(entry: LoggedRequest): void {
    this.total++;
    this.entries.push(entry);
    if (this.entries.length > maxLoggedRequests)
      this.entries.splice(0, this.entries.length - maxLoggedRequests);
  }

  clear(): void {
    this.entries = [];
    this.total = 0;
  }

  snapshot(): { count: number; requests: LoggedRequest[] } {
    return { count: this.total, requests: [...this.entries] };
  }
}
