// What a list definition says: its columns, and who may read and write its items (and so its permissions).

export type ColumnKind = 'text' | 'multilineText' | 'dateTime' | 'number' | 'boolean' | 'choice';

export type ColumnSpec = {
  /** Internal name, also the key in an item's `fields`. */
  name: string;
  displayName: string;
  kind: ColumnKind;
  required: 'required' | 'optional';
  /** Indexed columns can be used in `$filter` on large lists without `Prefer: HonorNonIndexedQueriesWarningMayFailRandomly`. */
  indexed: 'indexed' | 'notIndexed';
  /**
   * 'enforced': no two items may hold the same value (columnDefinition `enforceUniqueValues`; SharePoint requires the
   * column to be indexed for it).
   */
  uniqueValues?: 'enforced';
  /**
   * The most characters a value may have. For a single line of text SharePoint enforces it (at most 255); for multiple
   * lines of text SharePoint ignores a column's maxLength, so provisioning does not send it and the app checks it
   * itself before writing (fieldsForListItem).
   */
  maxLength?: number;
  choices?: readonly string[];
};

/**
 * Who a list permission is granted to: the tenant's all-staff group (members only, never guests), one of the three
 * role groups (the front office's agents, team leaders, coordinators), or — for a team's own reasons list — the leader of that team (a user, from the teams list).
 */
export type ListPrincipal =
  'allStaff' | 'agents' | 'teamLeaders' | 'coordinators' | 'leaderOfTheTeam';

/**
 * The SharePoint permission levels provisioning grants: the built-in Read and Contribute, and Bereikbaar's own
 * "contribute without delete" (Contribute without DeleteListItems and DeleteVersions), so that a request can be
 * changed and cancelled but never removed.
 */
export type ListPermissionLevel = 'read' | 'contribute' | 'contributeWithoutDelete';

/** One list permission: a permission level for a principal. */
export type ListGrant = { principal: ListPrincipal; level: ListPermissionLevel };

export type ListSpec = {
  /** Stable key used in configuration and code. */
  key: string;
  /** The list's name in the site (URL segment), also its title. */
  name: string;
  displayName: string;
  description: string;
  columns: readonly ColumnSpec[];
  /**
   * Exactly who may do what with the list's items. Every Bereikbaar list stops inheriting the site's permissions
   * and gets exactly these (provisioning removes anything else), so site members and owners who are not named here
   * have no access. Enforced by SharePoint, not by the screens.
   */
  permissions: readonly ListGrant[];
  /** 'on': SharePoint keeps earlier versions of every item (who changed what, recoverable). */
  versioning: 'on' | 'off';
};

/** Whether a principal may read a list's items (every level includes reading). */
export function mayRead(spec: Pick<ListSpec, 'permissions'>, principal: ListPrincipal): boolean {
  return spec.permissions.some((grant) => grant.principal === principal);
}

/** Whether a principal may create and change a list's items. */
export function mayWrite(spec: Pick<ListSpec, 'permissions'>, principal: ListPrincipal): boolean {
  return spec.permissions.some((grant) => grant.principal === principal && grant.level !== 'read');
}
