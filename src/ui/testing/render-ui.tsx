// Test helpers for the shared UI parts: Fluent and the Dutch locale around a part, and an axe audit.
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render } from '@testing-library/react';
import axe from 'axe-core';
import type { ReactElement } from 'react';
import { LocaleProvider } from '../../i18n';
import type { Locale } from '../../i18n';

/** Renders a part as the app does (Fluent theme, locale). */
export function renderUi(element: ReactElement, locale: Locale = 'nl') {
  return render(
    <FluentProvider theme={webLightTheme}>
      <LocaleProvider initialLocale={locale}>{element}</LocaleProvider>
    </FluentProvider>,
  );
}

/** The serious and critical axe violations in a container (colour contrast is left to the browser tests). */
export async function seriousAxeViolations(container: Element): Promise<string[]> {
  const result = await axe.run(container, {
    resultTypes: ['violations'],
    rules: { 'color-contrast': { enabled: false } },
  });
  return result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help}`);
}
