// The people directory: sync with /users/delta, teams, and the device cache.
export * from './people-directory';
export { checkMyMemberGroups, memberGroupScopes } from './member-groups';
export { fetchSignedInUser } from './signed-in-user';
export type { SignedInUser } from './signed-in-user';
export { peopleScopes } from './scopes';
