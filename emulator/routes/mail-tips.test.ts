import type { MailTips } from '@microsoft/microsoft-graph-types';
import { generateSeed } from '../seed';
import type { EmulatorState } from '../store';
import { mailTipsRoutes, parseMailTipsOptions } from './mail-tips';
import { callRoute } from './test-context';

const now = new Date('2026-11-30T08:15:00Z');
const sanneUpn = 'sanne.devries@lindeburg.example';
const pieterUpn = 'pieter.vanderberg@lindeburg.example';

let state: EmulatorState;
beforeEach(() => {
  state = generateSeed(now);
});

function setReplies(
  status: 'disabled' | 'alwaysEnabled' | 'scheduled',
  start: string | null = null,
  end: string | null = null,
) {
  const id = state.users.find((user) => user.userPrincipalName === pieterUpn)?.id ?? '';
  const settings = state.mailboxSettings[id];
  if (!settings) throw new Error('no settings');
  settings.automaticRepliesSetting = {
    status,
    externalAudience: 'all',
    internalReplyMessage: 'Ik ben afwezig tot en met woensdag.',
    externalReplyMessage: '',
    scheduledStartDateTime: start,
    scheduledEndDateTime: end,
  };
}

const tips = async (
  at: Date,
  addresses = [pieterUpn],
  options = 'automaticReplies, mailboxFullStatus',
) => {
  const response = await callRoute(mailTipsRoutes, {
    state,
    as: sanneUpn,
    method: 'POST',
    path: '/me/getMailTips',
    body: { EmailAddresses: addresses, MailTipsOptions: options },
    now: at,
  });
  return response;
};

describe('POST /me/getMailTips', () => {
  it.each([
    ['disabled', 'disabled' as const, null, null, now, ''],
    ['always on', 'alwaysEnabled' as const, null, null, now, 'Ik ben afwezig tot en met woensdag.'],
    [
      'scheduled, inside the window',
      'scheduled' as const,
      '2026-11-29T23:00:00.000Z',
      '2026-12-02T23:00:00.000Z',
      now,
      'Ik ben afwezig tot en met woensdag.',
    ],
    [
      'scheduled, before the window',
      'scheduled' as const,
      '2026-12-01T23:00:00.000Z',
      '2026-12-02T23:00:00.000Z',
      now,
      '',
    ],
    [
      'scheduled, at the end (exclusive)',
      'scheduled' as const,
      '2026-11-29T23:00:00.000Z',
      '2026-11-30T08:15:00.000Z',
      now,
      '',
    ],
  ])('%s → message %j', async (_label, status, start, end, at, message) => {
    setReplies(status, start, end);
    const response = await tips(at);
    expect(response.status).toBe(200);
    const [tip] = response.body.value as MailTips[];
    expect(tip?.emailAddress?.address).toBe(pieterUpn);
    expect(tip?.automaticReplies?.message).toBe(message);
    expect(tip?.mailboxFull).toBe(false);
  });

  it('gives the schedule of scheduled replies in UTC', async () => {
    setReplies('scheduled', '2026-11-29T23:00:00.000Z', '2026-12-02T23:00:00.000Z');
    const [tip] = (await tips(now)).body.value as MailTips[];
    expect(tip?.automaticReplies).toMatchObject({
      messageLanguage: { locale: 'nl-NL' },
      scheduledStartTime: { dateTime: '2026-11-29T23:00:00.0000000', timeZone: 'UTC' },
      scheduledEndTime: { dateTime: '2026-12-02T23:00:00.0000000', timeZone: 'UTC' },
    });
  });

  it('reports an unknown recipient per address', async () => {
    const response = await tips(now, ['nobody@lindeburg.example']);
    expect(response.status).toBe(200);
    expect((response.body.value as MailTips[])[0]?.error).toMatchObject({
      code: 'UnknownRecipient',
    });
  });

  it('reads option names case-insensitively and rejects unknown ones', () => {
    expect([...parseMailTipsOptions('AutomaticReplies,MAILBOXFULLSTATUS')]).toEqual([
      'automaticReplies',
      'mailboxFullStatus',
    ]);
    expect(() => parseMailTipsOptions('automaticReplies, moodStatus')).toThrow();
  });

  it('returns only the tips asked for', async () => {
    const [tip] = (await tips(now, [pieterUpn], 'mailboxFullStatus')).body.value as MailTips[];
    expect(tip).not.toHaveProperty('automaticReplies');
  });
});
