// What the form's sections share: the draft, how a change clears that field's error, and each field's message.
import type { RefObject } from 'react';
import type { AbsenceDraft, AbsenceField } from '../../../domain/absences';

export type DraftUpdate = (patch: Partial<AbsenceDraft>, fields: AbsenceField[]) => void;

/** The props every section of the absence form gets. */
export type FormSectionProps = {
  draft: AbsenceDraft;
  /** Applies a change and clears the errors of the fields it touches. */
  update: DraftUpdate;
  /** The error text under a field, if any. */
  error: (field: AbsenceField) => string | undefined;
};

/** The form's fields, so a refused save can focus the first one that says what to fix. */
export type AbsenceFieldRefs = {
  kind: RefObject<HTMLSelectElement | null>;
  person: RefObject<HTMLSelectElement | null>;
  fromDate: RefObject<HTMLInputElement | null>;
  fromTime: RefObject<HTMLInputElement | null>;
  untilDate: RefObject<HTMLInputElement | null>;
  untilTime: RefObject<HTMLInputElement | null>;
  calls: RefObject<HTMLInputElement | null>;
  callbacks: RefObject<HTMLInputElement | null>;
  callbacksGroup: RefObject<HTMLDivElement | null>;
  note: RefObject<HTMLTextAreaElement | null>;
};
