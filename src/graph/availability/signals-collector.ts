// Collects the answers of one signals fetch, request by request, into one result per person.
import type {
  MailTips,
  Presence as GraphPresence,
  ScheduleInformation,
} from '@microsoft/microsoft-graph-types';
import type { absencesList } from '../../../schema/lists';
import type { AvailabilitySignals, RegisteredAbsence } from '../../domain/availability';
import type { recordsFromPage } from '../lists';
import type { PersonRef } from './signal-requests';
import {
  automaticRepliesFrom,
  presenceFrom,
  registeredAbsenceFrom,
  scheduleSignalsFrom,
  substituteIdsOf,
} from './signal-mappers';

export type SignalsResult = {
  /** One entry per requested person (all-null signals when nothing could be read). */
  signals: Map<string, AvailabilitySignals>;
  /** People for whom no signal at all was obtained. */
  failedPersonIds: string[];
  /** People whose calendar gave free/busy only ("agenda niet gedeeld"). */
  calendarNotShared: string[];
  /** Colleagues named as substitute in the registered absences of the people asked for (to show their state too). */
  substituteIds: string[];
  /** True when the absences list could not be read (the registered absences are then missing, not empty). */
  absencesUnavailable: boolean;
  /** Top-level HTTP requests. */
  roundTrips: number;
  /** Sub-requests (batched strategy) or requests (naive strategy), retries included. */
  subRequests: number;
  /** Rounds of requests sent in parallel (batched: 1 without retries). */
  waves: number;
  fetchedAt: Date;
};

/** Collects the signals of one request at a time, then answers the result. */
export class SignalsCollector {
  readonly signals = new Map<string, AvailabilitySignals>();
  private readonly byMail = new Map<string, string>();
  private absences: RegisteredAbsence[] = [];
  absencesUnavailable = false;

  constructor(private readonly people: readonly PersonRef[]) {
    for (const person of people) {
      this.signals.set(person.id, {
        personId: person.id,
        calendar: null,
        workingHours: null,
        presence: null,
        automaticReplies: null,
        registeredAbsences: [],
      });
      if (person.mail) this.byMail.set(person.mail.toLowerCase(), person.id);
    }
  }

  private update(personId: string | undefined, patch: Partial<AvailabilitySignals>): void {
    const current = personId === undefined ? undefined : this.signals.get(personId);
    if (current && personId !== undefined) this.signals.set(personId, { ...current, ...patch });
  }

  schedules(body: unknown): void {
    const value = (body as { value?: ScheduleInformation[] } | null)?.value ?? [];
    for (const info of value) {
      const personId = this.byMail.get((info.scheduleId ?? '').toLowerCase());
      this.update(personId, scheduleSignalsFrom(info));
    }
  }

  presences(body: unknown): void {
    const value = (body as { value?: GraphPresence[] } | null)?.value ?? [];
    for (const presence of value) this.presence(presence);
  }

  presence(presence: GraphPresence | null | undefined): void {
    if (presence && typeof presence.id === 'string')
      this.update(presence.id, { presence: presenceFrom(presence) });
  }

  mailTips(body: unknown): void {
    const value = (body as { value?: MailTips[] } | null)?.value ?? [];
    for (const tips of value) {
      const personId = this.byMail.get((tips.emailAddress?.address ?? '').toLowerCase());
      this.update(personId, { automaticReplies: automaticRepliesFrom(tips) });
    }
  }

  addAbsences(records: ReturnType<typeof recordsFromPage<typeof absencesList>>): void {
    this.absences.push(...records.map((record) => registeredAbsenceFrom(record)));
  }

  result(counts: {
    roundTrips: number;
    subRequests: number;
    waves: number;
    fetchedAt: Date;
  }): SignalsResult {
    const byPerson = new Map<string, RegisteredAbsence[]>();
    for (const absence of this.absences) {
      const list = byPerson.get(absence.personId) ?? [];
      list.push(absence);
      byPerson.set(absence.personId, list);
    }
    const failedPersonIds: string[] = [];
    const calendarNotShared: string[] = [];
    const relevant: RegisteredAbsence[] = [];
    for (const person of this.people) {
      const registeredAbsences = byPerson.get(person.id) ?? [];
      relevant.push(...registeredAbsences);
      this.update(person.id, { registeredAbsences });
      const signals = this.signals.get(person.id);
      if (!signals) continue;
      if (signals.calendar?.access === 'freeBusy') calendarNotShared.push(person.id);
      if (
        signals.calendar === null &&
        signals.presence === null &&
        signals.automaticReplies === null &&
        registeredAbsences.length === 0
      )
        failedPersonIds.push(person.id);
    }
    return {
      signals: this.signals,
      failedPersonIds,
      calendarNotShared,
      substituteIds: substituteIdsOf(relevant),
      absencesUnavailable: this.absencesUnavailable,
      ...counts,
    };
  }
}
