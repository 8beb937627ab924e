// @vitest-environment jsdom
import { Button } from '@fluentui/react-components';
import { screen } from '@testing-library/react';
import { renderUi, seriousAxeViolations } from '../testing/render-ui';
import { Notice } from './notice';

beforeAll(() => {
  // jsdom has no ResizeObserver; Fluent's MessageBar measures with one.
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
});

describe('Notice', () => {
  it('is a multiline message bar with its text and actions', async () => {
    const { container } = renderUi(
      <Notice intent="warning" actions={<Button>Concept wissen</Button>}>
        Er staat een concept klaar.
      </Notice>,
    );
    expect(screen.getByText('Er staat een concept klaar.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Concept wissen' })).toBeInTheDocument();
    // Only the multiline layout (wrapping from the first paint) has the spacer under the actions.
    expect(container.querySelector('.fui-MessageBar__bottomReflowSpacer')).not.toBeNull();
    expect(await seriousAxeViolations(container)).toEqual([]);
  });

  it('has no actions area without actions', () => {
    const { container } = renderUi(<Notice intent="error">Mislukt.</Notice>);
    expect(container.querySelector('.fui-MessageBarActions')).toBeNull();
  });
});
