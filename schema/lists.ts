// The one definition of the SharePoint lists Bereikbaar keeps in the municipality's own site.
// Provisioning creates lists from it, the graph layer maps items with it, the emulator seeds and validates with it.
// This module is shared by src/ and emulator/ and imports nothing.

export type ColumnKind = 'text' | 'multilineText' | 'dateTime' | 'number' | 'boolean' | 'choice';

export type ColumnSpec = {
  /** Internal name, also the key in an item's `fields`. */
  name: string;
  displayName: string;
  kind: ColumnKind;
  required: 'required' | 'optional';
  /** Indexed columns can be used in `$filter` on large lists without `Prefer: HonorNonIndexedQueriesWarningMayFailRandomly`. */
  indexed: 'indexed' | 'notIndexed';
  /**
   * 'enforced': no two items may hold the same value (columnDefinition `enforceUniqueValues`; SharePoint requires the
   * column to be indexed for it).
   */
  uniqueValues?: 'enforced';
  /**
   * The most characters a value may have. For a single line of text SharePoint enforces it (at most 255); for multiple
   * lines of text SharePoint ignores a column's maxLength, so provisioning does not send it and the app checks it
   * itself before writing (fieldsForListItem).
   */
  maxLength?: number;
  choices?: readonly string[];
};

/** Who may read, or write, a list's items; enforced by list permissions, not by the screen. */
export type ListAudience = 'everyone' | 'leadersAndCoordinators';

/**
 * Who reads and who writes (creates, changes, deletes) items. Writers are never wider than readers: a list only
 * leaders and coordinators may read is also only theirs to write.
 */
export type ListAccess =
  | { readers: 'everyone'; writers: ListAudience }
  | { readers: 'leadersAndCoordinators'; writers: 'leadersAndCoordinators' };

export type ListSpec = {
  /** Stable key used in configuration and code. */
  key: string;
  /** The list's name in the site (URL segment). */
  name: string;
  displayName: string;
  description: string;
  columns: readonly ColumnSpec[];
} & ListAccess;

/** Who a list permission is granted to: the tenant's all-staff group, or one of the two role groups. */
export type ListPrincipal = 'allStaff' | 'teamLeaders' | 'coordinators';

/** One list permission: SharePoint's Read ('read') or Edit ('write') for a principal. */
export type ListGrant = { principal: ListPrincipal; role: 'read' | 'write' };

/**
 * The list permissions a list needs, from its readers and writers. None when everyone may read and write: the list
 * inherits the site's permissions then. Otherwise the list stops inheriting and gets exactly these grants.
 * @example listGrantsFor(absencesList)
 * // [{ principal: 'allStaff', role: 'read' }, { principal: 'teamLeaders', role: 'write' }, { principal: 'coordinators', role: 'write' }]
 */
export function listGrantsFor(spec: ListAccess): ListGrant[] {
  if (spec.readers === 'everyone' && spec.writers === 'everyone') return [];
  const leaders: ListGrant[] = [
    { principal: 'teamLeaders', role: 'write' },
    { principal: 'coordinators', role: 'write' },
  ];
  return spec.readers === 'everyone'
    ? [{ principal: 'allStaff', role: 'read' }, ...leaders]
    : leaders;
}

export const teamSettingsList = {
  key: 'teamSettings',
  name: 'BereikbaarTeams',
  displayName: 'Bereikbaar teams',
  description:
    'Per team: the general mailbox for callback requests and the topics the team handles.',
  readers: 'everyone',
  writers: 'everyone',
  columns: [
    {
      name: 'Title',
      displayName: 'Team',
      kind: 'text',
      required: 'required',
      indexed: 'indexed',
      maxLength: 255,
    },
    {
      name: 'Department',
      displayName: 'Afdeling',
      kind: 'text',
      required: 'optional',
      indexed: 'notIndexed',
      maxLength: 255,
    },
    {
      name: 'GeneralMailbox',
      displayName: 'Algemene mailbox',
      kind: 'text',
      required: 'optional',
      indexed: 'notIndexed',
      maxLength: 255,
    },
    {
      name: 'Topics',
      displayName: 'Onderwerpen',
      kind: 'multilineText',
      required: 'optional',
      indexed: 'notIndexed',
      maxLength: 4000,
    },
    {
      name: 'LeaderUpn',
      displayName: 'Teamleider',
      kind: 'text',
      required: 'optional',
      indexed: 'indexed',
      maxLength: 255,
    },
    {
      name: 'ExtraMemberUpns',
      displayName: 'Extra teamleden',
      kind: 'multilineText',
      required: 'optional',
      indexed: 'notIndexed',
      maxLength: 4000,
    },
  ],
} as const satisfies ListSpec;

