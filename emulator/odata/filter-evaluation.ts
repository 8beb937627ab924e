// $filter meaning: which properties a filter names, and whether an object matches it.
import type { FilterNode, FilterOperand } from './filter-parser';

/** Every property path a filter refers to, so a route can reject properties it does not support. */
export function filterProperties(node: FilterNode): string[] {
  const paths: string[] = [];
  const visitOperand = (operand: FilterOperand) => {
    if (operand.kind === 'property') paths.push(operand.path);
  };
  const visit = (current: FilterNode): void => {
    switch (current.kind) {
      case 'and':
      case 'or':
        visit(current.left);
        visit(current.right);
        break;
      case 'not':
        visit(current.operand);
        break;
      case 'compare':
        visitOperand(current.left);
        visitOperand(current.right);
        break;
      case 'in':
        visitOperand(current.left);
        break;
      case 'function':
        current.args.forEach(visitOperand);
        break;
    }
  };
  visit(node);
  return paths;
}

export type FilterEvaluationOptions = {
  /** Directory and SharePoint string comparisons ignore case; default 'caseInsensitive'. */
  stringComparison?: 'caseInsensitive' | 'caseSensitive';
};

function normalise(value: unknown, options: FilterEvaluationOptions): unknown {
  if (typeof value === 'string' && options.stringComparison !== 'caseSensitive')
    return value.toLowerCase();
  return value;
}

function compareValues(left: unknown, right: unknown): number | null {
  if (left === null || left === undefined || right === null || right === undefined) return null;
  if (typeof left === 'number' && typeof right === 'number') return left - right;
  if (typeof left === 'string' && typeof right === 'string')
    return left < right ? -1 : left > right ? 1 : 0;
  if (typeof left === 'boolean' && typeof right === 'boolean') return Number(left) - Number(right);
  // A number stored as text (or the reverse) compares by value, as SharePoint number columns arrive both ways.
  const leftNumber = Number(left);
  const rightNumber = Number(right);
  if (!Number.isNaN(leftNumber) && !Number.isNaN(rightNumber)) return leftNumber - rightNumber;
  return null;
}

function valuesEqual(left: unknown, right: unknown): boolean {
  if ((left === null || left === undefined) && (right === null || right === undefined)) return true;
  if (Array.isArray(left)) return left.some((element) => valuesEqual(element, right));
  return compareValues(left, right) === 0;
}

// A module-level function, not a closure per call: the emulator evaluates a filter for every item of a list on every
// page, and a year of contacts is 80,000 items.
function operandValue(
  operand: FilterOperand,
  getField: (path: string) => unknown,
  options: FilterEvaluationOptions,
): unknown {
  return normalise(operand.kind === 'literal' ? operand.value : getField(operand.path), options);
}

/**
 * Evaluates a parsed filter against one object; `getField(path)` reads a property (`fields/Status` paths included).
 * Example: `evaluateFilter(parseFilter("startswith(displayName,'san')"), (p) => ({ displayName: 'Sanne' })[p])` → true.
 */
export function evaluateFilter(
  node: FilterNode,
  getField: (path: string) => unknown,
  options: FilterEvaluationOptions = {},
): boolean {
  switch (node.kind) {
    case 'and':
      return (
        evaluateFilter(node.left, getField, options) &&
        evaluateFilter(node.right, getField, options)
      );
    case 'or':
      return (
        evaluateFilter(node.left, getField, options) ||
        evaluateFilter(node.right, getField, options)
      );
    case 'not':
      return !evaluateFilter(node.operand, getField, options);
    case 'in': {
      const left = operandValue(node.left, getField, options);
      return node.values.some((value) => valuesEqual(left, normalise(value, options)));
    }
    case 'function': {
      const [first, second] = node.args.map((arg) => operandValue(arg, getField, options));
      if (typeof first !== 'string' || typeof second !== 'string') return false;
      if (node.name === 'startswith') return first.startsWith(second);
      if (node.name === 'endswith') return first.endsWith(second);
      return first.includes(second);
    }
    case 'compare': {
      const left = operandValue(node.left, getField, options);
      const right = operandValue(node.right, getField, options);
      if (node.operator === 'eq') return valuesEqual(left, right);
      if (node.operator === 'ne') return !valuesEqual(left, right);
      const order = compareValues(left, right);
      if (order === null) return false;
      if (node.operator === 'gt') return order > 0;
      if (node.operator === 'ge') return order >= 0;
      if (node.operator === 'lt') return order < 0;
      return order <= 0;
    }
  }
}
