// $filter syntax: the expression tree, its tokenizer and parser, Graph's 400 for a clause that does not parse.
import { GraphHttpError } from '../http';

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

/** Escapes a value for use inside an OData string literal: `O'Brien` → `O''Brien`. */
export function escapeODataString(value: string): string {
  return value.replaceAll("'", "''");
}
