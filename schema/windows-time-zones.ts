// Microsoft's Windows time zone ids mapped to IANA zones: Exchange and Outlook (and so Graph's mailboxSettings,
// workingHours and dateTimeTimeZone values) name zones the Windows way. The mapping is CLDR's windowsZones
// ("001" territory), the subset a Dutch municipality's tenant meets. Graph knowledge that both the app (reading
// what Graph sends) and the demo tenant (reading what clients send) need; shared by src/ and emulator/, imports
// nothing.

/** Windows zone id (lower case) → IANA zone. https://github.com/unicode-org/cldr/blob/main/common/supplemental/windowsZones.xml */
const windowsToIana: Readonly<Record<string, string>> = {
  utc: 'UTC',
  'coordinated universal time': 'UTC',
  'w. europe standard time': 'Europe/Amsterdam',
  'romance standard time': 'Europe/Paris',
  'central europe standard time': 'Europe/Budapest',
  'central european standard time': 'Europe/Warsaw',
  'gmt standard time': 'Europe/London',
  'greenwich standard time': 'Atlantic/Reykjavik',
  'e. europe standard time': 'Europe/Chisinau',
  'fle standard time': 'Europe/Kiev',
  'eastern standard time': 'America/New_York',
  'central standard time': 'America/Chicago',
  'mountain standard time': 'America/Denver',
  'pacific standard time': 'America/Los_Angeles',
  'tokyo standard time': 'Asia/Tokyo',
  'india standard time': 'Asia/Calcutta',
};

/**
 * The IANA zone for a Windows time zone id (any case, surrounding blanks ignored), or null when it is not one.
 * @example ianaZoneOfWindowsZone('W. Europe Standard Time') // 'Europe/Amsterdam'
 * @example ianaZoneOfWindowsZone('Europe/Amsterdam') // null (already IANA)
 */
export function ianaZoneOfWindowsZone(name: string): string | null {
  return windowsToIana[name.trim().toLowerCase()] ?? null;
}
