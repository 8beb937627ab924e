import { isCatalogLoaded, loadCatalog, loadMessages, translate } from './translate';

// The module's state is shared: this file runs in a fresh worker of its own (vitest isolates files), but the
// setup file loads every group; so these tests check what a page relies on rather than the empty start.
describe('message groups', () => {
  it('gives a page its own messages in both languages once its group is loaded', async () => {
    await loadMessages(['absences']);
    await loadCatalog('en');
    expect(translate('nl', 'absences.title')).toBe('Mijn team');
    expect(translate('en', 'absences.title')).toBe('My team');
    expect(isCatalogLoaded('en')).toBe(true);
  });

  it('keeps the navigation labels of the pages in the first catalog', () => {
    expect(translate('nl', 'myAvailability.route')).toBe('Mijn bereikbaarheid');
    expect(translate('en', 'monitoring.route.teamLeader')).toBe('My team’s figures');
  });
});
