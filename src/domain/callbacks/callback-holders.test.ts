import type { CallbackRequest } from './callback-request';
import {
  belongsInListOf,
  dueMarkOf,
  isHeldBy,
  isInTeamTab,
  isUnchangedReassignment,
  isUnclaimedTeamRequest,
} from './callback-holders';
import type { DueMark, TeamCallbackTab } from './callback-holders';
import { STATUTORY_CALENDAR } from '../working-days/working-day-calendar';
import { aRequest, at } from './callback-test-fixtures';

const teamRequest: Partial<CallbackRequest> = { assignedToPersonId: null, claimedById: null };

describe('isUnclaimedTeamRequest', () => {
  it.each<[string, Partial<CallbackRequest>, boolean]>([
    ['to the team mailbox, nobody on it', teamRequest, true],
    ['claimed by someone', { ...teamRequest, claimedById: 'emp-2' }, false],
    ['assigned to a person', {}, false],
    ['closed', { ...teamRequest, status: 'done' }, false],
  ])('%s', (_name, overrides, expected) => {
    expect(isUnclaimedTeamRequest(aRequest(overrides))).toBe(expected);
  });
});

describe('isHeldBy', () => {
  it.each<[string, Partial<CallbackRequest>, boolean]>([
    ['assigned to them', { assignedToPersonId: 'emp-1' }, true],
    ['assigned to someone else', { assignedToPersonId: 'emp-2' }, false],
    ['a team request they claimed', { ...teamRequest, claimedById: 'emp-1' }, true],
    ['a team request someone else claimed', { ...teamRequest, claimedById: 'emp-2' }, false],
    ['an unclaimed team request', teamRequest, false],
    ['assigned to them but closed', { status: 'done' }, false],
  ])('%s', (_name, overrides, expected) => {
    expect(isHeldBy(aRequest(overrides), 'emp-1')).toBe(expected);
  });
});

describe('belongsInListOf', () => {
  it.each<[string, Partial<CallbackRequest>, boolean]>([
    ['assigned to me', { assignedToPersonId: 'emp-1' }, true],
    ['assigned to someone else', { assignedToPersonId: 'emp-2' }, false],
    ['an unclaimed team request', teamRequest, true],
    ['a team request I claimed', { ...teamRequest, claimedById: 'emp-1' }, true],
    ['a team request someone else claimed first', { ...teamRequest, claimedById: 'emp-2' }, false],
    ['closed', { status: 'done' }, false],
    ['cancelled', { status: 'cancelled' }, false],
  ])('%s', (_name, overrides, expected) => {
    expect(belongsInListOf(aRequest(overrides), 'emp-1')).toBe(expected);
  });
});

describe('isUnchangedReassignment', () => {
  it.each<[string, Partial<CallbackRequest>, Partial<CallbackRequest>, boolean]>([
    ['same person and team', {}, {}, true],
    ['another person', {}, { assignedToPersonId: 'emp-2' }, false],
    ['another team', {}, { assignedToTeam: 'Vergunningen' }, false],
    ['to the mailbox', {}, { assignedToPersonId: null }, false],
    // A claimed team request given to the mailbox again loses its claim: that is a change.
    ['same, but it was claimed', { ...teamRequest, claimedById: 'emp-2' }, teamRequest, false],
  ])('%s', (_name, before, after, expected) => {
    expect(isUnchangedReassignment(aRequest(before), aRequest(after))).toBe(expected);
  });
});

// aRequest(): due end of Wednesday 14 January 2026 (23:59:59.999 CET).
describe('dueMarkOf', () => {
  it.each<[string, Partial<CallbackRequest>, string, DueMark]>([
    ['Tuesday', {}, '2026-01-13T10:00:00+01:00', 'due'],
    ['Wednesday morning', {}, '2026-01-14T09:00:00+01:00', 'dueToday'],
    ['the due moment itself', {}, '2026-01-14T23:59:59.999+01:00', 'dueToday'],
    ['Thursday', {}, '2026-01-15T00:00:00+01:00', 'overdue'],
    ['done, a week later', { status: 'done' }, '2026-01-21T10:00:00+01:00', 'closed'],
    ['cancelled on the due day', { status: 'cancelled' }, '2026-01-14T09:00:00+01:00', 'closed'],
  ])('%s', (_name, overrides, now, expected) => {
    expect(dueMarkOf(aRequest(overrides), at(now))).toBe(expected);
  });
});

describe('isInTeamTab', () => {
  // Each case: in which of the tabs open, dueSoon, overdue, done the request counts.
  it.each<[string, Partial<CallbackRequest>, string, readonly TeamCallbackTab[]]>([
    ['Monday: open, due in two working days', {}, '2026-01-12T10:00:00+01:00', ['open']],
    ['Tuesday: due on the next working day', {}, '2026-01-13T10:00:00+01:00', ['open', 'dueSoon']],
    ['Wednesday: due today', {}, '2026-01-14T10:00:00+01:00', ['open', 'dueSoon']],
    ['Thursday: overdue', {}, '2026-01-15T10:00:00+01:00', ['open', 'overdue']],
    [
      'Friday, due Monday',
      { dueAt: at('2026-01-19T23:59:59.999+01:00') },
      '2026-01-16T10:00:00+01:00',
      ['open', 'dueSoon'],
    ],
    ['done', { status: 'done' }, '2026-01-15T10:00:00+01:00', ['done']],
    ['cancelled', { status: 'cancelled' }, '2026-01-13T10:00:00+01:00', ['done']],
  ])('%s', (_name, overrides, now, expected) => {
    const tabs: readonly TeamCallbackTab[] = ['open', 'dueSoon', 'overdue', 'done'];
    expect(
      tabs.filter((tab) => isInTeamTab(tab, aRequest(overrides), at(now), STATUTORY_CALENDAR)),
    ).toEqual(expected);
  });
});
