import {
  normalizeActivity,
  normalizeAutomaticRepliesStatus,
  normalizeAvailability,
  normalizeScheduleStatus,
} from './signal-normalizers';

describe('normalizers: case-insensitive, unknown → "unknown", never throw', () => {
  it.each([
    ['Available', 'available'],
    ['AVAILABLE', 'available'],
    ['availableidle', 'availableIdle'],
    ['BeRightBack', 'beRightBack'],
    ['busy', 'busy'],
    ['BUSY', 'busy'],
    ['BusyIdle', 'busyIdle'],
    ['DoNotDisturb', 'doNotDisturb'],
    ['do_not_disturb', 'doNotDisturb'],
    ['Offline', 'offline'],
    ['PresenceUnknown', 'unknown'],
    ['Sleeping', 'unknown'],
    ['', 'unknown'],
    [null, 'unknown'],
    [undefined, 'unknown'],
    [42, 'unknown'],
  ])('availability %j → %s', (raw, expected) => {
    expect(normalizeAvailability(raw)).toBe(expected);
  });

  it.each([
    ['InACall', 'inACall'],
    ['INACONFERENCECALL', 'inAConferenceCall'],
    ['inameeting', 'inAMeeting'],
    ['Presenting', 'presenting'],
    ['OutOfOffice', 'outOfOffice'],
    ['OffWork', 'offWork'],
    ['UrgentInterruptionsOnly', 'urgentInterruptionsOnly'],
    ['Inactive', 'inactive'],
    ['PresenceUnknown', 'unknown'],
    ['Juggling', 'unknown'],
    [{}, 'unknown'],
  ])('activity %j → %s', (raw, expected) => {
    expect(normalizeActivity(raw)).toBe(expected);
  });

  it.each([
    ['free', 'free'],
    ['Tentative', 'tentative'],
    ['BUSY', 'busy'],
    ['oof', 'oof'],
    ['OutOfOffice', 'oof'],
    ['WorkingElsewhere', 'workingElsewhere'],
    ['unknown', 'unknown'],
    ['maybe', 'unknown'],
    [null, 'unknown'],
  ])('schedule status %j → %s', (raw, expected) => {
    expect(normalizeScheduleStatus(raw)).toBe(expected);
  });

  it.each([
    ['disabled', 'disabled'],
    ['AlwaysEnabled', 'alwaysEnabled'],
    ['SCHEDULED', 'scheduled'],
    ['sometimes', 'unknown'],
    [undefined, 'unknown'],
  ])('automatic replies %j → %s', (raw, expected) => {
    expect(normalizeAutomaticRepliesStatus(raw)).toBe(expected);
  });
});
