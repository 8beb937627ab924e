// makeStaticStyles from Griffel itself: Fluent does not re-export the `__staticStyles` its build-time transform emits.
import { makeStaticStyles } from '@griffel/react';
import { makeStyles, tokens } from '@fluentui/react-components';

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
