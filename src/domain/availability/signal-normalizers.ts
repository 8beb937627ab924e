// Raw status strings from Graph (or anywhere) to known unions. Case-insensitive, separators ignored,
// unknown values map to 'unknown'. Never throws, whatever the input.

/** Teams presence `availability`. Graph's 'PresenceUnknown' and anything unrecognised are 'unknown'. */
export type PresenceAvailability =
  | 'available'
  | 'availableIdle'
  | 'away'
  | 'beRightBack'
  | 'busy'
  | 'busyIdle'
  | 'doNotDisturb'
  | 'offline'
  | 'unknown';

/** Teams presence `activity`. Graph's 'PresenceUnknown' and anything unrecognised are 'unknown'. */
export type PresenceActivity =
  | 'available'
  | 'away'
  | 'beRightBack'
  | 'busy'
  | 'doNotDisturb'
  | 'inACall'
  | 'inAConferenceCall'
  | 'inactive'
  | 'inAMeeting'
  | 'offline'
  | 'offWork'
  | 'outOfOffice'
  | 'presenting'
  | 'urgentInterruptionsOnly'
  | 'unknown';

/** Free/busy status of a calendar item (getSchedule `scheduleItem.status`). */
export type ScheduleStatus = 'free' | 'tentative' | 'busy' | 'oof' | 'workingElsewhere' | 'unknown';

/** Automatic replies (mail tips `automaticReplies` / mailbox settings `status`). */
export type AutomaticRepliesStatus = 'disabled' | 'alwaysEnabled' | 'scheduled' | 'unknown';

const keyOf = (raw: unknown): string =>
  typeof raw === 'string' ? raw.toLowerCase().replace(/[^a-z]/g, '') : '';

const lookupOf = <T extends string>(
  known: readonly T[],
  aliases: Readonly<Record<string, T>> = {},
) => {
  const table = new Map<string, T>(known.map((value) => [keyOf(value), value]));
  for (const [alias, value] of Object.entries(aliases)) table.set(keyOf(alias), value);
  return (raw: unknown): T | 'unknown' => table.get(keyOf(raw)) ?? 'unknown';
};

const availabilityLookup = lookupOf<PresenceAvailability>([
  'available',
  'availableIdle',
  'away',
  'beRightBack',
  'busy',
  'busyIdle',
  'doNotDisturb',
  'offline',
]);

const activityLookup = lookupOf<PresenceActivity>([
  'available',
  'away',
  'beRightBack',
  'busy',
  'doNotDisturb',
  'inACall',
  'inAConferenceCall',
  'inactive',
  'inAMeeting',
  'offline',
  'offWork',
  'outOfOffice',
  'presenting',
  'urgentInterruptionsOnly',
]);

const scheduleStatusLookup = lookupOf<ScheduleStatus>(
  ['free', 'tentative', 'busy', 'oof', 'workingElsewhere'],
  {
    outOfOffice: 'oof',
  },
);

const automaticRepliesLookup = lookupOf<AutomaticRepliesStatus>([
  'disabled',
  'alwaysEnabled',
  'scheduled',
]);

/**
 * A presence availability from a raw string, case-insensitive; unknown values → 'unknown'.
 * @example normalizeAvailability('DoNotDisturb') // 'doNotDisturb'
 * @example normalizeAvailability('BUSY') // 'busy'
 * @example normalizeAvailability('Sleeping') // 'unknown'
 */
export const normalizeAvailability = (raw: unknown): PresenceAvailability =>
  availabilityLookup(raw);

/**
 * A presence activity from a raw string, case-insensitive; unknown values → 'unknown'.
 * @example normalizeActivity('InAConferenceCall') // 'inAConferenceCall'
 * @example normalizeActivity('PresenceUnknown') // 'unknown'
 */
export const normalizeActivity = (raw: unknown): PresenceActivity => activityLookup(raw);

/**
 * A calendar item's free/busy status from a raw string, case-insensitive; unknown values → 'unknown'.
 * @example normalizeScheduleStatus('OOF') // 'oof'
 * @example normalizeScheduleStatus('WorkingElsewhere') // 'workingElsewhere'
 * @example normalizeScheduleStatus('maybe') // 'unknown'
 */
export const normalizeScheduleStatus = (raw: unknown): ScheduleStatus => scheduleStatusLookup(raw);

/**
 * An automatic-replies status from a raw string, case-insensitive; unknown values → 'unknown'.
 * @example normalizeAutomaticRepliesStatus('AlwaysEnabled') // 'alwaysEnabled'
 */
export const normalizeAutomaticRepliesStatus = (raw: unknown): AutomaticRepliesStatus =>
  automaticRepliesLookup(raw);
