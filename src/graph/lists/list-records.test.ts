import type { ListItem } from '@microsoft/microsoft-graph-types';
import { absencesList } from '../../../schema/lists';
import { listItemsUrl, odataString } from './list-query';
import { FieldTooLongError, fieldsForListItem, recordFromListItem } from './list-records';
import { siteSegment } from './site-locator';

const listItem = (value: unknown) => value as ListItem;

describe('list records', () => {
  it('maps item fields to a typed record by the schema and back', () => {
    const record = recordFromListItem(
      absencesList,
      listItem({
        id: '3',
        eTag: '"x,2"',
        fields: {
          Title: 'Eva',
          PersonId: 'p1',
          StartsAt: '2026-11-23T08:00:00Z',
          ExpectedUntil: '2026-11-30T08:00:00Z',
          Unknown: 'ignored',
        },
      }),
    );
    expect(record).toEqual({
      id: '3',
      eTag: '"x,2"',
      fields: {
        Title: 'Eva',
        PersonId: 'p1',
        StartsAt: Date.parse('2026-11-23T08:00:00Z'),
        ExpectedUntil: Date.parse('2026-11-30T08:00:00Z'),
        EndedAt: null,
        CallsSubstituteId: null,
        CallbacksSubstituteId: null,
        CallbacksSubstituteMailbox: null,
        NoteForFrontOffice: null,
        RegisteredById: null,
        State: null,
      },
    });
    expect(fieldsForListItem(absencesList, record!.fields)).toMatchObject({
      StartsAt: '2026-11-23T08:00:00Z',
      ExpectedUntil: '2026-11-30T08:00:00Z',
      EndedAt: null,
    });
  });

  it('refuses a value longer than its column allows, also for multi-line text (SharePoint does not check that)', () => {
    expect(() => fieldsForListItem(absencesList, { NoteForFrontOffice: 'x'.repeat(501) })).toThrow(
      FieldTooLongError,
    );
    expect(fieldsForListItem(absencesList, { NoteForFrontOffice: 'x'.repeat(500) })).toEqual({
      NoteForFrontOffice: 'x'.repeat(500),
    });
  });

  it('skips an item that lacks a required column', () => {
    expect(
      recordFromListItem(absencesList, listItem({ id: '1', fields: { Title: 'x' } })),
    ).toBeNull();
  });
});

describe('queries', () => {
  it('escapes quotes in OData strings', () => {
    expect(odataString("O'Brien")).toBe("'O''Brien'");
  });

  it('addresses the site by path or id', () => {
    expect(siteSegment({ sitePath: 'lindeburg.sharepoint.com:/sites/bereikbaar' })).toBe(
      '/sites/lindeburg.sharepoint.com:/sites/bereikbaar:',
    );
    expect(siteSegment({ siteId: 'h.sharepoint.com,a,b' })).toBe('/sites/h.sharepoint.com,a,b');
  });

  it('builds an items URL with the schema columns and a filter on indexed columns only', () => {
    const url = listItemsUrl({ siteId: 's' }, absencesList, {
      filter: `fields/PersonId eq ${odataString("a'b")}`,
    });
    expect(url).toContain(
      '/sites/s/lists/BereikbaarAfwezigheden/items?$expand=fields($select=Title,PersonId,',
    );
    expect(decodeURIComponent(url)).toContain("$filter=fields/PersonId eq 'a''b'");
    expect(() =>
      listItemsUrl({ siteId: 's' }, absencesList, { filter: "fields/Title eq 'x'" }),
    ).toThrow(/not indexed/);
  });
});
