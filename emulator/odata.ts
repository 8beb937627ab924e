// OData query helpers shared by the emulator's resource routes: $select, $filter, $top/$skiptoken paging, @odata.context.
import { GraphHttpError } from './http';

// ---------- @odata.context ----------

/** `odataContext('http://h/v1.0', 'users(displayName)')` → `http://h/v1.0/$metadata#users(displayName)`. */
export function odataContext(graphBaseUrl: string, fragment: string): string {
  return `${graphBaseUrl}/$metadata#${fragment}`;
}

/** `contextFragmentWithSelect('users', 'displayName,mail')` → `users(displayName,mail)`; without $select → `users`. */
export function contextFragmentWithSelect(
  fragment: string,
  selectParam: string | null | undefined,
): string {
  const selected = parseSelect(selectParam);
  return selected ? `${fragment}(${selected.join(',')})` : fragment;
}

// ---------- $select ----------

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

// ---------- $filter ----------

export type FilterLiteral = string | number | boolean | null;

export type FilterOperand =
  { kind: 'property'; path: string } | { kind: 'literal'; value: FilterLiteral };

export type ComparisonOperator = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';

export type FilterFunctionName = 'startswith' | 'endswith' | 'contains';

export type FilterNode =
  | { kind: 'and' | 'or'; left: FilterNode; right: FilterNode }
  | { kind: 'not'; operand: FilterNode }
  | { kind: 'compare'; operator: ComparisonOperator; left: FilterOperand; right: FilterOperand }
  | { kind: 'in'; left: FilterOperand; values: FilterLiteral[] }
  | { kind: 'function'; name: FilterFunctionName; args: [FilterOperand, FilterOperand] };

/** A `$filter` that does not parse; `parseFilterParam` turns it into the resource's 400. */
export class FilterSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FilterSyntaxError';
  }
}

type Token =
  | { kind: 'string'; value: string; at: number }
  | { kind: 'number'; value: number; at: number }
  | { kind: 'word'; value: string; at: number }
  | { kind: 'punct'; value: '(' | ')' | ','; at: number };

const comparisonOperators: readonly string[] = ['eq', 'ne', 'gt', 'ge', 'lt', 'le'];
const filterFunctions: readonly string[] = ['startswith', 'endswith', 'contains'];

function tokenize(expr: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < expr.length) {
    const ch = expr[i] as string;
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === '(' || ch === ')' || ch === ',') {
      tokens.push({ kind: 'punct', value: ch, at: i });
      i++;
    } else if (ch === "'") {
      // OData string literal: a quote inside is written twice ('O''Brien').
      const start = i;
      let value = '';
      i++;
      for (;;) {
        if (i >= expr.length)
          throw new FilterSyntaxError(`Unterminated string literal at position ${start}.`);
        const c = expr[i] as string;
        if (c === "'") {
          if (expr[i + 1] === "'") {
            value += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += c;
        i++;
      }
      tokens.push({ kind: 'string', value, at: start });
    } else if (/[-0-9]/.test(ch)) {
      const match = /^-?\d+(\.\d+)?([eE][-+]?\d+)?/.exec(expr.slice(i));
      const dateTime = /^\d{4}-\d{2}-\d{2}T[0-9:.]+(Z|[+-]\d{2}:\d{2})?/.exec(expr.slice(i));
      if (dateTime) {
        // Unquoted DateTimeOffset literal (e.g. createdDateTime ge 2024-01-01T00:00:00Z): compared as an ISO string.
        tokens.push({ kind: 'string', value: dateTime[0], at: i });
        i += dateTime[0].length;
      } else if (match) {
        tokens.push({ kind: 'number', value: Number(match[0]), at: i });
        i += match[0].length;
      } else {
        throw new FilterSyntaxError(`Syntax error at position ${i} in '${expr}'.`);
      }
    } else if (/[A-Za-z_@]/.test(ch)) {
      const match = /^[A-Za-z_@][A-Za-z0-9_@./]*/.exec(expr.slice(i)) as RegExpExecArray;
      tokens.push({ kind: 'word', value: match[0], at: i });
      i += match[0].length;
    } else {
      throw new FilterSyntaxError(
        `Syntax error: character '${ch}' is not valid at position ${i} in '${expr}'.`,
      );
    }
  }
  return tokens;
}

