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

/** Who may read, or write, a list's items; enforced by list permissions, not by the screen. */
export type ListAudience = 'everyone' | 'leadersAndCoordinators';

/**
 * Who reads and who writes (creates, changes, deletes) items. Writers are never wider than readers: a list only
 * leaders and coordinators may read is also only theirs to write.
 */
export type ListAccess =
  | { readers: 'everyone'; writers: ListAudience }
  | { readers: 'leadersAndCoordinators'; writers: 'leadersAndCoordinators' };

export type ListSpec = {
  /** Stable key used in configuration and code. */
  key: string;
  /** The list's name in the site (URL segment). */
  name: string;
  displayName: string;
  description: string;
  columns: readonly ColumnSpec[];
} & ListAccess;

/** Who a list permission is granted to: the tenant's all-staff group, or one of the two role groups. */
export type ListPrincipal = 'allStaff' | 'teamLeaders' | 'coordinators';

/** One list permission: SharePoint's Read ('read') or Edit ('write') for a principal. */
export type ListGrant = { principal: ListPrincipal; role: 'read' | 'write' };

/**
 * The list permissions a list needs, from its readers and writers. None when everyone may read and write: the list
 * inherits the site's permissions then. Otherwise the list stops inheriting and gets exactly these grants.
 * @example listGrantsFor(absencesList)
 * // [{ principal: 'allStaff', role: 'read' }, { principal: 'teamLeaders', role: 'write' }, { principal: 'coordinators', role: 'write' }]
 */
export function listGrantsFor(spec: ListAccess): ListGrant[] {
  if (spec.readers === 'everyone' && spec.writers === 'everyone') return [];
  const leaders: ListGrant[] = [
    { principal: 'teamLeaders', role: 'write' },
    { principal: 'coordinators', role: 'write' },
  ];
  return spec.readers === 'everyone'
    ? [{ principal: 'allStaff', role: 'read' }, ...leaders]
    : leaders;
}
