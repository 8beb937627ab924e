import { makeStyles, tokens } from '@fluentui/react-components';

export const useTeamAbsencesStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXL,
    padding: tokens.spacingHorizontalL,
    minWidth: 0,
    '@media (max-width: 40rem)': { padding: 0 },
  },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase600 },
  section: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
    // A table wider than a narrow pane (350 px) scrolls inside its section, not the whole page sideways.
    overflowX: 'auto',
  },
  sectionTitle: { margin: 0, fontSize: tokens.fontSizeBase500 },
  confirm: {
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteMarigoldBorder2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  table: {
    borderCollapse: 'collapse',
    width: '100%',
    // Below 40rem (a 350 px pane) each row reflows into a block of labelled lines instead of columns that
    // get cut off (WCAG 1.4.10); the cells' explicit ARIA roles keep it a table for screen readers.
    '@media (max-width: 40rem)': {
      display: 'block',
      '& thead': {
        position: 'absolute',
        width: '1px',
        height: '1px',
        overflow: 'hidden',
        clip: 'rect(0 0 0 0)',
        whiteSpace: 'nowrap',
      },
      '& tbody': { display: 'block' },
      '& tr': {
        display: 'block',
        paddingBottom: tokens.spacingVerticalS,
        borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
      },
      '& th': { display: 'block', borderBottom: 'none' },
      '& td': { display: 'block', borderBottom: 'none' },
      '& td[data-label]::before': {
        content: 'attr(data-label)',
        display: 'block',
        color: tokens.colorNeutralForeground2,
        fontSize: tokens.fontSizeBase200,
      },
    },
  },
  cell: {
    textAlign: 'left',
    verticalAlign: 'top',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  muted: { color: tokens.colorNeutralForeground2 },
  absent: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  status: { minHeight: tokens.lineHeightBase300 },
});
