// List items ⇄ typed records, driven by the one list schema (schema/lists.ts): column kinds decide the mapping.
import type { ListItem } from '@microsoft/microsoft-graph-types';
import type { ColumnSpec, ListSpec } from '../../../schema/lists';
import { instantFromEpochMs, instantFromIso, isoFromInstant } from '../../domain/time';
import type { Instant } from '../../domain/time';

type ColumnValue<C extends ColumnSpec> = C['kind'] extends 'number'
  ? number
  : C['kind'] extends 'boolean'
    ? boolean
    : C['kind'] extends 'dateTime'
      ? Instant
      : string;

/** The typed fields of a list: required columns always hold a value, optional ones may be null. */
export type ListFields<S extends ListSpec> = {
  [C in S['columns'][number] as C['name']]: C['required'] extends 'required'
    ? ColumnValue<C>
    : ColumnValue<C> | null;
};

/** One list item as a typed record. */
export type ListRecord<S extends ListSpec> = {
  id: string;
  /** For `If-Match` on updates; null when the item came without one. */
  eTag: string | null;
  fields: ListFields<S>;
  /** Who changed the item last and when (SharePoint's lastModifiedBy), when Graph sent it. */
  lastModified?: LastModified;
};

/** The last change to an item: who (their id and name as SharePoint knows them) and when. */
export type LastModified = { byId: string | null; byName: string | null; at: Instant | null };

function columnValueFrom(column: ColumnSpec, raw: unknown): unknown {
  if (raw === null || raw === undefined || raw === '') return null;
  switch (column.kind) {
    case 'dateTime':
      return typeof raw === 'string' ? instantFromIso(raw) : null;
    case 'number': {
      const number = typeof raw === 'number' ? raw : Number(raw);
      return Number.isFinite(number) ? number : null;
    }
    case 'boolean':
      return raw === true || raw === 1 || (typeof raw === 'string' && /^(1|true)$/i.test(raw));
    default:
      return typeof raw === 'string' ? raw : typeof raw === 'number' ? String(raw) : null;
  }
}

/**
 * A Graph list item (with `fields` expanded) as a typed record; null when a required column is missing or
 * unreadable, so a hand-edited bad row is skipped rather than crashing the screen.
 * @example recordFromListItem(absencesList, { id: '1', fields: { Title: 'Eva', PersonId: 'p1', StartsAt: '2026-11-23T08:00:00Z' } })
 * // { id: '1', eTag: null, fields: { Title: 'Eva', PersonId: 'p1', StartsAt: 1795420800000, ExpectedUntil: null, … } }
 */
export function recordFromListItem<S extends ListSpec>(
  spec: S,
  item: ListItem,
): ListRecord<S> | null {
  if (typeof item.id !== 'string') return null;
  const raw = (item.fields ?? {}) as Record<string, unknown>;
  const fields: Record<string, unknown> = {};
  for (const column of spec.columns) {
    const value = columnValueFrom(column, raw[column.name]);
    if (value === null && column.required === 'required') return null;
    fields[column.name] = value;
  }
  const by = item.lastModifiedBy?.user;
  const at =
    typeof item.lastModifiedDateTime === 'string' ? Date.parse(item.lastModifiedDateTime) : NaN;
  return {
    id: item.id,
    eTag: typeof item.eTag === 'string' ? item.eTag : null,
    fields: fields as ListFields<S>,
    ...(by === undefined || by === null
      ? {}
      : {
          lastModified: {
            byId: by.id ?? null,
            byName: by.displayName ?? null,
            at: Number.isNaN(at) ? null : instantFromEpochMs(at),
          },
        }),
  };
}

/** A value longer than its column allows (schema `maxLength`); nothing was written. */
export class FieldTooLongError extends Error {
  override readonly name = 'FieldTooLongError';
  constructor(
    readonly list: string,
    readonly column: string,
    readonly maxLength: number,
    readonly length: number,
  ) {
    super(`${list}.${column} takes at most ${maxLength} characters; this value has ${length}.`);
  }
}

/**
 * Typed fields as the `fields` object of a create or update: instants as SharePoint's UTC ISO form, nulls kept
 * (an update clears the column), columns not in the spec dropped. Text longer than the schema's maxLength throws
 * FieldTooLongError: SharePoint ignores maxLength on multi-line text, so this is where that limit holds.
 * @example fieldsForListItem(absencesList, { PersonId: 'p1', ExpectedUntil: null }) // { PersonId: 'p1', ExpectedUntil: null }
 */
export function fieldsForListItem<S extends ListSpec>(
  spec: S,
  fields: Partial<ListFields<S>>,
): Record<string, unknown> {
  const input = fields as Record<string, unknown>;
  const result: Record<string, unknown> = {};
  for (const column of spec.columns) {
    if (!(column.name in input)) continue;
    const value = input[column.name];
    if (value === null || value === undefined) result[column.name] = null;
    else if (
      typeof value === 'string' &&
      column.maxLength !== undefined &&
      value.length > column.maxLength
    )
      throw new FieldTooLongError(spec.name, column.name, column.maxLength, value.length);
    else if (column.kind === 'dateTime')
      result[column.name] = isoFromInstant(value as Instant).replace(/\.\d+Z$/, 'Z');
    else result[column.name] = value;
  }
  return result;
}
