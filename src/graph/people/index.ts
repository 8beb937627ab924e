// The people directory: sync with /users/delta, teams, and the device cache.
export * from './people-directory';
export { checkMyMemberGroups, memberGroupScopes } from './member-groups';
