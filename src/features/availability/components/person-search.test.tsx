// @vitest-environment jsdom
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import { Profiler } from 'react';
import type { PersonSummary } from '../../../domain/people';
import { LocaleProvider } from '../../../i18n';
import type { SearchOption } from '../search-options';
import { PersonSearch, resultsInFirstFrame } from './person-search';
import type { PersonSearchProps } from './person-search';

const femke = (id: string): PersonSummary => ({
  id,
  displayName: "Femke van 't Hof",
  givenName: 'Femke',
  surname: "van 't Hof",
  jobTitle: 'Consulent WMO',
  department: 'Sociaal Domein',
  team: 'WMO',
  mail: `${id}@lindeburg.example`,
  phones: [],
  topics: [],
});

describe('PersonSearch results', () => {
  it('tells namesakes with the same job and team apart by what differs', () => {
    const options: SearchOption[] = [femke('femke.vanthof'), femke('femke.vanthof2')].map(
      (person) => ({ kind: 'person', person, matchedOn: 'name' }),
    );
    render(
      <FluentProvider theme={webLightTheme}>
        <LocaleProvider initialLocale="nl">
          <PersonSearch
            query="femke"
            onQueryChange={() => undefined}
            options={options}
            morePeople={false}
            activeIndex={-1}
            onActiveIndexChange={() => undefined}
            onOpen={() => undefined}
            openedKey={null}
            statusOf={() => ({ kind: 'loading' })}
            now={new Date('2026-03-30T08:00:00Z')}
            inputRef={null}
            placeholderStatus={null}
          />
        </LocaleProvider>
      </FluentProvider>,
    );
    const [first, second] = within(screen.getByRole('listbox')).getAllByRole('option');
    expect(first).toHaveTextContent('Consulent WMO · WMO · femke.vanthof@lindeburg.example');
    expect(second).toHaveTextContent('Consulent WMO · WMO · femke.vanthof2@lindeburg.example');
  });

  it("renders the first results in the letter's own render and the rest right after, at lower priority", () => {
    const people = (prefix: string): SearchOption[] =>
      Array.from({ length: 30 }, (_, index) => ({
        kind: 'person',
        person: { ...femke(`${prefix}${index}`), displayName: `${prefix} ${index}` },
        matchedOn: 'name',
      }));
    const props = (query: string, options: SearchOption[]): PersonSearchProps => ({
      query,
      onQueryChange: () => undefined,
      options,
      morePeople: false,
      activeIndex: -1,
      onActiveIndexChange: () => undefined,
      onOpen: () => undefined,
      openedKey: null,
      statusOf: () => ({ kind: 'loading' }),
      now: new Date('2026-03-30T08:00:00Z'),
      inputRef: null,
      placeholderStatus: null,
    });
    // The rows in the page at each commit of the search.
    const rowsPerCommit: number[] = [];
    const tree = (query: string, options: SearchOption[]) => (
      <FluentProvider theme={webLightTheme}>
        <LocaleProvider initialLocale="nl">
          <Profiler
            id="search"
            onRender={() => rowsPerCommit.push(document.querySelectorAll('[role="option"]').length)}
          >
            <PersonSearch {...props(query, options)} />
          </Profiler>
        </LocaleProvider>
      </FluentProvider>
    );
    const { rerender } = render(tree('ja', people('ja')));
    expect(rowsPerCommit).toEqual([30]);

    rowsPerCommit.length = 0;
    rerender(tree('jan', people('jan')));
    expect(rowsPerCommit).toEqual([resultsInFirstFrame, 30]);
    const rows = within(screen.getByRole('listbox')).getAllByRole('option');
    expect(rows).toHaveLength(30);
    rows.forEach((row, index) => expect(row).toHaveTextContent(`jan ${index}`));
    expect(screen.getByRole('status')).toHaveTextContent('30 resultaten');
  });
});
