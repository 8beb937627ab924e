// Words for availability answers (issue 11: "terug do 3 dec, 08:30", "einde onbekend",
// "onbekend hoe lang (Teams-status)", "nu – 23:30", dates on all-day items, "voorlopige afspraak").
import type { AgentAvailability, CalendarItemView } from '../../domain/availability';
import type { Instant } from '../../domain/time';
import { instantFromIso } from '../../domain/time';
import { formatDateTime, formatTime, translate } from '../../i18n';
import type { Locale } from '../../i18n';
import { itemText, reasonText, slotText, untilText } from './format-availability';

const wordsIn = (locale: Locale) => ({
  locale,
  t: (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
    translate(locale, key, params),
  formatTime: (date: Date) => formatTime(date, locale),
  formatDateTime: (date: Date) => formatDateTime(date, locale),
});
const nl = wordsIn('nl');
const en = wordsIn('en');
const at = (iso: string): Instant => {
  const instant = instantFromIso(iso);
  if (instant === null) throw new Error(iso);
  return instant;
};
// Tuesday 1 December 2026, 19:17 in Amsterdam (+01:00).
const now = new Date('2026-12-01T19:17:00+01:00');

type Verdict = Pick<AgentAvailability, 'state' | 'reason' | 'until'>;

describe('untilText', () => {
  it.each<[string, Verdict, string | null]>([
    [
      'absent: the moment back, with the day',
      { state: 'absent', reason: 'registeredAbsence', until: at('2026-12-03T08:30:00+01:00') },
      'terug do 3 dec, 08:30',
    ],
    [
      'absent, back tomorrow',
      { state: 'absent', reason: 'outsideWorkingHours', until: at('2026-12-02T08:30:00+01:00') },
      'terug morgen 08:30',
    ],
    [
      'absent, back later today',
      { state: 'absent', reason: 'calendarOutOfOffice', until: at('2026-12-01T21:00:00+01:00') },
      'terug om 21:00',
    ],
    [
      'absent, back next year: with the year',
      { state: 'absent', reason: 'registeredAbsence', until: at('2027-01-04T08:30:00+01:00') },
      'terug ma 4 jan 2027, 08:30',
    ],
    [
      'absent without end',
      { state: 'absent', reason: 'registeredAbsence', until: 'unknown' },
      'einde onbekend',
    ],
    [
      'busy by Teams presence alone',
      { state: 'busy', reason: 'presenceBusy', until: 'unknown' },
      'onbekend hoe lang (Teams-status)',
    ],
    [
      'busy until a time today',
      { state: 'busy', reason: 'calendarBusy', until: at('2026-12-01T20:30:00+01:00') },
      'tot 20:30',
    ],
    [
      'reachable until another day',
      { state: 'reachable', reason: 'free', until: at('2026-12-03T08:30:00+01:00') },
      'tot do 3 dec, 08:30',
    ],
    ['nothing known', { state: 'unknown', reason: 'noSignal', until: null }, null],
  ])('%s', (_name, verdict, expected) => {
    expect(untilText(nl, verdict, now)).toBe(expected);
  });

  it('speaks English too', () => {
    expect(
      untilText(
        en,
        { state: 'absent', reason: 'registeredAbsence', until: at('2026-12-03T08:30:00+01:00') },
        now,
      ),
    ).toBe('back Thu 3 Dec, 08:30');
    expect(
      untilText(en, { state: 'absent', reason: 'registeredAbsence', until: 'unknown' }, now),
    ).toBe('end unknown');
    expect(untilText(en, { state: 'busy', reason: 'presenceBusy', until: 'unknown' }, now)).toBe(
      'unknown how long (Teams status)',
    );
  });
});

describe('slotText', () => {
  it('says "nu" for a slot that has begun', () => {
    const slot = { start: at('2026-12-01T19:17:00+01:00'), end: at('2026-12-01T23:30:00+01:00') };
    expect(slotText(nl, slot, now, 'allSignals')).toBe('nu – 23:30');
  });
  it('gives times for a later slot', () => {
    const slot = { start: at('2026-12-01T20:00:00+01:00'), end: at('2026-12-01T21:00:00+01:00') };
    expect(slotText(nl, slot, now, 'allSignals')).toBe('20:00–21:00');
  });
  it('marks a slot that is free only by the calendar', () => {
    const slot = { start: at('2026-12-01T19:17:00+01:00'), end: at('2026-12-01T23:30:00+01:00') };
    expect(slotText(nl, slot, now, 'calendarOnly')).toBe('nu – 23:30 volgens de agenda');
  });
});

const view = (
  start: string,
  end: string,
  extra: Partial<CalendarItemView> = {},
): CalendarItemView => ({
  start: at(start),
  end: at(end),
  status: 'busy',
  visibility: 'hidden',
  ...extra,
});

describe('itemText', () => {
  it.each<[string, CalendarItemView, string]>([
    [
      'a hidden meeting today',
      view('2026-12-01T20:00:00+01:00', '2026-12-01T21:00:00+01:00'),
      '20:00–21:00 afspraak (details niet zichtbaar)',
    ],
    [
      'a meeting another day: with the day',
      view('2026-12-03T09:00:00+01:00', '2026-12-03T10:00:00+01:00', {
        visibility: 'details',
        subject: 'Overleg',
      }),
      'do 3 dec 09:00–10:00 Overleg',
    ],
    [
      'an all-day item: the day, not 00:00–00:00',
      view('2026-12-02T00:00:00+01:00', '2026-12-03T00:00:00+01:00', { status: 'oof' }),
      'wo 2 dec (hele dag) afwezig (details niet zichtbaar)',
    ],
    [
      'an all-day item today',
      view('2026-12-01T00:00:00+01:00', '2026-12-02T00:00:00+01:00', {
        status: 'oof',
        visibility: 'details',
        subject: 'Vakantie',
      }),
      'vandaag (hele dag) Vakantie',
    ],
    [
      'a multi-day all-day item: first and last day',
      view('2026-12-02T00:00:00+01:00', '2026-12-04T00:00:00+01:00', { status: 'oof' }),
      'wo 2 dec – do 3 dec afwezig (details niet zichtbaar)',
    ],
    [
      'a multi-day item with times',
      view('2026-12-02T13:00:00+01:00', '2026-12-03T12:00:00+01:00'),
      'wo 2 dec 13:00 – do 3 dec 12:00 afspraak (details niet zichtbaar)',
    ],
    [
      'tentative: a "voorlopige afspraak"',
      view('2026-12-01T20:00:00+01:00', '2026-12-01T21:00:00+01:00', { status: 'tentative' }),
      '20:00–21:00 voorlopige afspraak (details niet zichtbaar)',
    ],
    [
      'tentative with a subject',
      view('2026-12-01T20:00:00+01:00', '2026-12-01T21:00:00+01:00', {
        status: 'tentative',
        visibility: 'details',
        subject: 'Misschien',
      }),
      '20:00–21:00 Misschien (voorlopig)',
    ],
    [
      'working elsewhere is not an appointment',
      view('2026-12-01T08:00:00+01:00', '2026-12-01T23:00:00+01:00', {
        status: 'workingElsewhere',
      }),
      '08:00–23:00 werkt elders',
    ],
    [
      'shown as free is not an appointment',
      view('2026-12-01T20:00:00+01:00', '2026-12-01T21:00:00+01:00', { status: 'free' }),
      '20:00–21:00 vrij in de agenda',
    ],
  ])('%s', (_name, item, expected) => {
    expect(itemText(nl, item, now)).toBe(expected);
  });
});

describe('reasonText', () => {
  it('calls a tentative item a "voorlopige afspraak"', () => {
    const availability = {
      state: 'busy',
      reason: 'calendarTentative',
      calendarAccess: 'details',
      presenceDetail: null,
    } as AgentAvailability;
    expect(reasonText(nl, availability)).toBe('voorlopige afspraak (agenda)');
  });
});
