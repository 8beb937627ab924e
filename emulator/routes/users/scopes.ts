// The delegated scopes that reach users.

export const readScopes = [
  'User.ReadBasic.All',
  'User.Read.All',
  'User.ReadWrite.All',
  'Directory.Read.All',
  'Directory.ReadWrite.All',
];
/** `User.Read` only reaches the signed-in user; handlers check that (see `assertMayRead`). */
export const selfOrReadScopes = ['User.Read', 'User.ReadWrite', ...readScopes];
export const writeScopes = ['User.ReadWrite.All', 'Directory.ReadWrite.All'];

// The application permissions that reach users (app-only tokens), as the user API pages list them.
export const readAppPermissions = [
  'User.Read.All',
  'User.ReadWrite.All',
  'Directory.Read.All',
  'Directory.ReadWrite.All',
];
export const writeAppPermissions = ['User.ReadWrite.All', 'Directory.ReadWrite.All'];
