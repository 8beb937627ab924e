// The absence registration model: what a team leader registers and what the rules need.
// The kind is leader-only data (sickness is health data); the graph layer keeps it out of the front office's list.
import type { Substitute } from '../availability';
import type { Instant } from '../time';

/** The kinds of absence: ziek, verlof, bijzonder verlof, opleiding, overig. */
export type AbsenceKind = 'sick' | 'leave' | 'specialLeave' | 'training' | 'other';

/** Every kind, in the order a form offers them (the most urgent first). */
export const absenceKinds: readonly AbsenceKind[] = [
  'sick',
  'leave',
  'specialLeave',
  'training',
  'other',
];

/**
 * An unknown raw value ('Sick', 'sick ', 'vakantie') as a kind; null when it is not one.
 * @example absenceKindFrom('Sick') // 'sick'
 * @example absenceKindFrom('vakantie') // null
 */
export function absenceKindFrom(raw: string | null | undefined): AbsenceKind | null {
  const value = (raw ?? '').trim().toLowerCase();
  return absenceKinds.find((kind) => kind.toLowerCase() === value) ?? null;
}

/** Free-text bounds, the same as the list columns (schema/lists.ts), so the list never refuses a valid form. */
export const absenceLimits = { note: 500, mailbox: 255 } as const;

/** A registered absence as the team leader's screen sees it. */
export type Absence = {
  id: string;
  personId: string;
  from: Instant;
  /** The expected end, or 'unknown': lasts until ended. */
  expectedUntil: Instant | 'unknown';
  /** When the leader confirmed the person is back ("weer aanwezig"); null while open. */
  endedAt: Instant | null;
  /**
   * The kind, or 'notVisible' when the signed-in user may not read the reasons list, or 'missing' when no reason
   * was found for it (a hand-made row).
   */
  kind: AbsenceKind | 'notVisible' | 'missing';
  substituteForCalls: Substitute | null;
  substituteForCallbacks: Substitute | null;
  noteForFrontOffice: string | null;
  registeredById: string | null;
};

/** A checked registration, ready to save: the output of validateAbsence. */
export type AbsenceRegistration = {
  personId: string;
  kind: AbsenceKind;
  from: Instant;
  expectedUntil: Instant | 'unknown';
  substituteForCalls: Substitute | null;
  substituteForCallbacks: Substitute | null;
  noteForFrontOffice: string | null;
};
