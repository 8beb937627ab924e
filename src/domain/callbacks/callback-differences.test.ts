import { changedParts } from './callback-differences';
import type { CallbackRequest } from './callback-request';
import { instantFromEpochMs } from '../time';

const shown: CallbackRequest = {
  id: 'r1',
  citizen: { name: 'Eva', phone: '0612345678', email: null },
  question: 'Paspoort',
  channel: 'phone',
  preferredTime: null,
  madeAt: instantFromEpochMs(0),
  madeById: 'a1',
  assignedToPersonId: 'p1',
  assignedToTeam: 'Burgerzaken',
  teamMailbox: null,
  dueAt: instantFromEpochMs(1000),
  status: 'open',
  attempts: [],
  closedAt: null,
  closedById: null,
  outcomeNote: null,
  claimedById: null,
};

describe('changedParts', () => {
  it.each<[string, Partial<CallbackRequest>, string[]]>([
    ['nothing', {}, []],
    ['closed with an outcome', { status: 'done', outcomeNote: 'Gebeld' }, ['status', 'outcome']],
    ['reassigned to a colleague', { assignedToPersonId: 'p2' }, ['assignee']],
    ['given to another team', { assignedToTeam: 'Belastingen' }, ['team']],
    ['taken on', { claimedById: 'p3' }, ['claimed']],
    [
      'an attempt logged',
      { attempts: [{ at: instantFromEpochMs(5), byId: 'p1', outcome: 'noAnswer', note: '' }] },
      ['attempts'],
    ],
    ['a later deadline', { dueAt: instantFromEpochMs(9000) }, ['due']],
    [
      "the citizen's number corrected",
      { citizen: { ...shown.citizen, phone: '0687654321' } },
      ['citizen'],
    ],
    ['redacted', { citizen: { name: '', phone: null, email: null }, question: '' }, ['citizen']],
  ])('%s', (_case, change, parts) => {
    expect(changedParts(shown, { ...shown, ...change })).toEqual(parts);
  });
});
