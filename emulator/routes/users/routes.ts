// The route table for /users.
import type { Route } from '../../http';
import { assignLicense } from './licenses';
import { checkMemberGroups } from './member-of';
import { countUsers, getUser, listUsers } from './directory';
import { createUser, deleteUser, updateUser } from './writes';
import { getManager, listDirectReports, removeManager, setManager } from './manager';
import { readScopes, selfOrReadScopes, writeScopes } from './scopes';
import { usersDelta } from './delta';

export const userRoutes: readonly Route[] = [
  { method: 'GET', pattern: '/users', anyOfScopes: readScopes, handler: listUsers },
  { method: 'GET', pattern: '/users/$count', anyOfScopes: readScopes, handler: countUsers },
  { method: 'GET', pattern: '/users/delta', anyOfScopes: readScopes, handler: usersDelta },
  { method: 'GET', pattern: '/users/delta()', anyOfScopes: readScopes, handler: usersDelta },
  { method: 'POST', pattern: '/users', anyOfScopes: writeScopes, handler: createUser },
  {
    method: 'POST',
    pattern: '/users/:id/assignLicense',
    anyOfScopes: writeScopes,
    handler: assignLicense,
  },
  {
    method: 'POST',
    pattern: '/users/:id/checkMemberGroups',
    anyOfScopes: ['User.ReadBasic.All', 'User.Read.All', 'Directory.Read.All'],
    handler: checkMemberGroups,
  },
  { method: 'GET', pattern: '/users/:id', anyOfScopes: selfOrReadScopes, handler: getUser },
  { method: 'PATCH', pattern: '/users/:id', anyOfScopes: writeScopes, handler: updateUser },
  { method: 'DELETE', pattern: '/users/:id', anyOfScopes: writeScopes, handler: deleteUser },
  {
    method: 'GET',
    pattern: '/users/:id/manager',
    anyOfScopes: selfOrReadScopes,
    handler: getManager,
  },
  {
    method: 'PUT',
    pattern: '/users/:id/manager/$ref',
    anyOfScopes: writeScopes,
    handler: setManager,
  },
  {
    method: 'DELETE',
    pattern: '/users/:id/manager/$ref',
    anyOfScopes: writeScopes,
    handler: removeManager,
  },
  {
    method: 'GET',
    pattern: '/users/:id/directReports',
    anyOfScopes: selfOrReadScopes,
    handler: listDirectReports,
  },
];
