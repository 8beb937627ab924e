// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import type { PersonSummary } from '../../domain/people';
import { createPeopleIndex } from '../../domain/people';
import { renderUi, seriousAxeViolations } from '../testing/render-ui';
import type { PeoplePickerProps } from './people-picker';
import { PeoplePicker } from './people-picker';

const person = (
  id: string,
  displayName: string,
  team: string,
  jobTitle: string,
): PersonSummary => ({
  id,
  displayName,
  givenName: displayName.split(' ')[0] ?? displayName,
  surname: displayName.split(' ').slice(1).join(' '),
  jobTitle,
  department: null,
  team,
  mail: `${id}@lindeburg.example`,
  phones: [],
  topics: [],
});
const anna = person('anna', 'Anna Jansen', 'Burgerzaken', 'Medewerker burgerzaken');
const annaB = person('anna.b', 'Anna Bakker', 'Wonen', 'Beleidsadviseur wonen');
const karin = person('karin', 'Karin de Vries', 'Wonen', 'Beleidsadviseur wonen');
const pieter = person('pieter', 'Pieter van der Berg', 'Burgerzaken', 'Teamleider');
const index = createPeopleIndex([anna, annaB, karin, pieter]);

type Seen = { chosen: PersonSummary | null; unresolved: string | null; submitted: number };
type Recorder = {
  choose: (person: PersonSummary | null) => void;
  leave: (text: string | null) => void;
  submit: () => void;
};

function Picker(props: Partial<PeoplePickerProps> & { record: Recorder }) {
  const { record, ...rest } = props;
  const [value, setValue] = useState<PersonSummary | null>(null);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        record.submit();
      }}
    >
      <PeoplePicker
        label="Vervanger"
        value={value}
        onChange={(chosen) => {
          record.choose(chosen);
          setValue(chosen);
        }}
        onUnresolvedChange={(text) => {
          record.leave(text);
        }}
        index={index}
        {...rest}
      />
      <button type="submit">Opslaan</button>
    </form>
  );
}

function setup(props: Partial<PeoplePickerProps> = {}) {
  const seen: Seen = { chosen: null, unresolved: null, submitted: 0 };
  const user = userEvent.setup();
  const record: Recorder = {
    choose: (chosen) => {
      seen.chosen = chosen;
    },
    leave: (text) => {
      seen.unresolved = text;
    },
    submit: () => {
      seen.submitted += 1;
    },
  };
  const view = renderUi(<Picker record={record} {...props} />);
  const box = screen.getByRole('combobox', { name: 'Vervanger' });
  return { seen, user, box, ...view };
}

describe('PeoplePicker', () => {
  it('lists matches by name with job and team, picks with ArrowDown and Enter, and passes axe', async () => {
    const { user, box, seen, container } = setup();
    await user.click(box);
    await user.keyboard('anna');
    const listbox = screen.getByRole('listbox', { name: 'Vervanger' });
    const options = within(listbox).getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual([
      expect.stringContaining('Anna Bakker'),
      expect.stringContaining('Anna Jansen'),
    ]);
    expect(within(listbox).getByRole('option', { name: /Anna Jansen/ })).toHaveTextContent(
      'Medewerker burgerzaken · Burgerzaken',
    );
    expect(await seriousAxeViolations(container)).toEqual([]);
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    expect(box).toHaveValue(seen.chosen?.displayName);
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(seen.submitted).toBe(0);
  });

  it('offers the preferred team first and leaves excluded people out, saying why', async () => {
    const { user, box } = setup({
      preferredIds: [anna.id],
      excludeIds: [pieter.id],
      excludedText: (excluded) => `${excluded.displayName} kan niet de eigen vervanger zijn.`,
    });
    await user.click(box);
    await user.keyboard('anna');
    expect(within(screen.getByRole('listbox')).getAllByRole('option')[0]).toHaveAccessibleName(
      /^Anna Jansen/,
    );
    await user.clear(box);
    await user.keyboard('pieter');
    expect(screen.getByRole('listbox')).toHaveTextContent(
      'Pieter van der Berg kan niet de eigen vervanger zijn.',
    );
  });

  it('picks the first result with Enter when none is highlighted; Enter with the list closed submits', async () => {
    const { user, box, seen } = setup();
    await user.click(box);
    await user.keyboard('vries');
    await user.keyboard('{Enter}');
    expect(seen.chosen?.id).toBe(karin.id);
    expect(box).toHaveValue('Karin de Vries');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(seen.submitted).toBe(1));
  });

  it('says nobody was found, in the language of the app', async () => {
    const { user, box } = setup();
    await user.click(box);
    await user.keyboard('zzz');
    expect(screen.getByRole('listbox')).toHaveTextContent('Niemand gevonden voor “zzz”.');
  });

  it('picks the single match on Tab, and keeps a text matching several as unresolved', async () => {
    const { user, box, seen } = setup();
    await user.click(box);
    await user.keyboard('de vries');
    await user.tab();
    expect(seen.chosen?.id).toBe(karin.id);
    expect(box).toHaveValue('Karin de Vries');

    await user.click(box);
    await user.clear(box);
    await user.keyboard('wonen');
    await user.tab();
    expect(box).toHaveValue('wonen');
    expect(seen.chosen).toBeNull();
    expect(seen.unresolved).toBe('wonen');
  });

  it('closes with Escape and puts the chosen name back', async () => {
    const { user, box } = setup();
    await user.click(box);
    await user.keyboard('karin{Enter}');
    await user.keyboard('{Backspace}{Backspace}');
    expect(screen.getByRole('listbox')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(box).toHaveValue('Karin de Vries');
  });

  it('ties the error to the box for screen readers', () => {
    const { box } = setup({ validationMessage: 'Kies de vervanger uit de lijst.' });
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box).toHaveAccessibleDescription('Kies de vervanger uit de lijst.');
  });
});
