import {
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/tokens';
import { availabilityTextColors } from './availability-badge.styles';

/** WCAG 2.1 contrast ratio of two #rrggbb colours. */
function contrast(foreground: string, background: string): number {
  const luminance = (hex: string) => {
    const [r = 0, g = 0, b = 0] = [1, 3, 5].map((at) => {
      const value = parseInt(hex.slice(at, at + 2), 16) / 255;
      return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(foreground), luminance(background)].sort((a, b) => b - a);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

const themes = {
  webLightTheme,
  webDarkTheme,
  teamsLightTheme,
  teamsDarkTheme,
  teamsHighContrastTheme,
};

describe('the availability states are readable in every theme (WCAG 2.1 AA, 4.5:1)', () => {
  const cases = Object.entries(themes).flatMap(([theme, values]) =>
    Object.entries(availabilityTextColors).flatMap(([state, token]) =>
      (['colorNeutralBackground1', 'colorNeutralBackground2'] as const).map(
        (background) => [theme, state, background, values[token], values[background]] as const,
      ),
    ),
  );
  it.each(cases)(
    '%s: %s on %s (%s on %s)',
    (_theme, _state, _background, foreground, background) => {
      expect(contrast(foreground, background)).toBeGreaterThanOrEqual(4.5);
    },
  );
});
