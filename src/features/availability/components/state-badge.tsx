import type { AvailabilityBadgeState } from '../../../ui';
import { AvailabilityBadge } from '../../../ui';
import type { PersonStatus } from '../person-status';

/** Props of {@link StateBadge}. */
export type StateBadgeProps = {
  status: PersonStatus;
  /** 'large' on the card, 'medium' in lists. */
  size?: 'medium' | 'large';
};

/** The shared availability badge for a person's status on the agent's screen (a failed read shows "Onbekend"). */
export function StateBadge({ status, size = 'medium' }: StateBadgeProps) {
  const state: AvailabilityBadgeState =
    status.kind === 'loading'
      ? 'loading'
      : status.kind === 'known'
        ? status.availability.state
        : 'unknown';
  return <AvailabilityBadge state={state} size={size} />;
}
