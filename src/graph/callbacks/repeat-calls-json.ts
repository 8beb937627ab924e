// The RepeatCalls column's JSON ⇄ the domain's repeat calls ("inwoner belde opnieuw").
import type { CallbackRepeatCall } from '../../domain/callbacks';
import { instantFromEpochMs } from '../../domain/time';
import { jsonColumnEntries } from './json-column';

/**
 * The column's JSON as repeat calls; entries that do not parse are dropped (a hand-edited row must not break the
 * screen).
 * @example repeatCallsFromJson('[{"id":"f-2","at":"2026-12-01T10:00:00Z","byId":"u1"}]').length // 1
 */
export function repeatCallsFromJson(json: string | null): CallbackRepeatCall[] {
  return jsonColumnEntries(json).flatMap((record): CallbackRepeatCall[] => {
    const at = typeof record.at === 'string' ? Date.parse(record.at) : Number.NaN;
    if (Number.isNaN(at) || typeof record.id !== 'string' || typeof record.byId !== 'string')
      return [];
    return [{ id: record.id, at: instantFromEpochMs(at), byId: record.byId }];
  });
}

/** Repeat calls as the JSON kept in the list (ISO instants, readable in the list too); null when none. */
export function repeatCallsToJson(calls: readonly CallbackRepeatCall[]): string | null {
  if (calls.length === 0) return null;
  return JSON.stringify(
    calls.map((call) => ({ id: call.id, at: new Date(call.at).toISOString(), byId: call.byId })),
  );
}
