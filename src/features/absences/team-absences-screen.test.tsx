// @vitest-environment jsdom
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Availability } from '../../domain/availability';
import { GraphRequestError, createQueryClient } from '../../graph/client';
import { LocaleProvider } from '../../i18n';
import type { AbsencesDataSource } from './api/absences-data-source';
import { AbsencesDataSourceProvider } from './api/absences-data-source';
import { TeamAbsencesScreen } from './team-absences-screen';
import type { Fake } from './testing/fake-absences-data-source';
import {
  anna,
  at,
  clock,
  fakeSource,
  karin,
  mohamed,
  person,
  pieter,
  snapshot,
  stored,
} from './testing/fake-absences-data-source';

// These tests type whole forms through user-event; on a loaded 2-core machine one can take longer than the
// default 20 s. A longer limit, not a wait: a passing test is as fast as ever.
vi.setConfig({ testTimeout: 60_000 });

function renderScreen(
  source: AbsencesDataSource,
  as: { userId: string; displayName: string; teamScope: 'ownTeams' | 'allTeams' } = {
    userId: mohamed.id,
    displayName: mohamed.displayName,
    teamScope: 'ownTeams',
  },
) {
  return render(
    <QueryClientProvider client={createQueryClient()}>
      <FluentProvider theme={webLightTheme}>
        <LocaleProvider initialLocale="nl">
          <AbsencesDataSourceProvider value={source}>
            <TeamAbsencesScreen
              account={{ userId: as.userId, displayName: as.displayName }}
              teamScope={as.teamScope}
            />
          </AbsencesDataSourceProvider>
        </LocaleProvider>
      </FluentProvider>
    </QueryClientProvider>,
  );
}

