import { makeStyles, tokens } from '@fluentui/react-components';

export const usePeoplePickerStyles = makeStyles({
  root: { position: 'relative', display: 'flex', flexDirection: 'column' },
  listbox: {
    listStyleType: 'none',
    margin: 0,
    padding: tokens.spacingVerticalXXS,
    position: 'absolute',
    top: '100%',
    left: 0,
    right: 0,
    zIndex: 1,
    maxHeight: '16rem',
    overflowY: 'auto',
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow16,
  },
  option: {
    display: 'flex',
    flexDirection: 'column',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusSmall,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  active: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    outlineOffset: '-2px',
  },
  name: { fontWeight: tokens.fontWeightSemibold },
  meta: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});
