// The query keys of the callbacks feature, in one place so that a write can invalidate what it changed.
// The cache is per signed-in session; the user's id is in the key all the same, so that two data sources of
// different users (a test, the Outlook pane) never read each other's lists.

export const callbackQueryKeys = {
  /** Every callbacks query: what a stored or changed request may affect. */
  all: ['callbacks'] as const,
  /** "Mijn terugbelverzoeken" (also the navigation's count) for a user and their team. */
  mine: (userId: string, team: string | null) => ['callbacks', 'mine', userId, team] as const,
  /** A team's requests (open, and closed in the last weeks) as the leader or coordinator sees them. */
  team: (userId: string, team: string) => ['callbacks', 'team', userId, team] as const,
  /** A citizen's earlier requests, by the exact normalised phone and e-mail (the repeat-caller lookup). */
  earlier: (userId: string, phone: string | null, email: string | null) =>
    ['callbacks', 'earlier', userId, phone, email] as const,
};
