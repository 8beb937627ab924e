import { makeStyles, tokens } from '@fluentui/react-components';

export const useMemberStateStyles = makeStyles({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
  },
  badge: {
    display: 'inline-flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXS,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: 'nowrap',
  },
  icon: { fontSize: '16px', flexShrink: 0 },
  reachable: { color: tokens.colorStatusSuccessForeground1 },
  busy: { color: tokens.colorStatusDangerForeground1 },
  absent: { color: tokens.colorPaletteBerryForeground1 },
  unknown: { color: tokens.colorNeutralForeground2 },
  detail: { color: tokens.colorNeutralForeground2 },
});
