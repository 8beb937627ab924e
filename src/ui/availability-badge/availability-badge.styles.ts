import { makeStyles, tokens } from '@fluentui/react-components';

/**
 * The colour of each state's text, by Fluent token. Danger's foreground is only 4.16:1 on the dark themes'
 * background, so busy uses the red palette's (5.2:1 dark, 5.9:1 light); the contrast test checks every theme.
 */
export const availabilityTextColors = {
  reachable: 'colorStatusSuccessForeground1',
  busy: 'colorPaletteRedForeground1',
  absent: 'colorPaletteBerryForeground1',
  unknown: 'colorNeutralForeground2',
} as const satisfies Record<string, keyof typeof tokens>;

export const useAvailabilityBadgeStyles = makeStyles({
  root: {
    display: 'inline-flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXS,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: 'nowrap',
  },
  icon: { fontSize: '16px', flexShrink: 0 },
  large: { fontSize: tokens.fontSizeBase400 },
  largeIcon: { fontSize: '20px' },
  reachable: { color: tokens[availabilityTextColors.reachable] },
  busy: { color: tokens[availabilityTextColors.busy] },
  absent: { color: tokens[availabilityTextColors.absent] },
  unknown: { color: tokens[availabilityTextColors.unknown] },
  loading: { color: tokens[availabilityTextColors.unknown], fontWeight: tokens.fontWeightRegular },
});
