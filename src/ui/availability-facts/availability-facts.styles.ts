import { makeStyles, tokens } from '@fluentui/react-components';

export const useAvailabilityFactsStyles = makeStyles({
  verdict: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    fontSize: tokens.fontSizeBase400,
  },
  until: { fontWeight: tokens.fontWeightSemibold },
  facts: {
    display: 'grid',
    // minmax(0, …) and breaking anywhere: a long address or topic list wraps in a narrow pane (350 px).
    gridTemplateColumns: 'minmax(0, max-content) minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    '& dt': { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
    '& dd': { margin: 0, minWidth: 0, overflowWrap: 'anywhere' },
    '@media (max-width: 24rem)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  note: { margin: 0, whiteSpace: 'pre-wrap' },
  notShared: { fontWeight: tokens.fontWeightSemibold },
});
