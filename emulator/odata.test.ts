import { GraphHttpError } from './http';
import {
  applySelect,
  contextFragmentWithSelect,
  escapeODataString,
  evaluateFilter,
  FilterSyntaxError,
  filterProperties,
  odataContext,
  paginate,
  parseFilter,
  parseFilterParam,
} from './odata';

const people = [
  {
    id: '1',
    displayName: "Sean O'Brien",
    surname: "O'Brien",
    department: 'Burgerzaken',
    accountEnabled: true,
    age: 40,
  },
  {
    id: '2',
    displayName: 'Sanne de Vries',
    surname: 'de Vries',
    department: 'KCP',
    accountEnabled: true,
    age: 31,
  },
  {
    id: '3',
    displayName: 'Pieter van der Berg',
    surname: 'van der Berg',
    department: 'KCP',
    accountEnabled: false,
    age: 52,
  },
];

function matching(filter: string): string[] {
  const node = parseFilter(filter);
  return people
    .filter((person) => evaluateFilter(node, (path) => (person as Record<string, unknown>)[path]))
    .map((person) => person.id);
}

describe('parseFilter and evaluateFilter', () => {
  it.each([
    ["surname eq 'O''Brien'", ['1']],
    [`surname eq '${escapeODataString("O'Brien")}'`, ['1']],
    ["displayName eq 'sanne de vries'", ['2']],
    ["department ne 'KCP'", ['1']],
    ["startswith(displayName,'San')", ['2']],
    ["endswith(surname, 'berg')", ['3']],
    ["contains(displayName,'de')", ['2', '3']],
    ["department eq 'KCP' and accountEnabled eq true", ['2']],
    ["department eq 'Burgerzaken' or startswith(displayName,'Pie')", ['1', '3']],
    ["not (department eq 'KCP')", ['1']],
    ["id in ('1', '3')", ['1', '3']],
    ["surname in ('O''Brien')", ['1']],
    ['age gt 40', ['3']],
    ['age ge 40', ['1', '3']],
    ['age lt 40 or age le 31', ['2']],
    [
      "(department eq 'KCP' or department eq 'Burgerzaken') and not (accountEnabled eq false)",
      ['1', '2'],
    ],
  ])('%s', (filter, ids) => {
    expect(matching(filter)).toEqual(ids);
  });

  it('keeps a doubled quote inside the literal', () => {
    expect(parseFilter("surname eq 'O''Brien'")).toEqual({
      kind: 'compare',
      operator: 'eq',
      left: { kind: 'property', path: 'surname' },
      right: { kind: 'literal', value: "O'Brien" },
    });
  });

  it('reads unquoted date-times as strings that compare in time order', () => {
    const node = parseFilter('created ge 2026-01-01T00:00:00Z');
    expect(evaluateFilter(node, () => '2026-03-01T10:00:00Z')).toBe(true);
    expect(evaluateFilter(node, () => '2025-12-31T10:00:00Z')).toBe(false);
  });

  it('compares case-sensitively when asked', () => {
    const node = parseFilter("displayName eq 'sanne de vries'");
    expect(
      evaluateFilter(node, () => 'Sanne de Vries', { stringComparison: 'caseSensitive' }),
    ).toBe(false);
  });

  it.each([
    "surname eq 'O'Brien'",
    "surname eq 'open",
    'surname eq',
    "surname like 'x'",
    "startswith(displayName 'x')",
    '',
    "id in ('1',",
  ])('rejects %j', (filter) => {
    expect(() => parseFilter(filter)).toThrow(FilterSyntaxError);
  });

  it('lists the properties a filter uses', () => {
    expect(
      filterProperties(parseFilter("fields/Status eq 'open' and startswith(fields/Title,'a')")),
    ).toEqual(['fields/Status', 'fields/Title']);
  });

  it('turns a syntax error into a Graph 400 with the given code', () => {
    expect(parseFilterParam(null)).toBeNull();
    try {
      parseFilterParam("a eq 'x", 'invalidRequest');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(GraphHttpError);
      expect((error as GraphHttpError).status).toBe(400);
      expect((error as GraphHttpError).code).toBe('invalidRequest');
    }
  });
});

