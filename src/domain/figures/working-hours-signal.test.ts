import type { WorkingHours } from '../availability';
import { workingHoursProblem } from './working-hours-signal';

const hours = (
  startTime: string,
  endTime: string,
  days: string[] = ['monday', 'friday'],
): WorkingHours => ({
  daysOfWeek: days,
  startTime,
  endTime,
  timeZone: 'W. Europe Standard Time',
});

describe('the signal "geen werktijden"', () => {
  it.each([
    ['none at all', null, 'missing'],
    ['no working day', hours('08:00', '17:00', []), 'missing'],
    ['only unknown day names', hours('08:00', '17:00', ['someday']), 'missing'],
    ['unreadable start', hours('acht uur', '17:00'), 'missing'],
    ['00:00–23:59 (nothing set)', hours('00:00', '23:59'), 'wholeDay'],
    ['00:00–00:00 (round the clock)', hours('00:00:00.0000000', '00:00:00.0000000'), 'wholeDay'],
    ['23 hours', hours('00:30', '23:30'), 'wholeDay'],
    ['an office day in Exchange notation', hours('08:30:00.0000000', '17:00:00.0000000'), null],
    ['a night shift', hours('22:00', '06:00'), null],
    ['a long day of 14 hours', hours('07:00', '21:00'), null],
  ] as const)('%s → %s', (_case, given, expected) => {
    expect(workingHoursProblem(given)).toBe(expected);
  });
});
