// $filter on users: which properties and operators the directory supports, standard or advanced.
import { GraphHttpError } from '../../http';
import { filterProperties } from '../../odata';
import type { FilterNode } from '../../odata';
import type { StoredUser } from '../../store';
import { toGraphUser } from './user-resource';

const filterableProperties = [
  'displayName',
  'givenName',
  'surname',
  'mail',
  'userPrincipalName',
  'jobTitle',
  'department',
  'accountEnabled',
  'id',
];

/** Directory filters: eq, startswith and in always; ne, not and endswith only as advanced queries. */
export function checkFilter(node: FilterNode, advanced: boolean): void {
  for (const path of filterProperties(node)) {
    if (!filterableProperties.some((name) => name.toLowerCase() === path.toLowerCase())) {
      throw new GraphHttpError(
        400,
        'Request_UnsupportedQuery',
        `Unsupported or invalid query filter clause specified for property '${path}' of resource 'User'.`,
      );
    }
  }
  const visit = (current: FilterNode): void => {
    switch (current.kind) {
      case 'and':
      case 'or':
        visit(current.left);
        visit(current.right);
        return;
      case 'not':
        if (!advanced)
          throw new GraphHttpError(
            400,
            'Request_UnsupportedQuery',
            "Unsupported Query: 'not' needs ConsistencyLevel: eventual and $count=true.",
          );
        visit(current.operand);
        return;
      case 'in':
        return;
      case 'function':
        if (current.name === 'contains')
          throw new GraphHttpError(
            400,
            'Request_UnsupportedQuery',
            "Unsupported Query: 'contains' is not supported on users.",
          );
        if (current.name === 'endswith' && !advanced) {
          throw new GraphHttpError(
            400,
            'Request_UnsupportedQuery',
            "Unsupported Query: 'endsWith' needs ConsistencyLevel: eventual and $count=true.",
          );
        }
        return;
      case 'compare':
        if (current.operator === 'ne' && !advanced) {
          throw new GraphHttpError(
            400,
            'Request_UnsupportedQuery',
            "Unsupported Query: 'ne' needs ConsistencyLevel: eventual and $count=true.",
          );
        }
        if (current.operator !== 'eq' && current.operator !== 'ne') {
          throw new GraphHttpError(
            400,
            'Request_UnsupportedQuery',
            `Unsupported Query: operator '${current.operator}' is not supported on users.`,
          );
        }
        return;
    }
  };
  visit(node);
}

export function userField(user: StoredUser, path: string): unknown {
  const graphUser = toGraphUser(user);
  const key = Object.keys(graphUser).find((name) => name.toLowerCase() === path.toLowerCase());
  return key === undefined ? undefined : graphUser[key];
}
