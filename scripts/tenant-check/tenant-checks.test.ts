import { networkFailureText, probeClause } from './tenant-checks';

describe('networkFailureText', () => {
  it('names the reason below HTTP, not only "fetch failed"', () => {
    const error = new TypeError('fetch failed', {
      cause: new Error('connect ECONNREFUSED 127.0.0.1:9'),
    });
    expect(networkFailureText(error)).toBe('fetch failed (connect ECONNREFUSED 127.0.0.1:9)');
    expect(networkFailureText(new Error('plain'))).toBe('plain');
    expect(networkFailureText('text')).toBe('text');
  });
});

describe('probeClause', () => {
  it.each([
    [{ kind: 'dateTime' as const }, "fields/C ge '2999-01-01T00:00:00Z'"],
    [{ kind: 'text' as const }, "fields/C eq 'bereikbaar-check'"],
    [{ kind: 'number' as const }, 'fields/C eq -1'],
    [{ kind: 'choice' as const, choices: ["o'pen"] }, "fields/C eq 'o''pen'"],
  ])('matches (almost) nothing on an indexed %o column', (column, clause) => {
    expect(
      probeClause({
        name: 'C',
        displayName: 'C',
        required: 'optional',
        indexed: 'indexed',
        ...column,
      }),
    ).toBe(clause);
  });
});
