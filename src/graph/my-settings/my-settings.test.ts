import { instantFromIso } from '../../domain/time';
import { automaticRepliesPatch } from './automatic-replies';
import { sharingFromRole } from './calendar-permissions';

describe('sharingFromRole', () => {
  it.each([
    ['freeBusyRead', 'freeBusyRead'],
    ['LimitedRead', 'limitedRead'],
    ['none', 'none'],
    ['read', 'read'],
    ['delegateWithPrivateEventAccess', 'other'],
    ['custom', 'other'],
    [null, 'other'],
  ])('%s → %s', (role, sharing) => {
    expect(sharingFromRole(role)).toBe(sharing);
  });
});

describe('automaticRepliesPatch', () => {
  it('switches off with the status alone', () => {
    expect(automaticRepliesPatch({ mode: 'off', start: null, end: null, message: 'x' })).toEqual({
      automaticRepliesSetting: { status: 'disabled' },
    });
  });

  it('schedules a period in UTC with the message inside and outside, escaped as HTML', () => {
    expect(
      automaticRepliesPatch({
        mode: 'scheduled',
        start: instantFromIso('2026-12-01T08:00:00Z')!,
        end: instantFromIso('2026-12-04T17:00:00Z')!,
        message: 'Afwezig <tot vrijdag>\nVoor spoed: KCP & team',
      }),
    ).toEqual({
      automaticRepliesSetting: {
        status: 'scheduled',
        internalReplyMessage: 'Afwezig &lt;tot vrijdag&gt;<br>Voor spoed: KCP &amp; team',
        externalReplyMessage: 'Afwezig &lt;tot vrijdag&gt;<br>Voor spoed: KCP &amp; team',
        scheduledStartDateTime: { dateTime: '2026-12-01T08:00:00.0000000', timeZone: 'UTC' },
        scheduledEndDateTime: { dateTime: '2026-12-04T17:00:00.0000000', timeZone: 'UTC' },
      },
    });
  });

  it('switches on without a period', () => {
    expect(
      automaticRepliesPatch({ mode: 'on', start: null, end: null, message: 'Afwezig' })
        .automaticRepliesSetting,
    ).toEqual({
      status: 'alwaysEnabled',
      internalReplyMessage: 'Afwezig',
      externalReplyMessage: 'Afwezig',
    });
  });
});