class FilterParser {
  private position = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly source: string,
  ) {}

  parse(): FilterNode {
    if (this.tokens.length === 0) throw new FilterSyntaxError('The $filter expression is empty.');
    const node = this.parseOr();
    const extra = this.peek();
    if (extra)
      throw new FilterSyntaxError(`Syntax error at position ${extra.at} in '${this.source}'.`);
    return node;
  }

  private peek(): Token | undefined {
    return this.tokens[this.position];
  }

  private next(): Token {
    const token = this.tokens[this.position++];
    if (!token)
      throw new FilterSyntaxError(`Unexpected end of the $filter expression '${this.source}'.`);
    return token;
  }

  private isWord(token: Token | undefined, word: string): boolean {
    return token?.kind === 'word' && token.value.toLowerCase() === word;
  }

  private expectPunct(value: '(' | ')' | ','): void {
    const token = this.next();
    if (token.kind !== 'punct' || token.value !== value) {
      throw new FilterSyntaxError(
        `Expected '${value}' at position ${token.at} in '${this.source}'.`,
      );
    }
  }

  private parseOr(): FilterNode {
    let left = this.parseAnd();
    while (this.isWord(this.peek(), 'or')) {
      this.position++;
      left = { kind: 'or', left, right: this.parseAnd() };
    }
    return left;
  }

  private parseAnd(): FilterNode {
    let left = this.parseUnary();
    while (this.isWord(this.peek(), 'and')) {
      this.position++;
      left = { kind: 'and', left, right: this.parseUnary() };
    }
    return left;
  }

  private parseUnary(): FilterNode {
    if (this.isWord(this.peek(), 'not')) {
      this.position++;
      return { kind: 'not', operand: this.parseUnary() };
    }
    return this.parsePrimary();
  }

  private parsePrimary(): FilterNode {
    const token = this.peek();
    if (token?.kind === 'punct' && token.value === '(') {
      this.position++;
      const inner = this.parseOr();
      this.expectPunct(')');
      return inner;
    }
    if (token?.kind === 'word' && filterFunctions.includes(token.value.toLowerCase())) {
      const following = this.tokens[this.position + 1];
      if (following?.kind === 'punct' && following.value === '(') {
        this.position += 2;
        const first = this.parseOperand();
        this.expectPunct(',');
        const second = this.parseOperand();
        this.expectPunct(')');
        return {
          kind: 'function',
          name: token.value.toLowerCase() as FilterFunctionName,
          args: [first, second],
        };
      }
    }
    const left = this.parseOperand();
    const operatorToken = this.next();
    if (operatorToken.kind !== 'word') {
      throw new FilterSyntaxError(
        `Expected an operator at position ${operatorToken.at} in '${this.source}'.`,
      );
    }
    const operator = operatorToken.value.toLowerCase();
    if (operator === 'in') {
      this.expectPunct('(');
      const values: FilterLiteral[] = [];
      for (;;) {
        const operand = this.parseOperand();
        if (operand.kind !== 'literal')
          throw new FilterSyntaxError(
            `Only literals are allowed in an 'in' list: '${this.source}'.`,
          );
        values.push(operand.value);
        const separator = this.next();
        if (separator.kind === 'punct' && separator.value === ')') break;
        if (separator.kind !== 'punct' || separator.value !== ',') {
          throw new FilterSyntaxError(
            `Expected ',' or ')' at position ${separator.at} in '${this.source}'.`,
          );
        }
      }
      return { kind: 'in', left, values };
    }
    if (!comparisonOperators.includes(operator)) {
      throw new FilterSyntaxError(
        `Unsupported operator '${operatorToken.value}' at position ${operatorToken.at}.`,
      );
    }
    const right = this.parseOperand();
    return { kind: 'compare', operator: operator as ComparisonOperator, left, right };
  }

  private parseOperand(): FilterOperand {
    const token = this.next();
    switch (token.kind) {
      case 'string':
        return { kind: 'literal', value: token.value };
      case 'number':
        return { kind: 'literal', value: token.value };
      case 'word': {
        const lower = token.value.toLowerCase();
        if (lower === 'true') return { kind: 'literal', value: true };
        if (lower === 'false') return { kind: 'literal', value: false };
        if (lower === 'null') return { kind: 'literal', value: null };
        if (['and', 'or', 'not', 'in', ...comparisonOperators].includes(lower)) {
          throw new FilterSyntaxError(
            `Unexpected '${token.value}' at position ${token.at} in '${this.source}'.`,
          );
        }
        return { kind: 'property', path: token.value };
      }
      case 'punct':
        throw new FilterSyntaxError(
          `Unexpected '${token.value}' at position ${token.at} in '${this.source}'.`,
        );
    }
  }
}

/**
 * Parses an OData `$filter` (eq, ne, gt, ge, lt, le, in, startswith, endswith, contains, and, or, not, parentheses;
 * string literals with `''` for a quote). Throws FilterSyntaxError.
 * Example: `parseFilter("surname eq 'O''Brien'")` → `{ kind: 'compare', operator: 'eq', left: { kind: 'property', path: 'surname' }, right: { kind: 'literal', value: "O'Brien" } }`.
 */
export function parseFilter(expr: string): FilterNode {
  return new FilterParser(tokenize(expr), expr).parse();
}

/**
 * Parses a `$filter` query value (null when absent), turning a syntax error into Graph's 400
 * "Invalid filter clause: ..." with the resource's error code (directory: `BadRequest`; SharePoint: `invalidRequest`).
 */
