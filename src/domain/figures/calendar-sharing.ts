// The share of colleagues whose calendar shows titles to colleagues, per team: now, and per ISO week from the
// measurements the monitor recorded (never filled in where nothing was measured).
import type { IsoWeek } from './iso-week';

/** What one schedule read told about a person's calendar: titles shown, free/busy only, or nothing readable. */
export type CalendarSharing = 'titles' | 'freeBusy' | 'unknown';

/** A team's measurement: how many calendars could be read, and how many of those show titles. */
export type SharingCount = { team: string; checked: number; sharing: number };

/** A measurement recorded for a week (the last one of that week counts). */
export type SharingSnapshot = SharingCount & { week: IsoWeek; recordedAt: number };

/**
 * Per team (in the order given, plus `noTeam` for people in none when there are any): how many calendars were read
 * and how many show titles. Calendars that could not be read ('unknown') count in neither: the share is of what is
 * known, and the page says how many were checked.
 * @example sharingCounts(new Map([['p1', 'titles'], ['p2', 'freeBusy']]), teamOf, ['Burgerzaken'], 'Zonder team')
 * // [{ team: 'Burgerzaken', checked: 2, sharing: 1 }]
 */
export function sharingCounts(
  sharing: ReadonlyMap<string, CalendarSharing>,
  teamOf: ReadonlyMap<string, string>,
  teams: readonly string[],
  noTeam: string,
): SharingCount[] {
  const counts = new Map<string, SharingCount>(
    teams.map((team) => [team, { team, checked: 0, sharing: 0 }]),
  );
  for (const [personId, state] of sharing) {
    if (state === 'unknown') continue;
    const team = teamOf.get(personId) ?? noTeam;
    const count = counts.get(team) ?? { team, checked: 0, sharing: 0 };
    count.checked += 1;
    if (state === 'titles') count.sharing += 1;
    counts.set(team, count);
  }
  return [...counts.values()];
}

/**
 * The share as a fraction, or null when nothing was checked (no share, rather than 0%).
 * @example sharingShare({ team: 'Burgerzaken', checked: 4, sharing: 3 }) // 0.75
 * @example sharingShare({ team: 'Burgerzaken', checked: 0, sharing: 0 }) // null
 */
export function sharingShare(count: Pick<SharingCount, 'checked' | 'sharing'>): number | null {
  if (count.checked <= 0) return null;
  return Math.min(count.checked, Math.max(0, count.sharing)) / count.checked;
}

/**
 * Per team and week the measurement that counts: the last one recorded in that week. Weeks without one are absent
 * (the trend shows a gap, it does not guess).
 * @example weeklySharing(snapshots).get('Burgerzaken')?.get('2026-W48')?.sharing // 3
 */
export function weeklySharing(
  snapshots: readonly SharingSnapshot[],
): Map<string, Map<IsoWeek, SharingSnapshot>> {
  const byTeam = new Map<string, Map<IsoWeek, SharingSnapshot>>();
  for (const snapshot of snapshots) {
    const weeks = byTeam.get(snapshot.team) ?? new Map<IsoWeek, SharingSnapshot>();
    const known = weeks.get(snapshot.week);
    if (known === undefined || snapshot.recordedAt >= known.recordedAt)
      weeks.set(snapshot.week, snapshot);
    byTeam.set(snapshot.team, weeks);
  }
  return byTeam;
}
