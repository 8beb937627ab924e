import type { NotificationResult } from '../../../notifications';
import { notifyOutcomeOf } from './callbacks-data-source';

describe('notifyOutcomeOf', () => {
  it.each<[NotificationResult, ReturnType<typeof notifyOutcomeOf>]>([
    [{ sent: 'teamsActivity', to: 'u1' }, 'sent'],
    [{ sent: 'email', to: 'anna@lindeburg.example', afterActivityFailed: 'no' }, 'sent'],
    [{ sent: 'email', to: 'anna@lindeburg.example', afterActivityFailed: 'yes' }, 'emailedInstead'],
    [{ sent: 'nobody' }, null],
  ])('tells %j as %j', (result, expected) => {
    expect(notifyOutcomeOf(result)).toBe(expected);
  });
});
