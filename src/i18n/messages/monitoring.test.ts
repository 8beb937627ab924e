// The definitions under the figures quote column headings by name; a quoted name that is no heading on the screen
// or in the CSV sends the reader looking for a column that does not exist.
import { monitoringMessages } from './monitoring';

const { nl, en } = monitoringMessages;

describe.each([
  ['nl', nl],
  ['en', en],
] as const)('monitoring definitions (%s)', (_locale, catalog) => {
  const entries = Object.entries<string>(catalog);
  const headings = new Set(
    entries
      .filter(
        ([key]) => key.startsWith('monitoring.column.') || key.startsWith('monitoring.csv.column.'),
      )
      .map(([, text]) => text),
  );
  it.each(entries.filter(([key]) => key.startsWith('monitoring.definition.')))(
    '%s quotes only real headings',
    (_key, text) => {
      const quoted = [...text.matchAll(/“([^”]+)”/g)].map((match) => match[1]);
      for (const name of quoted) expect(headings).toContain(name);
    },
  );
});
