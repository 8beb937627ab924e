// $select: which properties a response carries.
import { GraphHttpError } from '../http';

/** The property names in a `$select` value, or null when there is none. `'a, b'` → `['a', 'b']`. */
export function parseSelect(selectParam: string | null | undefined): string[] | null {
  if (selectParam === null || selectParam === undefined) return null;
  const names = selectParam
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name.length > 0);
  return names.length > 0 ? names : null;
}

export type SelectOptions = {
  /** Properties returned when there is no $select (Graph's default property set). Default: all of `obj`. */
  defaultProperties?: readonly string[];
  /** Properties returned whatever $select says (e.g. `id` on list items, `@odata.etag`). */
  alwaysInclude?: readonly string[];
  /** When given, selecting anything else is a 400 as Graph does ("Could not find a property named ..."). */
  knownProperties?: readonly string[];
  /** Graph type name for the 400 message, e.g. `microsoft.graph.user`. */
  typeName?: string;
};

/**
 * Projects `obj` onto `$select` (matched case-insensitively, returned with the object's own casing).
 * Selected properties the object lacks come back as null, as Graph does.
 * Example: `applySelect({ id: '1', displayName: 'A', mail: 'a@x' }, 'displayName')` → `{ displayName: 'A' }`.
 */
export function applySelect(
  obj: Readonly<Record<string, unknown>>,
  selectParam: string | null | undefined,
  options: SelectOptions = {},
): Record<string, unknown> {
  const selected = parseSelect(selectParam);
  const wanted = selected ?? options.defaultProperties ?? Object.keys(obj);
  const keysByLowerCase = new Map<string, string>();
  for (const key of Object.keys(obj)) keysByLowerCase.set(key.toLowerCase(), key);
  const known = options.knownProperties
    ? new Set(options.knownProperties.map((name) => name.toLowerCase()))
    : null;
  const result: Record<string, unknown> = {};
  for (const key of options.alwaysInclude ?? []) {
    if (key in obj) result[key] = obj[key];
  }
  for (const name of wanted) {
    if (name === '*') {
      Object.assign(result, obj);
      continue;
    }
    if (selected && known && !known.has(name.toLowerCase())) {
      throw new GraphHttpError(
        400,
        'BadRequest',
        `Could not find a property named '${name}' on type '${options.typeName ?? 'microsoft.graph.entity'}'.`,
      );
    }
    const ownKey = keysByLowerCase.get(name.toLowerCase());
    if (ownKey !== undefined) result[ownKey] = obj[ownKey];
    else result[name] = null;
  }
  return result;
}
