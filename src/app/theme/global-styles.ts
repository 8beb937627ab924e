import { makeStaticStyles, makeStyles, tokens } from '@fluentui/react-components';

/** The page itself: no browser margin, and the theme's background behind everything. */
export const useGlobalStyles = makeStaticStyles({
  'html, body': { margin: 0, padding: 0, minHeight: '100%' },
});

export const useThemedRootStyles = makeStyles({
  root: {
    minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
});