describe('TeamAbsencesScreen', () => {
  it('lets the coordinator register an absence without its kind: only the team leader records why', async () => {
    const user = userEvent.setup();
    const source = fakeSource({});
    renderScreen(source, {
      userId: 'p-ingrid',
      displayName: 'Ingrid Bakker',
      teamScope: 'allTeams',
    });
    const register = await screen.findByRole('button', {
      name: 'Afwezigheid melden voor Pieter van der Berg',
    });
    await user.click(register);
    expect(screen.queryByRole('combobox', { name: /Soort afwezigheid/ })).not.toBeInTheDocument();
    expect(
      screen.getByText(/Alleen de teamleider van dit team legt de reden vast/),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Afwezigheid opslaan' }));
    await waitFor(() => expect(source.created).toHaveLength(1));
    expect(source.created[0]?.reasons).toEqual([]);
  });

  it('registers a sick colleague with a substitute using the keyboard only', async () => {
    const user = userEvent.setup();
    const source = fakeSource({});
    renderScreen(source);
    const register = await screen.findByRole('button', {
      name: 'Afwezigheid melden voor Pieter van der Berg',
    });
    register.focus();
    await user.keyboard('{Enter}');

    const kind = await screen.findByRole('combobox', { name: /Soort afwezigheid/ });
    expect(kind).toHaveFocus();
    expect(kind).toHaveValue('sick');
    expect(screen.getByRole('combobox', { name: /^Medewerker/ })).toHaveValue(pieter.id);
    expect(screen.getByLabelText(/Vanaf \(datum\)/)).toHaveValue('2026-03-30');
    expect(screen.getByLabelText(/Vanaf \(tijd\)/)).toHaveValue('10:00');
    expect(screen.getByRole('radio', { name: 'Onbekend' })).toBeChecked();

    const picker = screen.getByRole('combobox', { name: 'Vervanger voor telefoon' });
    await user.click(picker);
    await user.keyboard('ann');
    const listbox = screen.getByRole('listbox', { name: 'Vervanger voor telefoon' });
    expect(within(listbox).getByRole('option', { name: /Anna Jansen/ })).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(picker).toHaveValue('Anna Jansen');
    // With the list closed, Enter saves the form.
    await user.keyboard('{Enter}');

    await waitFor(() => expect(source.created).toHaveLength(1));
    expect(source.created[0]).toEqual({
      registration: {
        personId: pieter.id,
        kind: 'sick',
        from: at('2026-03-30T10:00:00+02:00'),
        expectedUntil: 'unknown',
        substituteForCalls: { kind: 'person', personId: anna.id },
        substituteForCallbacks: { kind: 'person', personId: anna.id },
        noteForFrontOffice: null,
      },
      personName: pieter.displayName,
      registeredById: mohamed.id,
      // The kind goes to the reasons list of the team Mohamed leads.
      reasons: [{ teamId: '1', memberIds: [mohamed.id, pieter.id, anna.id, karin.id] }],
    });
    expect(JSON.stringify(source.notices)).not.toMatch(/sick/);
    expect(
      await screen.findByText(
        'Afwezigheid van Pieter van der Berg opgeslagen. Het KCP is per e-mail geïnformeerd.',
      ),
    ).toBeInTheDocument();
    const current = screen.getByRole('region', { name: 'Nu afwezig' });
    expect(
      within(current).getByRole('rowheader', { name: 'Pieter van der Berg' }),
    ).toBeInTheDocument();
    // The live state is read again after saving: Pieter shows absent, with the reason for the leader.
    const members = screen.getByRole('region', { name: 'Teamleden (3)' });
    const pieterRow = within(members)
      .getByRole('rowheader', { name: 'Pieter van der Berg' })
      .closest('tr')!;
    await waitFor(() => expect(pieterRow).toHaveTextContent('reden: Ziek'));
    expect(pieterRow.querySelector('[data-state]')).toHaveAttribute('data-state', 'absent');
    expect(source.liveRequests).toHaveLength(2);
  });

  it('says what to fix under each field and keeps what was typed', async () => {
    const user = userEvent.setup();
    const source = fakeSource({});
    renderScreen(source);
    await user.click(
      await screen.findByRole('button', { name: 'Afwezigheid melden voor Pieter van der Berg' }),
    );
    await user.click(screen.getByRole('radio', { name: 'Datum en tijd' }));
    const untilDate = screen.getByLabelText(/Verwacht tot \(datum\)/);
    await user.clear(untilDate);
    await user.type(untilDate, '2026-03-29');
    const note = screen.getByRole('textbox', { name: 'Toelichting voor het KCP' });
    await user.click(note);
    await user.paste('x'.repeat(501));
    await user.click(screen.getByRole('button', { name: 'Afwezigheid opslaan' }));

    expect(untilDate).toHaveAccessibleDescription(
      'Het einde moet na het begin liggen. Pas de datum of tijd aan.',
    );
    expect(untilDate).toHaveAttribute('aria-invalid', 'true');
    expect(note).toHaveAccessibleDescription(
      expect.stringContaining('De toelichting is te lang: maximaal 500 tekens.'),
    );
    expect(untilDate).toHaveValue('2026-03-29');
    expect(note).toHaveValue('x'.repeat(501));
    expect(source.created).toHaveLength(0);
  });

  it('refuses an overlap and offers to extend the existing absence instead', async () => {
    const user = userEvent.setup();
    const existing = stored({
      from: at('2026-03-27T09:00:00+01:00'),
      expectedUntil: at('2026-03-31T17:00:00+02:00'),
    });
    const source = fakeSource({ absences: [existing] });
    renderScreen(source);
    await user.click(
      await screen.findByRole('button', { name: 'Afwezigheid melden voor Pieter van der Berg' }),
    );
    await user.click(screen.getByRole('button', { name: 'Afwezigheid opslaan' }));
    expect(screen.getByLabelText(/Vanaf \(datum\)/)).toHaveAccessibleDescription(
      expect.stringContaining('heeft in deze periode al een afwezigheid'),
    );
    await user.click(screen.getByRole('button', { name: /Bestaande afwezigheid verlengen/ }));
    // The existing one opens for editing with an unknown end (the new period had no end).
    expect(
      screen.getByRole('heading', { name: 'Afwezigheid van Pieter van der Berg wijzigen' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Onbekend' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));
    await waitFor(() => expect(source.updates).toHaveLength(1));
    expect(source.updates[0]?.base.id).toBe(existing.id);
    expect(source.updates[0]?.registration.expectedUntil).toBe('unknown');
    expect(source.created).toHaveLength(0);
  });

  it('offers the own team first in the substitute picker, then other teams', async () => {
    const user = userEvent.setup();
    // Two colleagues named Anna from another team, alphabetically before Anna Jansen.
    const others = [
      { ...person('p-anna-a', 'Anna Aalders'), team: 'Wonen', jobTitle: 'Beleidsadviseur wonen' },
      { ...person('p-anna-b', 'Anna Bakker'), team: 'Wonen', jobTitle: 'Beleidsadviseur wonen' },
    ];
    const source = fakeSource({});
    source.loadDirectory = () =>
      Promise.resolve({ ...snapshot, people: [...snapshot.people, ...others] });
    renderScreen(source);
    await user.click(
      await screen.findByRole('button', { name: 'Afwezigheid melden voor Pieter van der Berg' }),
    );
    await user.click(screen.getByRole('combobox', { name: 'Vervanger voor telefoon' }));
    await user.keyboard('anna');
    const listbox = screen.getByRole('listbox', { name: 'Vervanger voor telefoon' });
    expect(
      within(listbox)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual([
      expect.stringContaining('Anna Jansen'),
      expect.stringContaining('Anna Aalders'),
      expect.stringContaining('Anna Bakker'),
    ]);
  });

  it('keeps a typed substitute on Tab: the single match is picked', async () => {
    const user = userEvent.setup();
    const source = fakeSource({});
    renderScreen(source);
    await user.click(
      await screen.findByRole('button', { name: 'Afwezigheid melden voor Pieter van der Berg' }),
    );
    const picker = screen.getByRole('combobox', { name: 'Vervanger voor telefoon' });
    await user.click(picker);
    await user.keyboard('karin');
    await user.tab();
    expect(picker).toHaveValue('Karin de Vries');
    await user.click(screen.getByRole('button', { name: 'Afwezigheid opslaan' }));
    await waitFor(() => expect(source.created).toHaveLength(1));
    expect(source.created[0]?.registration.substituteForCalls).toEqual({
      kind: 'person',
      personId: karin.id,
    });
  });

  it('keeps a typed name that matches several people on Tab, and asks to choose one before saving', async () => {
    const user = userEvent.setup();
    const source = fakeSource({});
    renderScreen(source);
    await user.click(
      await screen.findByRole('button', { name: 'Afwezigheid melden voor Pieter van der Berg' }),
    );
    const picker = screen.getByRole('combobox', { name: 'Vervanger voor telefoon' });
    await user.click(picker);
    await user.keyboard('burgerzaken');
    await user.tab();
    expect(picker).toHaveValue('burgerzaken');
    await user.click(screen.getByRole('button', { name: 'Afwezigheid opslaan' }));
    expect(source.created).toHaveLength(0);
    expect(picker).toHaveFocus();
    expect(picker).toHaveAttribute('aria-invalid', 'true');
    expect(picker).toHaveAccessibleDescription(
      expect.stringContaining('Kies de vervanger uit de lijst'),
    );
  });

  it('says the absent person cannot be their own substitute instead of "Niemand gevonden"', async () => {
    const user = userEvent.setup();
    const source = fakeSource({});
    renderScreen(source);
    await user.click(
      await screen.findByRole('button', { name: 'Afwezigheid melden voor Pieter van der Berg' }),
    );
    await user.click(screen.getByRole('combobox', { name: 'Vervanger voor telefoon' }));
    await user.keyboard('pieter');
    const listbox = screen.getByRole('listbox', { name: 'Vervanger voor telefoon' });
    expect(listbox).toHaveTextContent('Pieter van der Berg kan niet de eigen vervanger zijn.');
    expect(listbox).not.toHaveTextContent('Niemand gevonden');
  });

  it('moves focus to the first invalid field after a failed save, with the error under that field', async () => {
    const user = userEvent.setup();
    const source = fakeSource({});
    renderScreen(source);
    await user.click(
      await screen.findByRole('button', { name: 'Afwezigheid melden voor Pieter van der Berg' }),
    );
    const fromTime = screen.getByLabelText(/Vanaf \(tijd\)/);
    await user.clear(fromTime);
    await user.click(screen.getByRole('button', { name: 'Afwezigheid opslaan' }));
    expect(fromTime).toHaveFocus();
    expect(fromTime).toHaveAttribute('aria-invalid', 'true');
    expect(fromTime).toHaveAccessibleDescription('Vul een geldige begintijd in (uu:mm).');
    expect(screen.getByLabelText(/Vanaf \(datum\)/)).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('warns when the substitute is away then, with the return date', async () => {
    const user = userEvent.setup();
    const back = at('2026-04-02T17:00:00+02:00');
    const source = fakeSource({
      availability: (personId) =>
        personId === anna.id
          ? ({ state: 'absent', reason: 'calendarOutOfOffice', until: back } as Availability)
          : null,
    });
    renderScreen(source);
    await user.click(
      await screen.findByRole('button', { name: 'Afwezigheid melden voor Pieter van der Berg' }),
    );
    const picker = screen.getByRole('combobox', { name: 'Vervanger voor telefoon' });
    await user.click(picker);
    await user.keyboard('anna{Enter}');
    await waitFor(() =>
      expect(picker).toHaveAccessibleDescription(
        expect.stringMatching(/^Anna Jansen is dan zelf afwezig, terug op do 2 apr 2026.*17:00/),
      ),
    );
  });

  it('shows both versions when someone else saved first, and saves mine only when asked', async () => {
    const user = userEvent.setup();
    const shown = stored();
    const theirs = stored({
      eTag: '"a,2"',
      expectedUntil: at('2026-04-03T17:00:00+02:00'),
      noteForFrontOffice: 'Verlengd door Ingrid',
    });
    const source = fakeSource({
      absences: [shown],
      update: (base) =>
        base.eTag === shown.eTag
          ? { kind: 'conflict', current: theirs }
          : { kind: 'saved', absence: theirs },
    });
    renderScreen(source);
    await user.click(
      await screen.findByRole('button', { name: 'Afwezigheid van Pieter van der Berg wijzigen' }),
    );
    const note = screen.getByRole('textbox', { name: 'Toelichting voor het KCP' });
    await user.type(note, 'Mijn notitie');
    await user.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));

    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByRole('heading', {
        name: 'Iemand anders heeft deze afwezigheid intussen gewijzigd',
      }),
    ).toBeInTheDocument();
    expect(within(alert).getByRole('heading', { name: 'Huidige versie' })).toBeInTheDocument();
    expect(within(alert).getByRole('heading', { name: 'Uw wijzigingen' })).toBeInTheDocument();
    expect(within(alert).getByText('Verlengd door Ingrid')).toBeInTheDocument();
    expect(within(alert).getByText('Mijn notitie')).toBeInTheDocument();
    // Nothing was overwritten: one refused update, what was typed is still there.
    expect(source.updates).toHaveLength(1);
    expect(note).toHaveValue('Mijn notitie');

    // Both changed the note: said, by field.
    expect(
      within(alert).getByText(/Door u allebei gewijzigd: Toelichting voor het KCP/),
    ).toBeInTheDocument();

    await user.click(within(alert).getByRole('button', { name: 'Mijn wijzigingen opslaan' }));
    await waitFor(() => expect(source.updates).toHaveLength(2));
    expect(source.updates[1]?.base.eTag).toBe('"a,2"');
    expect(source.updates[1]?.registration.noteForFrontOffice).toBe('Mijn notitie');
    // Their new end, a field this leader never touched, is kept (not overwritten by the stale form).
    expect(source.updates[1]?.registration.expectedUntil).toBe(theirs.expectedUntil);
  });

  it('hands the open callback requests of the absent person to the callback substitute in one action', async () => {
    const user = userEvent.setup();
    const handedOver: unknown[] = [];
    const source: Fake = {
      ...fakeSource({ absences: [stored()] }),
      reassignOpenCallbacks: (from, to, teamName, notice) => {
        handedOver.push({ from, to, teamName, byName: notice.byName });
        return Promise.resolve({ handedOver: 3, notNotified: 0 });
      },
    };
    renderScreen(source);
    await user.click(
      await screen.findByRole('button', {
        name: 'Open terugbelverzoeken overdragen aan vervanger: Pieter van der Berg',
      }),
    );
    expect(handedOver).toEqual([
      {
        from: pieter.id,
        to: { kind: 'person', personId: anna.id },
        teamName: 'Burgerzaken',
        byName: expect.any(String),
      },
    ]);
    expect(
      await screen.findByText(
        '3 open terugbelverzoeken van Pieter van der Berg overgedragen aan de vervanger.',
      ),
    ).toBeInTheDocument();
  });

  it("shows each member's live state as word, icon and colour, until when, and the reason only of a registered absence", async () => {
    const source = fakeSource({
      absences: [stored()],
      liveSignals: {
        [anna.id]: {
          calendar: {
            access: 'details',
            items: [
              {
                start: at('2026-03-30T09:30:00+02:00'),
                end: at('2026-03-30T11:00:00+02:00'),
                status: 'busy',
                isPrivate: false,
              },
            ],
          },
        },
        [karin.id]: { calendar: null, workingHours: null },
      },
    });
    renderScreen(source);
    const members = await screen.findByRole('region', { name: 'Teamleden (3)' });
    const stateOf = (name: string) => {
      const row = within(members).getByRole('rowheader', { name }).closest('tr');
      if (row === null) throw new Error(name);
      return row.querySelector('[data-state]') as HTMLElement;
    };
    await waitFor(() => expect(stateOf(pieter.displayName)).toBeTruthy());
    expect(stateOf(pieter.displayName)).toHaveAttribute('data-state', 'absent');
    expect(stateOf(pieter.displayName)).toHaveTextContent('Afwezig');
    expect(stateOf(pieter.displayName)).toHaveTextContent('einde onbekend');
    expect(stateOf(pieter.displayName)).toHaveTextContent('reden: Ziek');
    expect(stateOf(anna.displayName)).toHaveAttribute('data-state', 'busy');
    expect(stateOf(anna.displayName)).toHaveTextContent('Bezet');
    expect(stateOf(anna.displayName)).toHaveTextContent('tot 11:00');
    expect(stateOf(anna.displayName)).not.toHaveTextContent('reden');
    expect(stateOf(karin.displayName)).toHaveAttribute('data-state', 'unknown');
    expect(stateOf(karin.displayName)).toHaveTextContent('Onbekend');
    // Icon beside the word (never colour alone), and one request for the whole team.
    expect(stateOf(anna.displayName).querySelector('svg')).not.toBeNull();
    expect(source.liveRequests).toEqual([[anna.id, karin.id, pieter.id]]);
  });

  it('says why a member is absent when no absence is registered ("buiten werktijd")', async () => {
    const source = fakeSource({
      liveSignals: {
        [karin.id]: {
          workingHours: {
            daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
            startTime: '13:00',
            endTime: '17:00',
            timeZone: 'Europe/Amsterdam',
          },
        },
      },
    });
    renderScreen(source);
    const members = await screen.findByRole('region', { name: 'Teamleden (3)' });
    const karinState = () =>
      within(members).getByRole('rowheader', { name: karin.displayName }).closest('tr');
    await waitFor(() =>
      expect(karinState()?.querySelector('[data-state]')).toHaveAttribute('data-state', 'absent'),
    );
    expect(karinState()).toHaveTextContent('buiten werktijd');
  });

  it('reads the live state again when an absence is ended', async () => {
    const user = userEvent.setup();
    const source = fakeSource({ absences: [stored()] });
    renderScreen(source);
    const members = await screen.findByRole('region', { name: 'Teamleden (3)' });
    const pieterRow = () =>
      within(members).getByRole('rowheader', { name: pieter.displayName }).closest('tr')!;
    await waitFor(() => expect(pieterRow()).toHaveTextContent('Afwezig'));
    await user.click(screen.getByRole('button', { name: 'Pieter van der Berg is weer aanwezig' }));
    await user.click(
      screen.getByRole('button', { name: 'Ja, Pieter van der Berg is weer aanwezig' }),
    );
    await waitFor(() => expect(pieterRow()).toHaveTextContent('Bereikbaar'));
    expect(pieterRow()).toHaveTextContent('tot 17:00');
    expect(pieterRow()).not.toHaveTextContent('reden');
    expect(source.liveRequests).toHaveLength(2);
  });

  it('asks before ending an absence with "Weer aanwezig"; Annuleren keeps it', async () => {
    const user = userEvent.setup();
    const source = fakeSource({ absences: [stored()] });
    renderScreen(source);
    await user.click(
      await screen.findByRole('button', { name: 'Pieter van der Berg is weer aanwezig' }),
    );
    const confirm = screen.getByRole('button', {
      name: 'Ja, Pieter van der Berg is weer aanwezig',
    });
    expect(confirm).toHaveFocus();
    expect(source.ended).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Annuleren' }));
    expect(source.ended).toHaveLength(0);
    expect(
      screen.getByRole('button', { name: 'Pieter van der Berg is weer aanwezig' }),
    ).toHaveFocus();
  });

  it('mails the front office when an absence is changed and when it is ended, saying what changed, never the reason', async () => {
    const user = userEvent.setup();
    const source = fakeSource({ absences: [stored()] });
    renderScreen(source);
    await user.click(
      await screen.findByRole('button', { name: 'Afwezigheid van Pieter van der Berg wijzigen' }),
    );
    await user.click(screen.getByRole('radio', { name: 'Datum en tijd' }));
    await user.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));
    await waitFor(() => expect(source.updates).toHaveLength(1));
    await waitFor(() => expect(source.notices).toHaveLength(1));
    expect(source.notices[0]).toMatchObject({
      personName: pieter.displayName,
      registeredByName: mohamed.displayName,
      change: { kind: 'changed', fields: ['until'] },
    });
    expect(
      await screen.findByText(
        'Afwezigheid van Pieter van der Berg gewijzigd. Het KCP is per e-mail geïnformeerd.',
      ),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Pieter van der Berg is weer aanwezig' }));
    await user.click(
      screen.getByRole('button', { name: 'Ja, Pieter van der Berg is weer aanwezig' }),
    );
    await waitFor(() => expect(source.notices).toHaveLength(2));
    expect(source.notices[1]).toMatchObject({
      change: { kind: 'ended', at: at(clock.toISOString()) },
    });
    expect(JSON.stringify(source.notices)).not.toMatch(/sick/);
  });

  it('keeps showing registered absences when the live state cannot be read', async () => {
    const source = fakeSource({ absences: [stored()], liveFails: 'fails' });
    renderScreen(source);
    const members = await screen.findByRole('region', { name: 'Teamleden (3)' });
    const row = within(members).getByRole('rowheader', { name: pieter.displayName }).closest('tr')!;
    await waitFor(() => expect(row).toHaveTextContent('(actuele status niet op te halen)'));
    expect(row).toHaveTextContent('Afwezig, einde onbekend');
  });

  it('asks to confirm absences past their expected end, and ends them on confirmation', async () => {
    const user = userEvent.setup();
    const overdue = stored({ expectedUntil: at('2026-03-29T17:00:00+02:00') });
    const source = fakeSource({ absences: [overdue] });
    renderScreen(source);
    const section = await screen.findByRole('region', { name: 'Verwachte einddatum verstreken' });
    expect(within(section).getByText(/Pieter van der Berg: verwacht terug/)).toBeInTheDocument();
    expect(
      within(section).getByRole('button', {
        name: 'Afwezigheid van Pieter van der Berg verlengen',
      }),
    ).toBeInTheDocument();
    // Past the expected end counts as present again.
    expect(screen.queryByText(/^Afwezig tot/)).not.toBeInTheDocument();

    await user.click(
      within(section).getByRole('button', { name: 'Bevestig: Pieter van der Berg weer aanwezig' }),
    );
    await waitFor(() => expect(source.ended.map((absence) => absence.id)).toEqual(['7']));
    expect(await screen.findByText(/^Pieter van der Berg is weer aanwezig\./)).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: 'Verwachte einddatum verstreken' })).toBeNull(),
    );
  });

  it('says plainly that only leaders and the coordinator may write absences when the list refuses (403)', async () => {
    const user = userEvent.setup();
    const refused = () =>
      Promise.reject(new GraphRequestError(403, 'accessDenied', 'Access denied.', null, null));
    const source: Fake = { ...fakeSource({ absences: [stored()] }), create: refused, end: refused };
    renderScreen(source);

    await user.click(
      await screen.findByRole('button', { name: 'Afwezigheid melden voor Anna Jansen' }),
    );
    const note = screen.getByRole('textbox', { name: 'Toelichting voor het KCP' });
    await user.type(note, 'Tot vrijdag');
    await user.click(screen.getByRole('button', { name: 'Afwezigheid opslaan' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'U mag geen afwezigheden melden of wijzigen: dat mogen alleen teamleiders en de KCP-coördinator. Er is niets opgeslagen.',
    );
    expect(screen.queryByText(/Access denied/)).toBeNull();
    expect(note).toHaveValue('Tot vrijdag');

    await user.click(screen.getByRole('button', { name: 'Annuleren' }));
    await user.click(screen.getByRole('button', { name: 'Pieter van der Berg is weer aanwezig' }));
    await user.click(
      screen.getByRole('button', { name: 'Ja, Pieter van der Berg is weer aanwezig' }),
    );
    expect(
      await screen.findByText(
        'De afwezigheid van Pieter van der Berg is niet beëindigd: alleen teamleiders en de KCP-coördinator mogen afwezigheden wijzigen.',
      ),
    ).toBeInTheDocument();
  });

  it('says in Dutch that there is no connection when the team, the list or a save fails with "Failed to fetch"', async () => {
    const offline = () => Promise.reject(new TypeError('Failed to fetch'));
    const { unmount } = renderScreen({ ...fakeSource({}), loadDirectory: offline });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Het team kon niet worden geladen: Er is geen verbinding met de server. Vernieuw de pagina',
    );
    expect(screen.queryByText(/Failed to fetch/)).toBeNull();
    unmount();

    const listOffline = renderScreen({ ...fakeSource({}), listAbsences: offline });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'De afwezigheden konden niet worden geladen: Er is geen verbinding met de server.',
    );
    expect(screen.queryByText(/Failed to fetch/)).toBeNull();
    listOffline.unmount();

    const user = userEvent.setup();
    renderScreen({ ...fakeSource({}), create: offline });
    await user.click(
      await screen.findByRole('button', { name: 'Afwezigheid melden voor Anna Jansen' }),
    );
    await user.click(screen.getByRole('button', { name: 'Afwezigheid opslaan' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Opslaan is niet gelukt: Er is geen verbinding met de server. Uw invoer is bewaard',
    );
    expect(alert.textContent).not.toMatch(/Failed to fetch|\.\./);
  });

  it('says "einde onbekend" for an absence without an expected end, in the list and on the extend button', async () => {
    const user = userEvent.setup();
    renderScreen(fakeSource({ absences: [stored({ expectedUntil: 'unknown' })] }));
    // The list's "Verwacht tot" column.
    expect(await screen.findByRole('cell', { name: 'einde onbekend' })).toBeInTheDocument();

    await user.click(
      screen.getByRole('button', { name: 'Afwezigheid melden voor Pieter van der Berg' }),
    );
    await user.click(screen.getByRole('button', { name: 'Afwezigheid opslaan' }));
    expect(
      screen.getByRole('button', { name: 'Bestaande afwezigheid verlengen (nu einde onbekend)' }),
    ).toBeInTheDocument();
  });
});
