import {
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import { loadedFluentTheme, loadFluentTheme } from './fluent-theme';

describe('Fluent themes', () => {
  it('has the browser light theme at hand, the others only once fetched', async () => {
    expect(loadedFluentTheme('browser', 'light')).toBe(webLightTheme);
    expect(loadedFluentTheme('teams', 'dark')).toBeUndefined();
    await expect(loadFluentTheme('teams', 'dark')).resolves.toBe(teamsDarkTheme);
    // They arrive together: one fetch serves every later switch.
    expect(loadedFluentTheme('browser', 'dark')).toBe(webDarkTheme);
    expect(loadedFluentTheme('outlook', 'light')).toBe(teamsLightTheme);
  });

  it('gives high contrast the Teams high-contrast theme in every host', async () => {
    await expect(loadFluentTheme('browser', 'contrast')).resolves.toBe(teamsHighContrastTheme);
    expect(loadedFluentTheme('m365', 'contrast')).toBe(teamsHighContrastTheme);
  });
});
