// The people directory: first load and sync with /users/delta, teams, one search index per snapshot, the device cache, and the one directory query every
// feature reads.
export * from './people-directory';
export { checkMyMemberGroups, memberGroupScopes } from './member-groups';
export type { DirectorySource } from './directory-source';
export { createGraphDirectorySource } from './directory-source';
export type { DirectoryQueryState } from './directory-query';
export {
  cachedDirectoryOptions,
  directoryQueryKeys,
  fetchDirectory,
  syncedDirectoryOptions,
  useDirectoryQuery,
} from './directory-query';
export { directoryIndexOf } from './directory-index';
export { prefetchDirectory } from './directory-prefetch';
export { fetchSignedInUser } from './signed-in-user';
export type { SignedInUser } from './signed-in-user';
export { peopleScopes } from './scopes';
