// Generic access to Bereikbaar's SharePoint lists, driven by the shared schema.
export type { SiteLocator } from './site-locator';
export { resolveSiteId, siteLocatorFrom, siteSegment } from './site-locator';
export type { LastModified, ListFields, ListRecord } from './list-records';
export { FieldTooLongError, fieldsForListItem, recordFromListItem } from './list-records';
export type { ListItemsQuery } from './list-query';
export {
  dateRangeFilter,
  dateWindowDays,
  dateWindows,
  indexedColumns,
  listViewThreshold,
  odataDateTime,
  listItemsUrl,
  listRecords,
  nextLinkOf,
  odataString,
  recordsFromPage,
  remainingRecords,
  resolveListId,
} from './list-query';
export { listsScopes } from './scopes';
export type { UniqueItemOutcome } from './unique-item';
export { createUniqueItem } from './unique-item';
