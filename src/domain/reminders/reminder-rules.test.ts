import { instantFromIso } from '../time';
import type { Instant } from '../time';
import type { RecordedReminder } from './reminder-rules';
import { reminderDecisions, reminderIdOf, reminderWindowStart } from './reminder-rules';

const at = (iso: string): Instant => instantFromIso(iso) as Instant;
const now = at('2026-12-02T10:00:00+01:00'); // Wednesday

const sent = (
  personId: string,
  iso: string,
  topic: RecordedReminder['topic'] = 'calendarNotShared',
) => ({
  personId,
  topic,
  sentAt: at(iso),
});

describe('at most one reminder a week per person and topic', () => {
  it.each([
    ['never reminded', [], 'send'],
    ['reminded on Monday of this week', [sent('p1', '2026-11-30T09:00:00+01:00')], 'skip'],
    ['reminded 6 days 23 hours ago', [sent('p1', '2026-11-25T11:00:00+01:00')], 'skip'],
    ['reminded exactly 7 days ago', [sent('p1', '2026-11-25T10:00:00+01:00')], 'send'],
    ['reminded 8 days ago', [sent('p1', '2026-11-24T10:00:00+01:00')], 'send'],
    [
      'reminded about the other topic yesterday',
      [sent('p1', '2026-12-01T10:00:00+01:00', 'workingHoursMissing')],
      'send',
    ],
    ['someone else was reminded', [sent('p2', '2026-12-01T10:00:00+01:00')], 'send'],
    [
      'a reminder dated in the future (clock off)',
      [sent('p1', '2026-12-03T10:00:00+01:00')],
      'skip',
    ],
  ] as const)('%s → %s', (_case, recorded, expected) => {
    const [decision] = reminderDecisions(['p1'], 'calendarNotShared', recorded, now);
    expect(decision?.decision).toBe(expected);
  });

  it('gives the latest reminder of the week as the reason to skip', () => {
    const [decision] = reminderDecisions(
      ['p1'],
      'calendarNotShared',
      [sent('p1', '2026-11-27T09:00:00+01:00'), sent('p1', '2026-11-30T09:00:00+01:00')],
      now,
    );
    expect(decision).toEqual({
      personId: 'p1',
      decision: 'skip',
      remindedAt: at('2026-11-30T09:00:00+01:00'),
    });
  });

  it('decides once per person, in the order asked, when a team and a person overlap', () => {
    const decisions = reminderDecisions(['p2', 'p1', 'p2'], 'calendarNotShared', [], now);
    expect(decisions.map((decision) => decision.personId)).toEqual(['p2', 'p1']);
  });

  it('asks the list for the last 7 days', () => {
    expect(reminderWindowStart(now)).toBe(at('2026-11-25T10:00:00+01:00'));
  });

  it('gives a retried send the same ids and another send other ids', () => {
    expect(reminderIdOf('s1', 'p1', 'calendarNotShared')).toBe(
      reminderIdOf('s1', 'p1', 'calendarNotShared'),
    );
    expect(reminderIdOf('s1', 'p1', 'calendarNotShared')).not.toBe(
      reminderIdOf('s2', 'p1', 'calendarNotShared'),
    );
    expect(reminderIdOf('s1', 'p1', 'calendarNotShared')).not.toBe(
      reminderIdOf('s1', 'p1', 'workingHoursMissing'),
    );
  });
});
