import { makeStyles, tokens } from '@fluentui/react-components';

export const useMemberStateStyles = makeStyles({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
  },
  detail: { color: tokens.colorNeutralForeground2 },
});
