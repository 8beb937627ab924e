/**
 * A moment on the global time line, as epoch milliseconds (UTC). Branded so that a bare number
 * (minutes, a duration, an hour of the day) cannot be passed where a moment is meant.
 */
export type Instant = number & { readonly __brand: 'Instant' };

/** A length of time in milliseconds. */
export type DurationMs = number;

export const MINUTE_MS: DurationMs = 60_000;
export const HOUR_MS: DurationMs = 60 * MINUTE_MS;
export const DAY_MS: DurationMs = 24 * HOUR_MS;

/**
 * Marks epoch milliseconds as an instant.
 * @example instantFromEpochMs(0) // 1970-01-01T00:00:00Z
 */
export const instantFromEpochMs = (epochMs: number): Instant => epochMs as Instant;

/**
 * Parses an ISO 8601 date-time with an offset or `Z`; returns null when it is not one.
 * A date-time without an offset is ambiguous and is rejected (the graph layer must say which zone).
 * @example instantFromIso('2026-03-29T01:00:00Z') // 1774746000000
 * @example instantFromIso('2026-03-29T03:00:00') // null (no offset)
 */
export const instantFromIso = (iso: string): Instant | null => {
  if (!/(?:Z|[+-]\d{2}:?\d{2})$/i.test(iso.trim())) return null;
  const epochMs = Date.parse(iso);
  return Number.isFinite(epochMs) ? instantFromEpochMs(epochMs) : null;
};

/**
 * The instant as an ISO 8601 UTC string.
 * @example isoFromInstant(instantFromEpochMs(0)) // '1970-01-01T00:00:00.000Z'
 */
export const isoFromInstant = (instant: Instant): string => new Date(instant).toISOString();

/**
 * The instant moved by a duration.
 * @example instantPlus(instantFromEpochMs(0), 15 * MINUTE_MS) // 900000
 */
export const instantPlus = (instant: Instant, durationMs: DurationMs): Instant =>
  instantFromEpochMs(instant + durationMs);

/**
 * The earlier of two instants.
 * @example earlierInstant(a, b) // a when a <= b
 */
export const earlierInstant = (a: Instant, b: Instant): Instant => (a <= b ? a : b);

/**
 * The later of two instants.
 * @example laterInstant(a, b) // b when a <= b
 */
export const laterInstant = (a: Instant, b: Instant): Instant => (a >= b ? a : b);
