// The two absence lists: what the front office sees, and the kind of absence that only leaders may read.
import type { ListSpec } from './list-spec';

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
