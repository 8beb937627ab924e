// $search on users: quoted "property:terms" clauses joined with AND and OR.
import { GraphHttpError } from '../../http';
import type { StoredUser } from '../../store';
import { toGraphUser } from './user-resource';

const searchableProperties = [
  'displayName',
  'givenName',
  'surname',
  'mail',
  'userPrincipalName',
  'jobTitle',
  'department',
];

type SearchClause = { property: string; terms: string[] };

function searchTokens(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token.length > 0);
}

/** `"displayName:jan" AND "mail:jan"` → OR-groups of AND-ed clauses. */
export function parseSearch(raw: string): SearchClause[][] {
  const unsupported = (detail: string) =>
    new GraphHttpError(400, 'Request_UnsupportedQuery', `Invalid $search: ${detail}`);
  const pattern = /\s*(?:"([^"]*)"|(AND|OR)(?=\s|"|$))/giy;
  const groups: SearchClause[][] = [[]];
  let expectClause = true;
  let position = 0;
  for (;;) {
    if (raw.slice(position).trim().length === 0) break;
    pattern.lastIndex = position;
    const match = pattern.exec(raw);
    if (!match)
      throw unsupported(
        `syntax error at position ${position}; each clause is "property:text" in double quotes.`,
      );
    position = pattern.lastIndex;
    if (match[1] !== undefined) {
      if (!expectClause) throw unsupported('clauses must be joined with AND or OR.');
      const separator = match[1].indexOf(':');
      if (separator < 1)
        throw unsupported(`'${match[1]}' does not name a property ("property:text").`);
      const property = match[1].slice(0, separator).trim();
      const known = searchableProperties.find(
        (name) => name.toLowerCase() === property.toLowerCase(),
      );
      if (!known) throw unsupported(`property '${property}' cannot be searched.`);
      (groups[groups.length - 1] as SearchClause[]).push({
        property: known,
        terms: searchTokens(match[1].slice(separator + 1)),
      });
      expectClause = false;
    } else {
      if (expectClause) throw unsupported(`unexpected '${match[2]}'.`);
      if ((match[2] as string).toUpperCase() === 'OR') groups.push([]);
      expectClause = true;
    }
  }
  if (expectClause) throw unsupported('the search expression is empty or ends with an operator.');
  return groups;
}

/** Directory search is tokenised: every search word must start a word of the property's value. */
export function matchesSearch(user: StoredUser, groups: SearchClause[][]): boolean {
  const graphUser = toGraphUser(user);
  return groups.some((clauses) =>
    clauses.every((clause) => {
      const value = graphUser[clause.property];
      if (typeof value !== 'string') return false;
      const words = searchTokens(value);
      return clause.terms.every((term) => words.some((word) => word.startsWith(term)));
    }),
  );
}
