// The deep link the Teams activity opens (the texts and the sending are tested in src/notifications).
import { defaultTeamsAppId } from '../../config/app-config';
import { myCallbacksDeepLink } from './callback-notifications';

describe('myCallbacksDeepLink', () => {
  it.each([
    [
      defaultTeamsAppId,
      'https://teams.microsoft.com/l/entity/5d3c9b7e-2a41-4f6e-9c08-b1e7a4d2f36c/myCallbacks',
    ],
    [
      'AAAABBBB-0000-1111-2222-333344445555',
      'https://teams.microsoft.com/l/entity/AAAABBBB-0000-1111-2222-333344445555/myCallbacks',
    ],
  ])('links app %s to its "Mijn terugbelverzoeken" tab', (appId, expected) => {
    expect(myCallbacksDeepLink(appId)).toBe(expected);
  });
});
