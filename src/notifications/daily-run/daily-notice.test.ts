import type { CallbackRequest } from '../../domain/callbacks';
import type { DailyMessage } from '../../domain/daily-run';
import type { Instant } from '../../domain/time';
import type { DailyNoticeContext } from './daily-notice';
import { dailyActivity, dailyMail } from './daily-notice';

const at = (iso: string) => Date.parse(iso) as Instant;

const request: CallbackRequest = {
  id: 'r1',
  citizen: { name: 'Jan <b>Jansen</b>', phone: '+31612345678', email: 'jan@example.nl' },
  question: 'Geheime vraag',
  channel: 'phone',
  preferredTime: null,
  madeAt: at('2026-12-01T10:00:00+01:00'),
  madeById: 'agent',
  assignedToPersonId: 'p1',
  assignedToTeam: 'Burgerzaken & Co',
  teamMailbox: null,
  dueAt: at('2026-12-02T23:59:59.999+01:00'),
  status: 'open',
  attempts: [],
  closedAt: null,
  closedById: null,
  outcomeNote: null,
  claimedById: null,
};

const context: DailyNoticeContext = {
  now: at('2026-12-03T07:00:00+01:00'),
  channel: 'teamsActivity',
  senderMailbox: 'kcp@example.nl',
  teamsAppId: 'manifest-id',
  teamsCatalogAppId: 'catalog-id',
  appBaseUrl: 'https://bereikbaar.example.nl/index.html',
  people: new Map([['p1', { displayName: 'Pieter <van> Berg', mail: 'p1@example.nl' }]]),
  callbacks: new Map([['r1', request]]),
  absences: new Map(),
};

const reminder: DailyMessage = {
  kind: 'reminder',
  recipient: { kind: 'person', personId: 'p1' },
  teamName: null,
  subjectIds: ['r1'],
  keys: ['2026-12-03|reminder|person:p1'],
};

describe('the daily messages', () => {
  it('an e-mail lists the request without citizen data, names escaped, with the link to Mijn terugbelverzoeken', () => {
    const mail = dailyMail(reminder, context);
    expect(mail.subject).toBe('Herinnering: 1 terugbelverzoek vandaag of te laat');
    expect(mail.htmlBody).toContain('Beste Pieter &lt;van&gt; Berg,');
    expect(mail.htmlBody).toContain('te laat, uiterlijk woensdag 2 december 2026');
    expect(mail.htmlBody).toContain('team Burgerzaken &amp; Co');
    expect(mail.htmlBody).toContain(
      'https://bereikbaar.example.nl/index.html#/mijn-terugbelverzoeken',
    );
    expect(mail.htmlBody).not.toMatch(/Jansen|Geheime|jan@example|\+316/);
  });

  it('an escalation activity opens the team tab by the catalog id and names the team', () => {
    const activity = dailyActivity(
      { ...reminder, kind: 'escalation', teamName: 'Burgerzaken', subjectIds: ['r1', 'r2'] },
      'catalog-id',
    );
    expect(activity).toMatchObject({
      activityType: 'callbackEscalation',
      topic: { webUrl: 'https://teams.microsoft.com/l/entity/catalog-id/teamCallbacks' },
      previewText: { content: 'Escalatie: 2 terugbelverzoeken van Burgerzaken' },
      templateParameters: [
        { name: 'count', value: '2' },
        { name: 'team', value: 'Burgerzaken' },
      ],
    });
  });
});
