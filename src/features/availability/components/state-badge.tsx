import { mergeClasses } from '@fluentui/react-components';
import {
  ArrowCircleLeftFilled,
  CheckmarkCircleFilled,
  QuestionCircleFilled,
  SubtractCircleFilled,
} from '@fluentui/react-icons';
import type { AvailabilityState } from '../../../domain/availability';
import { useI18n } from '../../../i18n';
import type { PersonStatus } from '../person-status';
import { useStateBadgeStyles } from './state-badge.styles';

const icons = {
  reachable: CheckmarkCircleFilled,
  busy: SubtractCircleFilled,
  absent: ArrowCircleLeftFilled,
  unknown: QuestionCircleFilled,
} as const;

/** Props of {@link StateBadge}. */
export type StateBadgeProps = {
  status: PersonStatus;
  /** 'large' on the card, 'medium' in lists. */
  size?: 'medium' | 'large';
};

/** A person's state as word + icon + colour (never colour alone): Bereikbaar, Bezet, Afwezig, Onbekend. */
export function StateBadge({ status, size = 'medium' }: StateBadgeProps) {
  const styles = useStateBadgeStyles();
  const { t } = useI18n();
  if (status.kind === 'loading') {
    return (
      <span className={mergeClasses(styles.root, styles.loading)}>
        {t('availability.state.loading')}
      </span>
    );
  }
  const state: AvailabilityState = status.kind === 'known' ? status.availability.state : 'unknown';
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
