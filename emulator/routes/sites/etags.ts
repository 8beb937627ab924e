// List item eTags and If-Match.
import { GraphHttpError } from '../../http';
import type { RouteContext } from '../../http';
import { guidFrom } from '../../seed';
import type { StoredListItem } from '../../store';

/** SharePoint's item eTag: `"{unique id},{version}"`, quotes included. */
export function itemETag(item: StoredListItem): string {
  return `"${guidFrom(`item:${item.listId}:${item.id}:${item.createdDateTime}`)},${item.version}"`;
}

function normaliseETag(tag: string): string {
  return tag
    .trim()
    .replace(/^W\//, '')
    .replace(/^"+|"+$/g, '');
}

/** 412 when If-Match names another version; `*` and an absent header always match. */
export function checkIfMatch(ctx: RouteContext, item: StoredListItem): void {
  const header = ctx.headers['if-match'];
  if (header === undefined || header.trim() === '*') return;
  const current = itemETag(item);
  if (normaliseETag(header) !== normaliseETag(current)) {
    throw new GraphHttpError(
      412,
      'preconditionFailed',
      `The request ETag value '${header}' does not match the object's ETag value '${current}'.`,
    );
  }
}
