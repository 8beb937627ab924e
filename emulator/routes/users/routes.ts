// The route table for /users.
import type { Route } from '../../http';
import { assignLicense } from './licenses';
import { checkMemberGroups } from './member-of';
import { countUsers, getUser, listUsers } from './directory';
import { createUser, deleteUser, updateUser } from './writes';
import { getManager, listDirectReports, removeManager, setManager } from './manager';
import {
  readAppPermissions,
  readScopes,
  selfOrReadScopes,
  writeAppPermissions,
  writeScopes,
} from './scopes';
import { usersDelta } from './delta';

export const userRoutes: readonly Route[] = [
  {
    method: 'GET',
    pattern: '/users',
    anyOfScopes: readScopes,
    anyOfAppPermissions: readAppPermissions,
    handler: listUsers,
  },
  {
    method: 'GET',
    pattern: '/users/$count',
    anyOfScopes: readScopes,
    anyOfAppPermissions: readAppPermissions,
    handler: countUsers,
  },
  {
    method: 'GET',
    pattern: '/users/delta',
    anyOfScopes: readScopes,
    anyOfAppPermissions: readAppPermissions,
    handler: usersDelta,
  },
  {
    method: 'GET',
    pattern: '/users/delta()',
    anyOfScopes: readScopes,
    anyOfAppPermissions: readAppPermissions,
    handler: usersDelta,
  },
  {
    method: 'POST',
    pattern: '/users',
    anyOfScopes: writeScopes,
    anyOfAppPermissions: writeAppPermissions,
    handler: createUser,
  },
  {
    method: 'POST',
    pattern: '/users/:id/assignLicense',
    anyOfScopes: writeScopes,
    anyOfAppPermissions: writeAppPermissions,
    handler: assignLicense,
  },
  {
    method: 'POST',
    pattern: '/users/:id/checkMemberGroups',
    anyOfScopes: ['User.ReadBasic.All', 'User.Read.All', 'Directory.Read.All'],
    anyOfAppPermissions: readAppPermissions,
    handler: checkMemberGroups,
  },
  {
    method: 'GET',
    pattern: '/users/:id',
    anyOfScopes: selfOrReadScopes,
    anyOfAppPermissions: readAppPermissions,
    handler: getUser,
  },
  {
    method: 'PATCH',
    pattern: '/users/:id',
    anyOfScopes: writeScopes,
    anyOfAppPermissions: writeAppPermissions,
    handler: updateUser,
  },
  {
    method: 'DELETE',
    pattern: '/users/:id',
    anyOfScopes: writeScopes,
    anyOfAppPermissions: writeAppPermissions,
    handler: deleteUser,
  },
  {
    method: 'GET',
    pattern: '/users/:id/manager',
    anyOfScopes: selfOrReadScopes,
    anyOfAppPermissions: readAppPermissions,
    handler: getManager,
  },
  {
    method: 'PUT',
    pattern: '/users/:id/manager/$ref',
    anyOfScopes: writeScopes,
    anyOfAppPermissions: writeAppPermissions,
    handler: setManager,
  },
  {
    method: 'DELETE',
    pattern: '/users/:id/manager/$ref',
    anyOfScopes: writeScopes,
    anyOfAppPermissions: writeAppPermissions,
    handler: removeManager,
  },
  {
    method: 'GET',
    pattern: '/users/:id/directReports',
    anyOfScopes: selfOrReadScopes,
    anyOfAppPermissions: readAppPermissions,
    handler: listDirectReports,
  },
];
