// List item fields: each value checked against its column, read-only fields, unique values.
import { GraphHttpError } from '../../http';
import type { EmulatorState, StoredColumn, StoredList } from '../../store';
import { isRecord } from '../resource-helpers';
import { columnByName, invalid } from './resolution';

/** SharePoint stores dateTime fields in UTC without fractions: "2026-11-30T08:00:00Z". */
function normaliseDateTime(value: string, name: string): string {
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime()) || !/^\d{4}-\d{2}-\d{2}/.test(value))
    throw invalid(`The value '${value}' of field '${name}' is not a valid date and time.`);
  return instant.toISOString().replace(/\.\d+Z$/, 'Z');
}

/** What a multi-line plain-text column holds at most, whatever its `maxLength`. */
export const multiLineTextMaxLength = 63_999;

function fieldValue(column: StoredColumn, value: unknown): unknown {
  const name = column.name;
  if (value === null || value === '') {
    if (column.required === true) throw invalid(`Field '${name}' is required.`);
    return null;
  }
  if (isRecord(column.text)) {
    if (typeof value !== 'string') throw invalid(`The value of field '${name}' must be text.`);
    // textColumn.maxLength applies to a single line of text (at most 255); SharePoint ignores it for multiple lines
    // of text, which hold up to 63,999 characters in a plain-text column whatever the definition says
    // (https://learn.microsoft.com/graph/api/resources/textcolumn).
    const maxLength =
      column.text.allowMultipleLines === true
        ? multiLineTextMaxLength
        : typeof column.text.maxLength === 'number'
          ? column.text.maxLength
          : 255;
    if (value.length > maxLength)
      throw invalid(
        `The value of field '${name}' exceeds the maximum length of ${maxLength} characters.`,
      );
    if (column.text.allowMultipleLines !== true && /[\r\n]/.test(value))
      throw invalid(`Field '${name}' is a single line of text.`);
    return value;
  }
  if (isRecord(column.choice)) {
    const choices = Array.isArray(column.choice.choices)
      ? (column.choice.choices as unknown[])
      : [];
    if (
      typeof value !== 'string' ||
      (column.choice.allowTextEntry !== true && !choices.includes(value))
    ) {
      throw invalid(
        `The value ${JSON.stringify(value)} is not one of the choices of field '${name}'.`,
      );
    }
    return value;
  }
  if (isRecord(column.number)) {
    const number =
      typeof value === 'number'
        ? value
        : typeof value === 'string' && value.trim() !== ''
          ? Number(value)
          : Number.NaN;
    if (!Number.isFinite(number))
      throw invalid(`The value ${JSON.stringify(value)} of field '${name}' is not a number.`);
    return number;
  }
  if (isRecord(column.boolean)) {
    if (typeof value !== 'boolean')
      throw invalid(`The value of field '${name}' must be true or false.`);
    return value;
  }
  if (isRecord(column.dateTime)) {
    if (typeof value !== 'string')
      throw invalid(`The value of field '${name}' must be a date and time.`);
    return normaliseDateTime(value, name);
  }
  return value;
}

const readOnlyFieldNames = new Set([
  'id',
  'ID',
  'ContentType',
  'Created',
  'Modified',
  'Author',
  'Editor',
  '_UIVersionString',
  'Attachments',
  '@odata.etag',
]);

/** Validated field values for a write; `mode: 'create'` also checks required columns. */
export function validatedFields(
  list: StoredList,
  input: unknown,
  mode: 'create' | 'update',
): Record<string, unknown> {
  if (!isRecord(input)) throw invalid("The request body must contain a 'fields' object.");
  const result: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(input)) {
    if (name.startsWith('@odata.')) continue;
    const column = columnByName(list, name);
    if (!column) {
      if (readOnlyFieldNames.has(name)) throw invalid(`Field '${name}' is read-only.`);
      throw invalid(`Field '${name}' is not recognized`);
    }
    if (column.readOnly === true) throw invalid(`Field '${name}' is read-only.`);
    result[name] = fieldValue(column, value);
  }
  if (mode === 'create') {
    for (const column of list.columns) {
      if (
        column.required === true &&
        (result[column.name] === undefined || result[column.name] === null)
      )
        throw invalid(`Field '${column.name}' is required.`);
    }
  }
  return result;
}

/**
 * What `enforceUniqueValues` compares: text ignoring case, as SharePoint does; empty values never clash (null).
 * @example uniqueValueKey('REQ-1') === uniqueValueKey('req-1') // true
 */
export function uniqueValueKey(value: unknown): unknown {
  if (value === null || value === undefined || value === '') return null;
  return typeof value === 'string' ? value.toLowerCase() : value;
}

/**
 * Refuses a write that would give two items of the list the same value in a column with `enforceUniqueValues`
 * (compared as SharePoint does for text: ignoring case). SharePoint's own message (SPDuplicateValuesFoundException);
 * Graph's status for it is not documented, so the demo tenant takes the safe side: 409 Conflict, which a caller must
 * handle (the callback store looks the request up by its RequestId then).
 */
export function assertUniqueValues(
  state: EmulatorState,
  list: StoredList,
  fields: Record<string, unknown>,
  itemId: string | null,
): void {
  const duplicates = list.columns.filter((column) => {
    if (column.enforceUniqueValues !== true) return false;
    const key = uniqueValueKey(fields[column.name]);
    if (key === null) return false;
    return state.items.some(
      (item) =>
        item.listId === list.id &&
        item.id !== itemId &&
        uniqueValueKey(item.fields[column.name]) === key,
    );
  });
  if (duplicates.length > 0)
    throw new GraphHttpError(
      409,
      'nameAlreadyExists',
      `The list item could not be added or updated because duplicate values were found in the following field(s) in the list: ${duplicates.map((column) => `[${column.name}]`).join(', ')}.`,
    );
}
