// SharePoint's list view threshold, as the demo tenant enforces it on `GET …/lists/{list}/items?$filter=…`.
//
// Documented (support.microsoft.com, "Manage large lists and libraries",
// https://support.microsoft.com/office/manage-large-lists-and-libraries-b8588dae-9387-48c2-9248-c24122f07c59, and
// "Handling Large Folders and Lists", https://learn.microsoft.com/previous-versions/office/developer/sharepoint-2010/ee557257(v=office.14)):
// the threshold is 5,000 items and cannot be changed in SharePoint Online; on a list with more items a query must
// be served by an index, and the first indexed column of the filter must narrow the result below the threshold —
// whatever `$top` says (the database reads every row the indexed clause matches). Observed on Graph (msgraph-sdk-dotnet
// issue #827): with `a and b`, the query works while the first clause alone matches fewer than 5,000 items, and
// fails when it matches more, even though `a and b` together match few.
//
// Undocumented, so the demo tenant takes the safe side (it refuses where SharePoint might still answer):
// - only `eq`, `lt`, `le`, `gt`, `ge` (and `in`) against a value on an indexed column count as an indexed clause; so
//   does an `or` of such clauses (every branch indexed). `eq null`, `ne`, `not`, `startswith`, `contains` do not: the
//   index holds values, and finding the rows without one is a scan;
// - the first indexed column of the top-level `and` chain (left to right) is the one SharePoint uses; the matches of
//   that column's clauses alone are counted (a range `DueAt ge … and DueAt lt …` on one column is one index range;
//   the clauses on other columns do not narrow what is read);
// - a filter without any indexed clause on a list above the threshold is refused, with or without
//   `Prefer: HonorNonIndexedQueriesWarningMayFailRandomly` (that header allows non-indexed columns, it does not lift
//   the threshold).
// Listing a large list without `$filter` (paging by id) is allowed, as documented.
import type { FilterNode, FilterOperand } from './odata';
import { evaluateFilter } from './odata';
import { GraphHttpError } from './http';

/** SharePoint Online's list view threshold (fixed, documented). */
export const listViewThreshold = 5000;

/** The message SharePoint gives (SPQueryThrottledException). */
export const listViewThresholdMessage =
  'The attempted operation is prohibited because it exceeds the list view threshold.';

/**
 * The refusal. The HTTP status Graph uses is not documented: SharePoint's REST API answers 500 with
 * SPQueryThrottledException (observed: pnp/pnpjs #3149), Graph has been seen answering `notSupported` ("uses too many
 * resources"). The demo tenant answers 500 `notSupported` with SharePoint's own message: a status Graph's retry
 * handler does not retry (a repeat would fail the same way), so an app that depends on such a query fails visibly.
 */
export function listViewThresholdError(): GraphHttpError {
  return new GraphHttpError(500, 'notSupported', listViewThresholdMessage);
}

/** The conjuncts of a filter's top-level `and` chain, left to right: `a and (b and c)` → [a, b, c]. */
export function conjuncts(node: FilterNode): FilterNode[] {
  return node.kind === 'and' ? [...conjuncts(node.left), ...conjuncts(node.right)] : [node];
}

type ColumnIndexed = (path: string) => boolean;

function isIndexedProperty(operand: FilterOperand, indexed: ColumnIndexed): boolean {
  return operand.kind === 'property' && indexed(operand.path);
}

function isValue(operand: FilterOperand): boolean {
  return operand.kind === 'literal' && operand.value !== null;
}

/** Whether SharePoint can find the rows of this clause through an index (see the rules above). */
export function isIndexedClause(node: FilterNode, indexed: ColumnIndexed): boolean {
  switch (node.kind) {
    case 'compare':
      if (node.operator === 'ne') return false;
      return (
        (isIndexedProperty(node.left, indexed) && isValue(node.right)) ||
        (isIndexedProperty(node.right, indexed) && isValue(node.left))
      );
    case 'in':
      return isIndexedProperty(node.left, indexed) && node.values.every((value) => value !== null);
    case 'or':
      return isIndexedClause(node.left, indexed) && isIndexedClause(node.right, indexed);
    case 'and':
      return conjuncts(node).some((part) => isIndexedClause(part, indexed));
    default:
      return false;
  }
}

/** The one column a comparison or `in` is about; null for an `or` or anything else. */
function singleColumnOf(node: FilterNode): string | null {
  if (node.kind === 'in') return node.left.kind === 'property' ? node.left.path : null;
  if (node.kind !== 'compare') return null;
  if (node.left.kind === 'property') return node.left.path;
  return node.right.kind === 'property' ? node.right.path : null;
}

/**
 * Throws SharePoint's threshold refusal when a filtered query on a list of `items` cannot be served: the list is
 * above the threshold and the filter's first indexed clause matches more than the threshold (or there is none).
 * @example assertUnderListViewThreshold(filter, items, (path) => indexedPaths.has(path), read) // throws for `ClosedAt le now` on 20,000 closed items
 */
export function assertUnderListViewThreshold<T>(
  filter: FilterNode,
  items: readonly T[],
  indexed: ColumnIndexed,
  read: (item: T, path: string) => unknown,
): void {
  if (items.length <= listViewThreshold) return;
  const parts = conjuncts(filter);
  const first = parts.find((part) => isIndexedClause(part, indexed));
  if (first === undefined) throw listViewThresholdError();
  const column = singleColumnOf(first);
  const clause =
    column === null
      ? first
      : parts
          .filter((part) => isIndexedClause(part, indexed) && singleColumnOf(part) === column)
          .reduce((left, right): FilterNode => ({ kind: 'and', left, right }));
  let matches = 0;
  for (const item of items) {
    if (evaluateFilter(clause, (path) => read(item, path)) && ++matches > listViewThreshold)
      throw listViewThresholdError();
  }
}
