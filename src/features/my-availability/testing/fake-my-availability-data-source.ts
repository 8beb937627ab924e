// An in-memory "Mijn bereikbaarheid" data source for component tests: the owner's signals, the calendar's sharing
// (which a write changes, unless consent is refused), automatic replies and open callbacks.
import type { AvailabilitySignals } from '../../../domain/availability';
import type { CallbackRequest } from '../../../domain/callbacks';
import type { AutomaticRepliesDraft, OrganizationSharing } from '../../../domain/my-availability';
import { STATUTORY_CALENDAR } from '../../../domain/working-days';
import type { MyAvailabilityDataSource } from '../api/my-availability-data-source';

export type FakeMyAvailability = MyAvailabilityDataSource & {
  sharing: OrganizationSharing;
  savedReplies: AutomaticRepliesDraft[];
  /** What the next write's token request throws (a refused consent), once. */
  refuseNextConsent: (error: Error) => void;
  sharingWrites: OrganizationSharing[];
};

export function fakeMyAvailabilityDataSource(options: {
  now: Date;
  signals: AvailabilitySignals | null;
  sharing: OrganizationSharing;
  callbacks?: CallbackRequest[];
}): FakeMyAvailability {
  let refusal: Error | undefined = undefined;
  const consent = () => {
    if (refusal === undefined) return;
    const error = refusal;
    refusal = undefined;
    throw error;
  };
  const fake: FakeMyAvailability = {
    personId: options.signals?.personId ?? 'p-me',
    now: () => options.now,
    workingDayCalendar: STATUTORY_CALENDAR,
    sharing: options.sharing,
    savedReplies: [],
    sharingWrites: [],
    refuseNextConsent: (error) => {
      refusal = error;
    },
    readOwnSignals: () => Promise.resolve(options.signals),
    readSharing: () => Promise.resolve({ sharing: fake.sharing, permissionId: 'RGVmYXVsdA==' }),
    setSharing: (_id, sharing) => {
      consent();
      fake.sharing = sharing;
      fake.sharingWrites.push(sharing);
      return Promise.resolve({ sharing, permissionId: 'RGVmYXVsdA==' });
    },
    saveAutomaticReplies: (draft) => {
      consent();
      fake.savedReplies.push(draft);
      return Promise.resolve();
    },
    readOpenCallbacks: () => Promise.resolve(options.callbacks ?? []),
  };
  return fake;
}
