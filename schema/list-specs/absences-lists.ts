// The two absence lists: what the front office sees, and the kind of absence that only leaders may read.
import type { ColumnSpec, ListSpec } from './list-spec';

/**
 * Registered absences as the front office sees them: who, from, expected until, substitutes, a note.
 * Deliberately without the kind of absence (sickness is health data): that lives in each team's own reasons list (teamReasonsList).
 */
export const absencesList = {
  key: 'absences',
  name: 'BereikbaarAfwezigheden',
  displayName: 'Bereikbaar afwezigheden',
  description:
    'Absences registered by team leaders, with substitutes, as shown to the front office.',
  // The front office reads who is away and who substitutes; only leaders and the coordinator register absences.
  permissions: [
    { principal: 'allStaff', level: 'read' },
    { principal: 'teamLeaders', level: 'contribute' },
    { principal: 'coordinators', level: 'contribute' },
  ],
  versioning: 'on',
  columns: [
    {
      name: 'Title',
      displayName: 'Medewerker',
      kind: 'text',
      required: 'required',
      indexed: 'notIndexed',
      maxLength: 255,
    },
    {
      name: 'PersonId',
      displayName: 'Medewerker-id',
      kind: 'text',
      required: 'required',
      indexed: 'indexed',
      maxLength: 64,
    },
    {
      name: 'StartsAt',
      displayName: 'Vanaf',
      kind: 'dateTime',
      required: 'required',
      indexed: 'indexed',
    },
    {
      name: 'ExpectedUntil',
      displayName: 'Verwacht tot',
      kind: 'dateTime',
      required: 'optional',
      indexed: 'indexed',
    },
    {
      name: 'EndedAt',
      displayName: 'Beëindigd op',
      kind: 'dateTime',
      required: 'optional',
      indexed: 'indexed',
    },
    {
      name: 'CallsSubstituteId',
      displayName: 'Vervanger telefoon',
      kind: 'text',
      required: 'optional',
      indexed: 'notIndexed',
      maxLength: 64,
    },
    {
      name: 'CallbacksSubstituteId',
      displayName: 'Vervanger terugbelverzoeken',
      kind: 'text',
      required: 'optional',
      indexed: 'notIndexed',
      maxLength: 64,
    },
    {
      name: 'CallbacksSubstituteMailbox',
      displayName: 'Teammailbox terugbelverzoeken',
      kind: 'text',
      required: 'optional',
      indexed: 'notIndexed',
      maxLength: 255,
    },
    {
      name: 'NoteForFrontOffice',
      displayName: 'Toelichting voor KCP',
      kind: 'multilineText',
      required: 'optional',
      indexed: 'notIndexed',
      maxLength: 500,
    },
    {
      name: 'RegisteredById',
      displayName: 'Gemeld door',
      kind: 'text',
      required: 'optional',
      indexed: 'notIndexed',
      maxLength: 64,
    },
    // 'open' until the absence is ended, then 'ended'. Indexed, so the absences nobody ended yet are found by a
    // clause that matches only those: `EndedAt eq null` is no index clause for SharePoint's list view threshold (the
    // index holds values, not their absence), and the list grows by every absence ever registered.
    {
      name: 'State',
      displayName: 'Stand',
      kind: 'choice',
      required: 'optional',
      indexed: 'indexed',
      choices: ['open', 'ended'],
    },
  ],
} as const satisfies ListSpec;

/** The title prefix of every team's own reasons list; the rest of the name is the team's item id in the teams list. */
export const teamReasonsListPrefix = 'BereikbaarRedenenTeam';

/**
 * The list that held every team's reasons in Bereikbaar's first version, readable by all leaders and coordinators.
 * Provisioning no longer creates it; where it exists it moves its reasons to the teams' own lists and closes it.
 */
export const sharedReasonsListName = 'BereikbaarAfwezigheidsredenen';

/**
 * The kind of each absence of one team's members (sickness is health data: AVG art. 9). One list per team, so
 * that SharePoint itself keeps each team's reasons to that team's leader: not the agents, not the coordinator,
 * not other teams' leaders, not site members or owners. Versioning off: a changed kind leaves no history behind.
 * @example teamReasonsList('7').name // 'BereikbaarRedenenTeam7'
 */
export function teamReasonsList(teamItemId: string) {
  return {
    key: `teamReasons:${teamItemId}`,
    name: `${teamReasonsListPrefix}${teamItemId}`,
    displayName: `${teamReasonsListPrefix}${teamItemId}`,
    description:
      "The kind of each registered absence of one team's members; only that team's leader may read it.",
    permissions: [{ principal: 'leaderOfTheTeam', level: 'contribute' }],
    versioning: 'off',
    columns: teamReasonsColumns,
  } as const satisfies ListSpec;
}

/** The columns of every team's reasons list. */
const teamReasonsColumns = [
  {
    name: 'Title',
    displayName: 'Afwezigheid',
    kind: 'text',
    required: 'required',
    indexed: 'notIndexed',
    maxLength: 255,
  },
  {
    name: 'AbsenceId',
    displayName: 'Afwezigheid-id',
    kind: 'text',
    required: 'required',
    indexed: 'indexed',
    maxLength: 64,
  },
  {
    name: 'Kind',
    displayName: 'Soort',
    kind: 'choice',
    required: 'required',
    indexed: 'notIndexed',
    choices: ['sick', 'leave', 'specialLeave', 'training', 'other'],
  },
  // When the absence ended; the reason is deleted once it has been over for the retention period.
  {
    name: 'AbsenceEndedAt',
    displayName: 'Afwezigheid beëindigd op',
    kind: 'dateTime',
    required: 'optional',
    indexed: 'indexed',
  },
] as const satisfies readonly ColumnSpec[];

/** A team's reasons list: the shape every team's own list shares. */
export type TeamReasonsList = ReturnType<typeof teamReasonsList>;