export function parseFilterParam(
  filterParam: string | null | undefined,
  errorCode = 'BadRequest',
): FilterNode | null {
  if (filterParam === null || filterParam === undefined) return null;
  try {
    return parseFilter(filterParam);
  } catch (error) {
    if (error instanceof FilterSyntaxError)
      throw new GraphHttpError(400, errorCode, `Invalid filter clause: ${error.message}`);
    throw error;
  }
}

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

/**
 * Evaluates a parsed filter against one object; `getField(path)` reads a property (`fields/Status` paths included).
 * Example: `evaluateFilter(parseFilter("startswith(displayName,'san')"), (p) => ({ displayName: 'Sanne' })[p])` → true.
 */
export function evaluateFilter(
  node: FilterNode,
  getField: (path: string) => unknown,
  options: FilterEvaluationOptions = {},
): boolean {
  const valueOf = (operand: FilterOperand): unknown =>
    normalise(operand.kind === 'literal' ? operand.value : getField(operand.path), options);
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
      const left = valueOf(node.left);
      return node.values.some((value) => valuesEqual(left, normalise(value, options)));
    }
    case 'function': {
      const [first, second] = node.args.map(valueOf);
      if (typeof first !== 'string' || typeof second !== 'string') return false;
      if (node.name === 'startswith') return first.startsWith(second);
      if (node.name === 'endswith') return first.endsWith(second);
      return first.includes(second);
    }
    case 'compare': {
      const left = valueOf(node.left);
      const right = valueOf(node.right);
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

/** Escapes a value for use inside an OData string literal: `O'Brien` → `O''Brien`. */
export function escapeODataString(value: string): string {
  return value.replaceAll("'", "''");
}

// ---------- $top / $skiptoken paging ----------

export type PaginateOptions<T> = {
  items: readonly T[];
  query: URLSearchParams;
  /** e.g. http://127.0.0.1:4000/v1.0 */
  graphBaseUrl: string;
  /** Path below graphBaseUrl for the nextLink, e.g. `/users`. */
  path: string;
  maxTop: number;
  defaultTop: number;
  /** Graph error code for a bad $top or $skiptoken (resources differ); default 'BadRequest'. */
  errorCode?: string;
};

export type Page<T> = { page: T[]; nextLink: string | undefined };

/** Reads `$top` (1..maxTop, else 400); absent → defaultTop. */
export function readTop(
  query: URLSearchParams,
  maxTop: number,
  defaultTop: number,
  errorCode = 'BadRequest',
): number {
  const raw = query.get('$top') ?? query.get('top');
  if (raw === null) return defaultTop;
  const top = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || !Number.isInteger(top) || top < 1 || top > maxTop) {
    throw new GraphHttpError(
      400,
      errorCode,
      `Invalid page size specified: '${raw}'. Must be between 1 and ${maxTop} inclusive.`,
    );
  }
  return top;
}

function encodeSkipToken(offset: number): string {
  return Buffer.from(JSON.stringify({ offset }), 'utf8').toString('base64url');
}

function decodeSkipToken(token: string, errorCode: string): number {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    if (typeof parsed === 'object' && parsed !== null && 'offset' in parsed) {
      const offset = parsed.offset;
      if (typeof offset === 'number' && Number.isInteger(offset) && offset >= 0) return offset;
    }
  } catch {
    // fall through to the 400 below
  }
  throw new GraphHttpError(
    400,
    errorCode,
    `The specified page token value '${token}' is invalid or has expired.`,
  );
}

/**
 * One page of `items` after `$skiptoken`, `$top` items long, and the absolute `@odata.nextLink` (same query, new
 * $skiptoken) when more remain. The skiptoken is opaque to callers, as in Graph.
 */
export function paginate<T>(options: PaginateOptions<T>): Page<T> {
  const errorCode = options.errorCode ?? 'BadRequest';
  const top = readTop(options.query, options.maxTop, options.defaultTop, errorCode);
  const token = options.query.get('$skiptoken');
  const offset = token === null ? 0 : decodeSkipToken(token, errorCode);
  const page = options.items.slice(offset, offset + top);
  const nextOffset = offset + top;
  if (nextOffset >= options.items.length) return { page, nextLink: undefined };
  const nextQuery = new URLSearchParams(options.query);
  nextQuery.delete('$skiptoken');
  nextQuery.set('$skiptoken', encodeSkipToken(nextOffset));
  return { page, nextLink: `${options.graphBaseUrl}${options.path}?${queryString(nextQuery)}` };
}

/** A query string that keeps `$` in OData option names readable (`$top=5`), as Graph's own links do. */
export function queryString(query: URLSearchParams): string {
  return [...query]
    .map(
      ([name, value]) =>
        `${encodeURIComponent(name).replaceAll('%24', '$')}=${encodeURIComponent(value)}`,
    )
    .join('&');
}
