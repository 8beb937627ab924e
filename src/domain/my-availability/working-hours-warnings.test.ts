import type { CalendarItem, WorkingHours } from '../availability';
import { instantFromIso } from '../time';
import type { WorkingHoursWarning } from './working-hours-warnings';
import { workingHoursWarnings } from './working-hours-warnings';

const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];
const hours = (startTime: string, endTime: string, daysOfWeek = weekdays): WorkingHours => ({
  daysOfWeek,
  startTime,
  endTime,
  timeZone: 'Europe/Amsterdam',
});
/** An item on a day of the week of 30 Nov 2026 (a Monday), Amsterdam winter time (UTC+1). */
const item = (
  date: string,
  from: string,
  to: string,
  status: CalendarItem['status'] = 'busy',
): CalendarItem => ({
  start: instantFromIso(`${date}T${from}:00+01:00`)!,
  end: instantFromIso(`${date}T${to}:00+01:00`)!,
  status,
  isPrivate: false,
});
const wednesday = '2026-12-02';
const saturday = '2026-12-05';

describe('workingHoursWarnings', () => {
  it.each<[string, WorkingHours | null, CalendarItem[], WorkingHoursWarning[]]>([
    [
      'office hours, appointments on working days: none',
      hours('08:30', '17:00'),
      [item(wednesday, '10:00', '11:00')],
      [],
    ],
    ['not set at all', null, [], [{ kind: 'missing' }]],
    ['no day of the week', hours('08:30', '17:00', []), [], [{ kind: 'noDays' }]],
    ['only unknown day names', hours('08:30', '17:00', ['someday']), [], [{ kind: 'noDays' }]],
    ['times that cannot be read', hours('half nine', '17:00'), [], [{ kind: 'unreadableTimes' }]],
    ['00:00–23:59, as Outlook leaves them', hours('00:00', '23:59'), [], [{ kind: 'wholeDay' }]],
    [
      'Exchange notation 00:00:00.0000000–23:59:00.0000000',
      hours('00:00:00.0000000', '23:59:00.0000000'),
      [],
      [{ kind: 'wholeDay' }],
    ],
    ['equal start and end: 24 hours', hours('08:00', '08:00'), [], [{ kind: 'wholeDay' }]],
    ['06:00–22:00: 16 hours', hours('06:00', '22:00'), [], [{ kind: 'veryLong', hours: 16 }]],
    ['07:00–21:00: exactly 14 hours is still possible', hours('07:00', '21:00'), [], []],
    ['a night shift 22:00–06:00 is fine', hours('22:00', '06:00'), [], []],
    [
      'a meeting on Wednesday while Wednesday is no working day',
      hours('08:30', '17:00', ['monday', 'tuesday', 'thursday']),
      [item(wednesday, '10:00', '11:00'), item(wednesday, '14:00', '15:00', 'tentative')],
      [{ kind: 'appointmentsOnDayOff', days: ['wednesday'] }],
    ],
    [
      'free and out-of-office items on a day off say nothing',
      hours('08:30', '17:00', ['monday']),
      [item(wednesday, '10:00', '11:00', 'free'), item(wednesday, '12:00', '13:00', 'oof')],
      [],
    ],
    [
      'a whole-day item on a day off (a birthday) says nothing',
      hours('08:30', '17:00'),
      [{ ...item(saturday, '00:00', '00:00'), end: instantFromIso('2026-12-06T00:00:00+01:00')! }],
      [],
    ],
    [
      'whole day and a Saturday meeting: both',
      hours('00:00', '23:59'),
      [item(saturday, '10:00', '11:00', 'Busy')],
      [{ kind: 'wholeDay' }, { kind: 'appointmentsOnDayOff', days: ['saturday'] }],
    ],
  ])('%s', (_name, input, items, expected) => {
    expect(workingHoursWarnings(input, items)).toEqual(expected);
  });
});
