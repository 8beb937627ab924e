// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { renderUi, seriousAxeViolations } from '../testing/render-ui';
import { AvailabilityBadge } from './availability-badge';

describe('AvailabilityBadge', () => {
  it.each([
    ['reachable', 'Bereikbaar'],
    ['busy', 'Bezet'],
    ['absent', 'Afwezig'],
    ['unknown', 'Onbekend'],
  ] as const)('says %s in words (never colour alone)', async (state, word) => {
    const { container } = renderUi(<AvailabilityBadge state={state} />);
    const badge = screen.getByText(word);
    expect(badge).toHaveAttribute('data-state', state);
    // The icon is decoration: the word is what is read out.
    expect(badge.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
    expect(await seriousAxeViolations(container)).toEqual([]);
  });

  it('says the state is being read while it loads, and speaks English', () => {
    renderUi(<AvailabilityBadge state="loading" />);
    expect(screen.getByText('Status laden…')).not.toHaveAttribute('data-state');
    renderUi(<AvailabilityBadge state="busy" size="large" />, 'en');
    expect(screen.getByText('Busy')).toHaveAttribute('data-state', 'busy');
  });
});
