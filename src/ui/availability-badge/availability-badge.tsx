// A person's availability as word + icon + colour (never colour alone), the same everywhere: the agent's
// search results and card, the team view, the leader's team table, the Outlook compose pane.
import { mergeClasses } from '@fluentui/react-components';
import {
  ArrowCircleLeftFilled,
  CheckmarkCircleFilled,
  QuestionCircleFilled,
  SubtractCircleFilled,
} from '@fluentui/react-icons';
import type { AvailabilityState } from '../../domain/availability';
import { useI18n } from '../../i18n';
import { useAvailabilityBadgeStyles } from './availability-badge.styles';

const icons = {
  reachable: CheckmarkCircleFilled,
  busy: SubtractCircleFilled,
  absent: ArrowCircleLeftFilled,
  unknown: QuestionCircleFilled,
} as const;

/** What the badge shows: a known state, or that the state is still being read. */
export type AvailabilityBadgeState = AvailabilityState | 'loading';

/** Props of {@link AvailabilityBadge}. */
export type AvailabilityBadgeProps = {
  state: AvailabilityBadgeState;
  /** 'large' on a person's card, 'medium' in lists and tables. */
  size?: 'medium' | 'large';
};

/**
 * Bereikbaar, Bezet, Afwezig, Onbekend (or "Status laden…"); `data-state` carries the state for styling checks.
 * @example <AvailabilityBadge state="busy" /> // renders "Bezet" with the busy icon
 */
export function AvailabilityBadge({ state, size = 'medium' }: AvailabilityBadgeProps) {
  const styles = useAvailabilityBadgeStyles();
  const { t } = useI18n();
  if (state === 'loading') {
    return (
      <span className={mergeClasses(styles.root, styles.loading)}>
        {t('availability.state.loading')}
      </span>
    );
  }
  const Icon = icons[state];
  return (
    <span
      className={mergeClasses(styles.root, styles[state], size === 'large' && styles.large)}
      data-state={state}
    >
      <Icon
        aria-hidden="true"
        className={mergeClasses(styles.icon, size === 'large' && styles.largeIcon)}
      />
      {t(`availability.state.${state}`)}
    </span>
  );
}
