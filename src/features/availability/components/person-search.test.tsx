// @vitest-environment jsdom
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import type { PersonSummary } from '../../../domain/people';
import { LocaleProvider } from '../../../i18n';
import type { SearchOption } from '../search-options';
import { PersonSearch } from './person-search';

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
});
