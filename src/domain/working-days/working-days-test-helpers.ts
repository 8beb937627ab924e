// Test helpers: readable instants and dates.
import type { Instant, LocalDate } from '../time';
import { instantFromIso, parseLocalDate } from '../time';
import type { StatutoryHolidayKey } from './statutory-holidays';

export const at = (iso: string): Instant => {
  const instant = instantFromIso(iso);
  if (instant === null) throw new Error(`bad iso ${iso}`);
  return instant;
};

export const day = (text: string): LocalDate => {
  const parsed = parseLocalDate(text);
  if (parsed === null) throw new Error(`bad date ${text}`);
  return parsed;
};

/** Written out by hand (checked against a calendar), not computed: the oracle for these tests. */
export const HOLIDAYS_2024_2030: Record<number, Record<StatutoryHolidayKey, string>> = {
  2024: {
    newYearsDay: '2024-01-01',
    goodFriday: '2024-03-29',
    easterMonday: '2024-04-01',
    kingsDay: '2024-04-27',
    liberationDay: '2024-05-05',
    ascensionDay: '2024-05-09',
    whitMonday: '2024-05-20',
    christmasDay: '2024-12-25',
    boxingDay: '2024-12-26',
  },
  2025: {
    newYearsDay: '2025-01-01',
    goodFriday: '2025-04-18',
    easterMonday: '2025-04-21',
    kingsDay: '2025-04-26', // the 27th is a Sunday
    liberationDay: '2025-05-05',
    ascensionDay: '2025-05-29',
    whitMonday: '2025-06-09',
    christmasDay: '2025-12-25',
    boxingDay: '2025-12-26',
  },
  2026: {
    newYearsDay: '2026-01-01',
    goodFriday: '2026-04-03',
    easterMonday: '2026-04-06',
    kingsDay: '2026-04-27',
    liberationDay: '2026-05-05',
    ascensionDay: '2026-05-14',
    whitMonday: '2026-05-25',
    christmasDay: '2026-12-25',
    boxingDay: '2026-12-26',
  },
  2027: {
    newYearsDay: '2027-01-01',
    goodFriday: '2027-03-26',
    easterMonday: '2027-03-29',
    kingsDay: '2027-04-27',
    liberationDay: '2027-05-05',
    ascensionDay: '2027-05-06',
    whitMonday: '2027-05-17',
    christmasDay: '2027-12-25',
    boxingDay: '2027-12-26',
  },
  2028: {
    newYearsDay: '2028-01-01',
    goodFriday: '2028-04-14',
    easterMonday: '2028-04-17',
    kingsDay: '2028-04-27',
    liberationDay: '2028-05-05',
    ascensionDay: '2028-05-25',
    whitMonday: '2028-06-05',
    christmasDay: '2028-12-25',
    boxingDay: '2028-12-26',
  },
  2029: {
    newYearsDay: '2029-01-01',
    goodFriday: '2029-03-30',
    easterMonday: '2029-04-02',
    kingsDay: '2029-04-27',
    liberationDay: '2029-05-05',
    ascensionDay: '2029-05-10',
    whitMonday: '2029-05-21',
    christmasDay: '2029-12-25',
    boxingDay: '2029-12-26',
  },
  2030: {
    newYearsDay: '2030-01-01',
    goodFriday: '2030-04-19',
    easterMonday: '2030-04-22',
    kingsDay: '2030-04-27',
    liberationDay: '2030-05-05',
    ascensionDay: '2030-05-30',
    whitMonday: '2030-06-10',
    christmasDay: '2030-12-25',
    boxingDay: '2030-12-26',
  },
};
