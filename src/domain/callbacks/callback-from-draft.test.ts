import { isoFromInstant } from '../time/instant';
import { STATUTORY_CALENDAR } from '../working-days/working-day-calendar';
import { callbackRequestFromDraft } from './callback-from-draft';
import { aDraft, at } from './callback-test-fixtures';

const context = {
  id: 'cb-42',
  madeById: 'agent-1',
  calendar: STATUTORY_CALENDAR,
  teamMailbox: 'burgerzaken@example.nl',
};

describe('callbackRequestFromDraft', () => {
  it('makes an open request with the due moment computed from madeAt', () => {
    const request = callbackRequestFromDraft(
      aDraft({
        citizenName: '  Jan Jansen ',
        email: ' jan@example.nl ',
        question: ' Paspoort? ',
        preferredTime: ' ',
      }),
      context,
    );
    expect(request).toEqual({
      id: 'cb-42',
      citizen: { name: 'Jan Jansen', phone: '+31612345678', email: 'jan@example.nl' },
      question: 'Paspoort?',
      channel: 'phone',
      preferredTime: null,
      madeAt: at('2026-01-12T10:00:00+01:00'),
      madeById: 'agent-1',
      assignedToPersonId: 'emp-1',
      assignedToTeam: null,
      teamMailbox: null,
      dueAt: at('2026-01-14T22:59:59.999Z'),
      status: 'open',
      attempts: [],
      closedAt: null,
      closedById: null,
      outcomeNote: null,
      claimedById: null,
    });
  });

  it.each([
    ['2026-04-02T10:00:00+02:00', '2026-04-08T21:59:59.999Z'], // before Easter
    ['2026-01-17T10:00:00+01:00', '2026-01-20T22:59:59.999Z'], // Saturday
  ])('made %s → due %s', (madeAt, due) => {
    const request = callbackRequestFromDraft(aDraft({ madeAt: at(madeAt) }), context);
    expect(isoFromInstant(request.dueAt)).toBe(due);
  });

  it('keeps the team mailbox for a team request and drops an invalid or empty phone', () => {
    const request = callbackRequestFromDraft(
      aDraft({
        assignedToPersonId: null,
        assignedToTeam: 'Burgerzaken',
        phone: { kind: 'empty' },
        email: 'jan@example.nl',
      }),
      context,
    );
    expect(request.assignedToTeam).toBe('Burgerzaken');
    expect(request.teamMailbox).toBe('burgerzaken@example.nl');
    expect(request.citizen.phone).toBeNull();
  });
});
