export type HostKind = 'teams' | 'outlook' | 'm365' | 'browser';
export type HostTheme = 'light' | 'dark' | 'contrast';

/** Where the app runs and what the host tells us about the user's settings. */
export type HostContext = {
  kind: HostKind;
  theme: HostTheme;
  /** BCP 47 tag from the host (Teams/Outlook), null in a plain browser. */
  locale: string | null;
  user: { upn?: string; displayName?: string } | null;
};

export type ThemeListener = (theme: HostTheme) => void;

/** The detected host plus a way to follow its theme while the app runs. */
export type DetectedHost = {
  context: HostContext;
  /** Subscribes to theme changes by the host (or the system, in a browser); returns an unsubscribe function. */
  subscribeToTheme: (listener: ThemeListener) => () => void;
};
