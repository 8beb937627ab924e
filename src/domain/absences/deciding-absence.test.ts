import type { Availability } from '../availability';
import { decidingAbsence } from './deciding-absence';

type Decision = Pick<Availability, 'state' | 'reason' | 'absence'>;
const detail = (absenceId: string): Availability['absence'] => ({
  absenceId,
  kind: 'sick',
  from: 0 as Availability['at'],
  expectedUntil: 'unknown',
  substituteForCalls: null,
  substituteForCallbacks: null,
  noteForFrontOffice: null,
});
const absences = [{ id: '7' }, { id: '8' }];
const current = { id: '8' };

describe('the absence that decided the live state', () => {
  it.each<[string, Decision | null, string | undefined]>([
    [
      'the one the live state names',
      { state: 'absent', reason: 'registeredAbsence', absence: detail('7') },
      '7',
    ],
    [
      'the current one when the named one is not listed',
      { state: 'absent', reason: 'registeredAbsence', absence: detail('99') },
      '8',
    ],
    [
      'the current one when none is named',
      { state: 'absent', reason: 'registeredAbsence', absence: null },
      '8',
    ],
    [
      'none when out of office decided',
      { state: 'absent', reason: 'calendarOutOfOffice', absence: null },
      undefined,
    ],
    [
      'none outside working hours',
      { state: 'absent', reason: 'outsideWorkingHours', absence: null },
      undefined,
    ],
    ['none when reachable', { state: 'reachable', reason: 'free', absence: null }, undefined],
    ['none without a live state', null, undefined],
  ])('%s', (_case, live, expected) => {
    expect(decidingAbsence(live, absences, current)?.id).toBe(expected);
  });
});
