import type { Instant } from '../../domain/time';
import { instantFromIso } from '../../domain/time';
import { frontOfficeMail } from './front-office-mail';
import type { FrontOfficeChange, FrontOfficeNotice } from './front-office-mail';

const at = (iso: string): Instant => {
  const instant = instantFromIso(iso);
  if (instant === null) throw new Error(iso);
  return instant;
};
const notice: FrontOfficeNotice = {
  absence: {
    id: '7',
    personId: 'pieter',
    from: at('2026-03-30T09:00:00+02:00'),
    expectedUntil: at('2026-04-03T17:00:00+02:00'),
    endedAt: null,
    substituteForCalls: { kind: 'person', personId: 'anna' },
    substituteForCallbacks: { kind: 'teamMailbox', mailbox: 'burgerzaken@lindeburg.example' },
    noteForFrontOffice: null,
    registeredById: 'mohamed',
  },
  personName: 'Pieter van der Berg',
  nameOf: (id) => (id === 'anna' ? 'Anna Jansen' : id),
  registeredByName: 'Mohamed el Amrani',
};

describe('frontOfficeMail', () => {
  it.each<[string, FrontOfficeChange | undefined, string, RegExp[], RegExp[]]>([
    [
      'registered',
      undefined,
      'Afwezig: Pieter van der Berg',
      [/is afwezig/, /Anna Jansen/, /Gemeld door/],
      [/gewijzigd/],
    ],
    [
      'extended',
      { kind: 'changed', fields: ['until'] },
      'Afwezigheid gewijzigd: Pieter van der Berg',
      [/gewijzigd: verwacht tot\./, /Verwacht tot \(gewijzigd\)/, /vrijdag 3 april 2026/],
      [/Vervanger telefoon \(gewijzigd\)/],
    ],
    [
      'substitute and note changed',
      { kind: 'changed', fields: ['calls', 'note'] },
      'Afwezigheid gewijzigd: Pieter van der Berg',
      [/Vervanger telefoon \(gewijzigd\)/, /Toelichting \(gewijzigd\)/, /Gewijzigd door/],
      [/Verwacht tot \(gewijzigd\)/],
    ],
    [
      'ended',
      { kind: 'ended', at: at('2026-04-01T11:30:00+02:00') },
      'Weer aanwezig: Pieter van der Berg',
      [/weer aanwezig/, /woensdag 1 april 2026.*11:30/],
      [/Anna Jansen/],
    ],
  ])('%s', (_name, change, subject, present, absent) => {
    const mail = frontOfficeMail('kcp@lindeburg.example', { ...notice, change });
    expect(mail.subject).toBe(subject);
    for (const pattern of present) expect(mail.htmlBody).toMatch(pattern);
    for (const pattern of absent) expect(mail.htmlBody).not.toMatch(pattern);
    expect(mail.htmlBody).not.toMatch(/ziek|verlof|sick|leave/i);
  });
});

it('is written in English when asked, dates included', () => {
  const mail = frontOfficeMail('kcp@lindeburg.example', {
    ...notice,
    locale: 'en',
    change: { kind: 'changed', fields: ['until'] },
  });
  expect(mail.subject).toBe('Absence changed: Pieter van der Berg');
  expect(mail.htmlBody).toContain(
    'The absence of Pieter van der Berg has changed: expected until.',
  );
  expect(mail.htmlBody).toMatch(/Expected until \(changed\).*Friday, 3 April 2026 at 17:00/);
  expect(mail.htmlBody).not.toMatch(/Afwezig|gewijzigd|vrijdag/);
});
