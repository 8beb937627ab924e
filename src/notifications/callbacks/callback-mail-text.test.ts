// The notification mail's text: wording for a team mailbox, the phone as people read it, a late
// request marked "te laat", and what to do with the citizen's data in the mail.
import type { Client } from '@microsoft/microsoft-graph-client';
import { aRequest, at } from '../../domain/callbacks/callback-test-fixtures';
import { callbackMailHtml, callbackMailSubject } from './callback-mail';
import { notifyCallbackAssignees } from './notify-callback';
import { phoneText } from './phone-text';

/** The manifest id of the app (defaultTeamsAppId in src/config; this layer does not import config). */
const defaultTeamsAppId = '5d3c9b7e-2a41-4f6e-9c08-b1e7a4d2f36c';

function recordingClient(): { client: Client; bodies: string[] } {
  const bodies: string[] = [];
  const client = {
    api: () => ({
      post: (body: unknown) => {
        bodies.push(JSON.stringify(body));
        return Promise.resolve(undefined);
      },
    }),
  } as unknown as Client;
  return { client, bodies };
}

// aRequest(): due at the end of Wednesday 14 January 2026.
const beforeDue = at('2026-01-13T10:00:00+01:00');
const afterDue = at('2026-01-16T10:00:00+01:00');

it.each([
  ['+31612345601', '06 12345601'],
  ['+31201234567', '020 123 4567'],
  ['+32470123456', '+32 470 12 34 56'],
])('writes %s as %s', (e164, expected) => {
  expect(phoneText(e164)).toBe(expected);
});

it('mails the phone number in national form', async () => {
  const { client, bodies } = recordingClient();
  await notifyCallbackAssignees(
    client,
    aRequest({ citizen: { name: 'Jan', phone: '+31612345601', email: null } }),
    {
      channel: 'email',
      teamsAppId: defaultTeamsAppId,
      teamsCatalogAppId: null,
      event: { kind: 'created' },
      assignee: { id: 'u2', mail: 'u2@example.nl' },
      madeByName: 'Sanne',
      linkUrl: null,
    },
  );
  expect(bodies.join('')).toContain('>06 12345601</a>');
  expect(bodies.join('')).toContain('tel:+31612345601');
});

it('addresses a team request to the team, not to "u"', () => {
  const html = callbackMailHtml(
    aRequest({ assignedToPersonId: null, assignedToTeam: 'Burgerzaken' }),
    { madeByName: 'Sanne', linkUrl: null, now: beforeDue },
  );
  expect(html).toContain('Er is een terugbelverzoek voor het team Burgerzaken vastgelegd.');
  expect(html).not.toContain('voor u vastgelegd');
});

it('marks a request reassigned after its due moment as late, in subject and body', () => {
  const request = aRequest({ assignedToPersonId: 'u3' });
  const event = { kind: 'reassigned', byName: 'Mohamed' } as const;
  expect(callbackMailSubject(request, event, afterDue)).toContain('te laat');
  expect(
    callbackMailHtml(request, { madeByName: 'Sanne', linkUrl: null, event, now: afterDue }),
  ).toContain('<strong>te laat</strong>');
  expect(callbackMailSubject(request, event, beforeDue)).not.toContain('te laat');
});

it('says what to do with the personal data the mail carries', () => {
  const html = callbackMailHtml(aRequest(), { madeByName: 'Sanne', linkUrl: null, now: beforeDue });
  expect(html).toMatch(/verwijder het als het verzoek is afgehandeld/);
});

it('is written in English when asked, dates included', () => {
  const request = aRequest({ assignedToPersonId: null, assignedToTeam: 'Burgerzaken' });
  expect(callbackMailSubject(request, { kind: 'created' }, beforeDue, 'en')).toBe(
    'Callback request — call back by Wednesday, 14 January 2026',
  );
  const html = callbackMailHtml(request, {
    madeByName: 'Sanne',
    linkUrl: 'https://app.example/#/mijn-terugbelverzoeken',
    now: afterDue,
    locale: 'en',
  });
  expect(html).toContain('A callback request was logged for the team Burgerzaken.');
  expect(html).toContain('<strong>overdue</strong>: Wednesday, 14 January 2026, end of day');
  expect(html).not.toMatch(/Naam|Kanaal|woensdag|einde dag|Vastgelegd|inwoner/);
});
