// The shape comparison the contract tests rely on must itself catch differences.
import { propertyNames, shapeDifferences } from './contract-support';

describe('shapeDifferences', () => {
  it.each([
    ['identical objects', { a: 1, b: 'x' }, { a: 2, b: 'y' }, []],
    ['extra actual properties', { a: 1, extra: true }, { a: 0 }, []],
    ['a missing property', { a: 1 }, { a: 0, b: 'x' }, ['$.b: missing']],
    ['a different type', { a: '1' }, { a: 0 }, ['$.a: expected number, got string ("1")']],
    ['a documented null accepts any present value', { a: 'x' }, { a: null }, []],
    ['a documented null still needs the property', {}, { a: null }, ['$.a: missing']],
    [
      'nested arrays of objects',
      { value: [{ id: 'x' }, { name: 'y' }] },
      { value: [{ id: 'id-value' }] },
      ['$.value[1].id: missing'],
    ],
    [
      'an array where an object is documented',
      { a: [] },
      { a: {} },
      ['$.a: expected object, got array ([])'],
    ],
  ])('%s', (_name, actual, documented, expected) => {
    expect(shapeDifferences(actual, documented)).toEqual(expected);
  });
});

describe('propertyNames', () => {
  it('leaves out OData annotations and sorts', () => {
    expect(propertyNames({ '@odata.context': 'x', b: 1, a: 2 })).toEqual(['a', 'b']);
  });
});
