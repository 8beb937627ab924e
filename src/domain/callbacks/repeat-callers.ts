// Repeat callers: a citizen who calls again about a request that is still open or was closed only
// recently. Recognised by an exact, normalised phone number or e-mail address — never a partial
// match, so the lookup cannot be used to search through citizens.
import type { Instant } from '../time';
import { localDateAt, startOfLocalDate } from '../time';
import type { WorkingDayCalendar } from '../working-days';
import { addWorkingDays } from '../working-days';
import type { CallbackCitizen, CallbackRepeatCall, CallbackRequest } from './callback-request';
import { isPlausibleEmail } from './callback-validation';

/** How far back a closed request still counts as "recent" for a repeat call, in working days. */
export const REPEAT_WINDOW_WORKING_DAYS = 10;

/** The normalised values a request is looked up by; null where the citizen gave none (or it was removed). */
export type CitizenContactKeys = { phone: string | null; email: string | null };

const E164 = /^\+[1-9]\d{6,14}$/;

/**
 * The lookup key of a phone number: its E.164 form, which is what the app stores (the feature parses
 * what the agent types with libphonenumber first); anything else is no key, so a hand-edited row
 * never matches by accident.
 * @example phoneKeyOf('+31612345678') // '+31612345678'
 * @example phoneKeyOf('+31 6 12345678') // null (not E.164)
 */
export function phoneKeyOf(e164: string | null): string | null {
  if (e164 === null) return null;
  const trimmed = e164.trim();
  return E164.test(trimmed) ? trimmed : null;
}

/**
 * The lookup key of an e-mail address: trimmed and in lower case (mail systems treat addresses without
 * regard to case); nothing else is changed (no dots or "+tags" removed: exact match only).
 * @example emailKeyOf(' J.Jansen@Example.NL ') // 'j.jansen@example.nl'
 * @example emailKeyOf('j.jansen@example') // null
 */
export function emailKeyOf(email: string | null): string | null {
  if (email === null) return null;
  const trimmed = email.trim();
  return isPlausibleEmail(trimmed) ? trimmed.toLowerCase() : null;
}

/**
 * Both keys of a citizen.
 * @example contactKeysOf({ name: 'Jan', phone: '+31612345678', email: 'Jan@X.nl' }) // { phone: '+31612345678', email: 'jan@x.nl' }
 */
export const contactKeysOf = (citizen: CallbackCitizen): CitizenContactKeys => ({
  phone: phoneKeyOf(citizen.phone),
  email: emailKeyOf(citizen.email),
});

/** Whether there is anything to look up. */
export const hasContactKey = (keys: CitizenContactKeys): boolean =>
  keys.phone !== null || keys.email !== null;

/**
 * The earliest close that still counts as recent at `now`: the start of the day 10 working days before
 * today (Europe/Amsterdam), so "the last 10 working days" are today and the ten working days before it.
 * @example repeatWindowStart(wed2Dec1000, STATUTORY_CALENDAR) // start of Wed 18 Nov
 */
export function repeatWindowStart(now: Instant, calendar: WorkingDayCalendar): Instant {
  return startOfLocalDate(addWorkingDays(localDateAt(now), -REPEAT_WINDOW_WORKING_DAYS, calendar));
}

/**
 * Whether a stored request belongs to the same citizen by an exact key and is open or closed since
 * `windowStart` (both conditions: the query finds by key, this keeps what the agent is shown right).
 */
export function isRecentRequestOf(
  request: CallbackRequest,
  keys: CitizenContactKeys,
  windowStart: Instant,
): boolean {
  const own = contactKeysOf(request.citizen);
  const sameCitizen =
    (keys.phone !== null && own.phone === keys.phone) ||
    (keys.email !== null && own.email === keys.email);
  if (!sameCitizen) return false;
  if (request.status === 'open') return true;
  return request.closedAt !== null && request.closedAt >= windowStart;
}

/**
 * The earlier requests to show the agent: matching and recent, open ones first, then the most recent.
 * @example earlierRequestsOf(found, keys, windowStart).map((r) => r.id) // ['open-1', 'closed-yesterday']
 */
export function earlierRequestsOf(
  requests: readonly CallbackRequest[],
  keys: CitizenContactKeys,
  windowStart: Instant,
): CallbackRequest[] {
  return requests
    .filter((request) => isRecentRequestOf(request, keys, windowStart))
    .sort(
      (a, b) =>
        Number(b.status === 'open') - Number(a.status === 'open') ||
        b.madeAt - a.madeAt ||
        (a.id < b.id ? -1 : 1),
    );
}

/**
 * The request with the citizen's repeat call noted; unchanged when that call is already there (a retry).
 * @example addRepeatCall(request, call).repeatCalls?.length // 1, and still 1 after adding it again
 */
export function addRepeatCall(request: CallbackRequest, call: CallbackRepeatCall): CallbackRequest {
  const known = request.repeatCalls ?? [];
  if (known.some((existing) => existing.id === call.id)) return request;
  return { ...request, repeatCalls: [...known, call] };
}
