import { instantFromEpochMs } from '../time';
import { contactFor } from './contact';
import type { ContactInput, ContactOutcome } from './contact';

const at = instantFromEpochMs(1_764_000_000_000);

/** Hands out c-1, c-2, … so a test sees which id went where. */
const ids = () => {
  let next = 0;
  return () => `c-${++next}`;
};

const input = (outcome: ContactOutcome): ContactInput => ({
  outcome,
  personId: 'p-jan',
  team: 'Burgerzaken',
  label: 'Jan de Boer',
});

describe('contactFor', () => {
  it.each<[ContactOutcome, string | null, string | null]>([
    ['answered', 'Burgerzaken', null],
    ['substituteAnswered', 'Burgerzaken', null],
    ['notAnswered', 'Burgerzaken', null],
    // The callback request that is made for it gets the second id, so the two are linked before either is stored.
    ['callbackRequested', 'Burgerzaken', 'c-2'],
    // Answered by the front office itself: not a call for a team.
    ['selfAnswered', null, null],
  ])('%s: team %s, callback request %s', (outcome, team, callbackRequestId) => {
    expect(contactFor(input(outcome), at, 'u-sanne', ids())).toEqual({
      id: 'c-1',
      recordedAt: at,
      agentId: 'u-sanne',
      personId: 'p-jan',
      team,
      outcome,
      callbackRequestId,
    });
  });

  it('keeps a call for a team without a colleague', () => {
    const contact = contactFor(
      { outcome: 'notAnswered', personId: null, team: 'Vergunningen', label: 'Vergunningen' },
      at,
      'u-sanne',
      ids(),
    );
    expect(contact).toMatchObject({ personId: null, team: 'Vergunningen' });
  });
});
