import { makeStyles, tokens } from '@fluentui/react-components';

export const useCallbackFormStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    maxWidth: '44rem',
  },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: {
    display: 'grid',
    gap: tokens.spacingHorizontalM,
    gridTemplateColumns: 'repeat(auto-fit, minmax(14rem, 1fr))',
    // A field with a hint (phone) is taller than its neighbour; stretching would make the neighbour's input taller and lower.
    alignItems: 'start',
  },
  due: {
    fontWeight: tokens.fontWeightSemibold,
    padding: tokens.spacingVerticalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  actions: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  outbox: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  outboxList: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  hint: { color: tokens.colorNeutralForeground3 },
});