describe('applySelect', () => {
  const user = { id: '1', displayName: 'A', mail: 'a@x', department: 'KCP' };

  it('returns only the selected properties, matched case-insensitively', () => {
    expect(applySelect(user, 'DisplayName, mail')).toEqual({ displayName: 'A', mail: 'a@x' });
  });

  it('returns null for a selected property the object lacks', () => {
    expect(applySelect(user, 'jobTitle')).toEqual({ jobTitle: null });
  });

  it('uses the default property set without $select', () => {
    expect(applySelect(user, null, { defaultProperties: ['id', 'displayName'] })).toEqual({
      id: '1',
      displayName: 'A',
    });
  });

  it('always includes what must always be there', () => {
    expect(applySelect(user, 'mail', { alwaysInclude: ['id'] })).toEqual({ id: '1', mail: 'a@x' });
  });

  it('rejects an unknown property when the known set is given', () => {
    expect(() =>
      applySelect(user, 'shoeSize', {
        knownProperties: ['id', 'mail'],
        typeName: 'microsoft.graph.user',
      }),
    ).toThrow("Could not find a property named 'shoeSize' on type 'microsoft.graph.user'.");
  });
});

describe('paginate', () => {
  const items = Array.from({ length: 7 }, (_, index) => index);
  const base = 'http://127.0.0.1:4000/v1.0';

  it('walks every item exactly once through nextLinks, keeping the other query options', () => {
    const seen: number[] = [];
    let query = new URLSearchParams({ $top: '3', $select: 'id' });
    for (let guard = 0; guard < 10; guard++) {
      const { page, nextLink } = paginate({
        items,
        query,
        graphBaseUrl: base,
        path: '/users',
        maxTop: 999,
        defaultTop: 100,
      });
      seen.push(...page);
      if (!nextLink) break;
      expect(nextLink.startsWith(`${base}/users?`)).toBe(true);
      expect(nextLink).toContain('$top=3');
      expect(nextLink).toContain('$select=id');
      query = new URL(nextLink).searchParams;
    }
    expect(seen).toEqual(items);
  });

  it('uses the default page size and gives no nextLink on the last page', () => {
    const result = paginate({
      items,
      query: new URLSearchParams(),
      graphBaseUrl: base,
      path: '/x',
      maxTop: 999,
      defaultTop: 100,
    });
    expect(result.page).toHaveLength(7);
    expect(result.nextLink).toBeUndefined();
  });

  it.each(['0', '1000', 'abc', '-1', '2.5'])('rejects $top=%s', (top) => {
    expect(() =>
      paginate({
        items,
        query: new URLSearchParams({ $top: top }),
        graphBaseUrl: base,
        path: '/x',
        maxTop: 999,
        defaultTop: 100,
      }),
    ).toThrow(GraphHttpError);
  });

  it('rejects a forged skiptoken', () => {
    expect(() =>
      paginate({
        items,
        query: new URLSearchParams({ $skiptoken: 'nonsense' }),
        graphBaseUrl: base,
        path: '/x',
        maxTop: 9,
        defaultTop: 9,
      }),
    ).toThrow(/page token/);
  });
});

describe('odataContext', () => {
  it('builds the metadata URL with the selected properties', () => {
    expect(
      odataContext('http://h/v1.0', contextFragmentWithSelect('users', 'displayName,mail')),
    ).toBe('http://h/v1.0/$metadata#users(displayName,mail)');
    expect(odataContext('http://h/v1.0', contextFragmentWithSelect('users/$entity', null))).toBe(
      'http://h/v1.0/$metadata#users/$entity',
    );
  });
});
