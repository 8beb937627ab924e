import { makeStyles, tokens } from '@fluentui/react-components';

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
  reachable: { color: tokens.colorStatusSuccessForeground1 },
  busy: { color: tokens.colorStatusDangerForeground1 },
  absent: { color: tokens.colorPaletteBerryForeground1 },
  unknown: { color: tokens.colorNeutralForeground2 },
  loading: { color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightRegular },
});
