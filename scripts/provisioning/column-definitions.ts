// Graph's columnDefinition for a column of the list schema, and what differs between an existing column and the
// schema: what provisioning creates and how it brings a column in line.
import type { ColumnSpec } from '../../schema/lists';

/** Graph's columnDefinition, as far as provisioning reads and writes it. */
export type GraphColumn = {
  id?: string;
  name?: string;
  displayName?: string;
  required?: boolean;
  indexed?: boolean;
  enforceUniqueValues?: boolean;
  text?: { allowMultipleLines?: boolean; maxLength?: number; [setting: string]: unknown };
  choice?: { choices?: string[]; [setting: string]: unknown };
  dateTime?: object;
  number?: object;
  boolean?: object;
};

/**
 * The Graph columnDefinition for a column of the schema.
 * @example columnDefinitionFor({ name: 'Status', displayName: 'Status', kind: 'choice', required: 'required', indexed: 'indexed', choices: ['open', 'done'] })
 * // { name: 'Status', displayName: 'Status', required: true, indexed: true, choice: { choices: ['open', 'done'], allowTextEntry: false, displayAs: 'dropDownMenu' } }
 */
export function columnDefinitionFor(column: ColumnSpec): GraphColumn & Record<string, unknown> {
  const base = {
    name: column.name,
    displayName: column.displayName,
    required: column.required === 'required',
    indexed: column.indexed === 'indexed',
    // Requires the index (columnDefinition docs); sent together with it.
    ...(column.uniqueValues === 'enforced' ? { enforceUniqueValues: true } : {}),
  };
  switch (column.kind) {
    case 'text':
      return { ...base, text: { allowMultipleLines: false, maxLength: column.maxLength ?? 255 } };
    case 'multilineText':
      // No maxLength: SharePoint ignores it for multiple lines of text; the app checks the schema's length itself.
      return {
        ...base,
        text: { allowMultipleLines: true, textType: 'plain', linesForEditing: 6 },
      };
    case 'dateTime':
      return { ...base, dateTime: { format: 'dateTime', displayAs: 'default' } };
    case 'number':
      return { ...base, number: {} };
    case 'boolean':
      return { ...base, boolean: {} };
    case 'choice':
      return {
        ...base,
        choice: {
          choices: [...(column.choices ?? [])],
          allowTextEntry: false,
          displayAs: 'dropDownMenu',
        },
      };
  }
}

/** The type facet a column kind is stored under in Graph. */
function facetOf(column: ColumnSpec): 'text' | 'choice' | 'dateTime' | 'number' | 'boolean' {
  return column.kind === 'multilineText' ? 'text' : column.kind;
}

/**
 * What differs between an existing column and the schema, as the PATCH body that fixes it; null when equal.
 * A column of another type cannot be changed in place (its data would not convert): that is an error.
 */
export function columnChanges(
  existing: GraphColumn,
  column: ColumnSpec,
): Record<string, unknown> | null {
  const facet = facetOf(column);
  if (existing[facet] === undefined)
    throw new Error(
      `Column ${column.name} exists but is not of type ${column.kind}; change or remove it by hand in the list settings, then run provisioning again.`,
    );
  const wanted = columnDefinitionFor(column);
  const changes: Record<string, unknown> = {};
  if (existing.displayName !== wanted.displayName) changes.displayName = wanted.displayName;
  if ((existing.required ?? false) !== wanted.required) changes.required = wanted.required;
  if ((existing.indexed ?? false) !== wanted.indexed) changes.indexed = wanted.indexed;
  if ((existing.enforceUniqueValues ?? false) !== (column.uniqueValues === 'enforced')) {
    changes.enforceUniqueValues = column.uniqueValues === 'enforced';
    // SharePoint enforces uniqueness through the index: both go in one change.
    if (column.uniqueValues === 'enforced') changes.indexed = true;
  }
  if (column.kind === 'text' || column.kind === 'multilineText') {
    const multiline = column.kind === 'multilineText';
    // SharePoint keeps no length limit on multi-line text; only single-line lengths are compared.
    if (
      (existing.text?.allowMultipleLines ?? false) !== multiline ||
      (!multiline && existing.text?.maxLength !== (column.maxLength ?? 255))
    )
      changes.text = wanted.text;
  }
  if (column.kind === 'choice') {
    const have = new Set(existing.choice?.choices ?? []);
    if ((column.choices ?? []).some((choice) => !have.has(choice))) changes.choice = wanted.choice;
  }
  return Object.keys(changes).length === 0 ? null : changes;
}