/**
 * Registered absences as the front office sees them: who, from, expected until, substitutes, a note.
 * Deliberately without the kind of absence (sickness is health data): that lives in absenceReasonsList.
 */
export const absencesList = {
  key: 'absences',
  name: 'BereikbaarAfwezigheden',
  displayName: 'Bereikbaar afwezigheden',
  description:
    'Absences registered by team leaders, with substitutes, as shown to the front office.',
  // The front office reads who is away and who substitutes; only leaders and the coordinator register absences.
  readers: 'everyone',
  writers: 'leadersAndCoordinators',
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

/** The kind of each absence, readable only by team leaders and coordinators (list permissions, not the screen). */
export const absenceReasonsList = {
  key: 'absenceReasons',
  name: 'BereikbaarAfwezigheidsredenen',
  displayName: 'Bereikbaar afwezigheidsredenen',
  description:
    'The kind of each registered absence; only team leaders and the KCP coordinator may read it.',
  readers: 'leadersAndCoordinators',
  writers: 'leadersAndCoordinators',
  columns: [
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
  ],
} as const satisfies ListSpec;

/**
 * Callback requests ("terugbelverzoeken"), one item per request, mapping the domain's CallbackRequest.
 * Readers: everyone in the organisation may read and write every item (list permissions inherit the
 * site's). The screens only filter (mine, my team's); see docs/privacy.md.
 */
export const callbacksList = {
  key: 'callbacks',
  name: 'BereikbaarTerugbelverzoeken',
  displayName: 'Bereikbaar terugbelverzoeken',
  description:
    "Callback requests logged by the front office, with attempts and outcome; citizens' data is removed after the retention period.",
  readers: 'everyone',
  writers: 'everyone',
  columns: [
    // Title is required by SharePoint; it holds the request id, never personal data.
    {
      name: 'Title',
      displayName: 'Terugbelverzoek',
      kind: 'text',
      required: 'required',
      indexed: 'notIndexed',
      maxLength: 255,
    },
    // Generated by the client when the form opens: saving looks it up first, so a retry never duplicates; unique at
    // the list level too, so even two saves at the same moment cannot store it twice.
    {
      name: 'RequestId',
      displayName: 'Verzoek-id',
      kind: 'text',
      required: 'required',
      indexed: 'indexed',
      uniqueValues: 'enforced',
      maxLength: 64,
    },
    // Citizen fields are optional because retention empties them.
    {
      name: 'CitizenName',
      displayName: 'Naam burger',
      kind: 'text',
      required: 'optional',
      indexed: 'notIndexed',
      maxLength: 200,
    },
    {
      name: 'CitizenPhone',
      displayName: 'Telefoon burger',
      kind: 'text',
      required: 'optional',
      indexed: 'notIndexed',
      maxLength: 32,
    },
    {
      name: 'CitizenEmail',
      displayName: 'E-mail burger',
      kind: 'text',
      required: 'optional',
      indexed: 'notIndexed',
      maxLength: 254,
    },
    {
      name: 'Question',
      displayName: 'Vraag',
      kind: 'multilineText',
      required: 'optional',
      indexed: 'notIndexed',
      maxLength: 2000,
    },
    {
      name: 'Channel',
      displayName: 'Kanaal',
      kind: 'choice',
      required: 'required',
      indexed: 'notIndexed',
      choices: ['phone', 'email', 'desk', 'chat'],
    },
    {
      name: 'PreferredTime',
      displayName: 'Voorkeurstijd',
      kind: 'text',
      required: 'optional',
      indexed: 'notIndexed',
      maxLength: 200,
    },
    {
      name: 'MadeAt',
      displayName: 'Aangemaakt op',
      kind: 'dateTime',
      required: 'required',
      indexed: 'notIndexed',
    },
    {
      name: 'MadeById',
      displayName: 'Aangemaakt door',
      kind: 'text',
      required: 'required',
      indexed: 'notIndexed',
      maxLength: 64,
    },
    {
      name: 'AssignedToId',
      displayName: 'Toegewezen aan',
      kind: 'text',
      required: 'optional',
      indexed: 'indexed',
      maxLength: 64,
    },
    {
      name: 'AssignedTeam',
      displayName: 'Team',
      kind: 'text',
      required: 'optional',
      indexed: 'indexed',
      maxLength: 255,
    },
    {
      name: 'TeamMailbox',
      displayName: 'Teammailbox',
      kind: 'text',
      required: 'optional',
      indexed: 'notIndexed',
      maxLength: 255,
    },
    {
      name: 'DueAt',
      displayName: 'Uiterlijk terugbellen',
      kind: 'dateTime',
      required: 'required',
      indexed: 'indexed',
    },
    {
      name: 'Status',
      displayName: 'Status',
      kind: 'choice',
      required: 'required',
      indexed: 'indexed',
      choices: ['open', 'done', 'cancelled'],
    },
    {
      name: 'ClaimedById',
      displayName: 'Opgepakt door',
      kind: 'text',
      required: 'optional',
      indexed: 'notIndexed',
      maxLength: 64,
    },
    // Indexed: retention finds closed requests by it.
    {
      name: 'ClosedAt',
      displayName: 'Afgesloten op',
      kind: 'dateTime',
      required: 'optional',
      indexed: 'indexed',
    },
    // Who closed it (the assignee, or a team leader on their behalf); empty while open and for older items.
    {
      name: 'ClosedById',
      displayName: 'Afgesloten door',
      kind: 'text',
      required: 'optional',
      indexed: 'notIndexed',
      maxLength: 64,
    },
    {
      name: 'OutcomeNote',
      displayName: 'Uitkomst',
      kind: 'multilineText',
      required: 'optional',
      indexed: 'notIndexed',
      maxLength: 2000,
    },
    // The attempts as a JSON array in one multiline column: they are only ever read and written with
    // their request (never queried on their own), a child list would double the round trips and the
    // eTag of the request would no longer protect them against lost updates.
    {
      name: 'Attempts',
      displayName: 'Pogingen (JSON)',
      kind: 'multilineText',
      required: 'optional',
      indexed: 'notIndexed',
      maxLength: 63_999,
    },
    // When retention removed the personal data; indexed so the retention run skips what it already did.
    {
      name: 'RedactedAt',
      displayName: 'Persoonsgegevens verwijderd op',
      kind: 'dateTime',
      required: 'optional',
      indexed: 'indexed',
    },
    // The next three hold a value only while the request is in a state a screen or the retention run asks for, so
    // that the first indexed clause of each query matches a bounded set, never the list's whole history: SharePoint
    // refuses a query whose first indexed clause matches more than 5,000 items (the list view threshold), and
    // `AssignedTeam eq …`, `Status eq 'open'` or `ClosedAt le …` grow without end. The app writes them with every
    // change (fieldsForCallback).
    // The assignee while the request is open; empty once it is closed.
    {
      name: 'OpenAssigneeId',
      displayName: 'Open, toegewezen aan',
      kind: 'text',
      required: 'optional',
      indexed: 'indexed',
      maxLength: 64,
    },
    // The team while the request is open; empty once it is closed.
    {
      name: 'OpenTeam',
      displayName: 'Open, team',
      kind: 'text',
      required: 'optional',
      indexed: 'indexed',
      maxLength: 255,
    },
    // When it was closed, while the citizen's personal data is still there; empty while open and after retention.
    {
      name: 'UnredactedClosedAt',
      displayName: 'Afgesloten, persoonsgegevens nog aanwezig',
      kind: 'dateTime',
      required: 'optional',
      indexed: 'indexed',
    },
  ],
} as const satisfies ListSpec;

/** Every list the app needs; later features add theirs here. */
export const allLists: readonly ListSpec[] = [
  teamSettingsList,
  absencesList,
  absenceReasonsList,
  callbacksList,
];

/** The SharePoint site (relative to the tenant root) that holds the lists in the demo tenant. */
export const demoSitePath = 'sites/bereikbaar';
