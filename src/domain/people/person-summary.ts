// A colleague as the agent's search and card need them; mapped from the directory by the graph layer.

export type PhoneNumber = { kind: 'business' | 'mobile'; number: string };

export type PersonSummary = {
  id: string;
  displayName: string;
  givenName: string | null;
  /** May contain Dutch particles ("van der Berg"); they may also live only in the display name. */
  surname: string | null;
  jobTitle: string | null;
  department: string | null;
  /** The person's team (organisational unit) name. */
  team: string | null;
  mail: string | null;
  phones: readonly PhoneNumber[];
  /** Topics the person's team handles ("paspoort", "rijbewijs"…), from the team settings. */
  topics: readonly string[];
};
