// SharePoint through Graph: sites, lists (with columns and permissions), list items with fields, $filter, paging, eTags.
export { parseExpandFields } from './dtos';
export { multiLineTextMaxLength, validatedFields } from './field-validation';
export { itemETag } from './etags';
export { defaultItemPageSize, maxItemPageSize, nextItemId } from './items';
export { siteRoutes } from './routes';
