// What the card shows besides the state (issue 11, minors): the automatic reply the person sends,
// and "next" appointments that are not hidden inside the absence.
import type { Instant } from '../time/instant';
import { availabilityAt } from './availability-at';
import {
  absence,
  at,
  item,
  monday,
  officeHours,
  presence,
  replies,
  signals,
  withItems,
} from './availability-test-fixtures';

const thursday = (hhmm: string): Instant => at(`2026-04-02T${hhmm}:00+02:00`);

describe('the automatic reply message, as plain text', () => {
  it.each<[string, string, string]>([
    ['plain text stays', 'Voor spoed: bel 14 050', 'Voor spoed: bel 14 050'],
    [
      'HTML from Exchange becomes lines of text',
      '<html><body><p>Ik ben met vakantie.<br>Voor spoed: bel&nbsp;14&nbsp;050 of mail <a href="mailto:x@y">team&amp;co</a></p></body></html>',
      'Ik ben met vakantie.\nVoor spoed: bel 14 050 of mail team&co',
    ],
    [
      'scripts and styles are dropped, tags never pass',
      '<style>p{color:red}</style><script>alert(1)</script><p>Terug &lt;maandag&gt;</p>',
      'Terug <maandag>',
    ],
  ])('%s', (_name, message, expected) => {
    const result = availabilityAt(
      signals({ automaticReplies: { status: 'alwaysEnabled', message } }),
      monday('10:00'),
    );
    expect(result.automaticReplyMessage).toBe(expected);
  });

  it('is there only while the automatic replies are on', () => {
    const later = { ...replies('scheduled', monday('12:00'), monday('18:00')), message: 'Weg' };
    const input = signals({ presence: presence('Available'), automaticReplies: later });
    expect(availabilityAt(input, monday('10:00')).automaticReplyMessage).toBeNull();
    expect(availabilityAt(input, monday('13:00')).automaticReplyMessage).toBe('Weg');
    const off = signals({ automaticReplies: { status: 'disabled', message: 'Oud bericht' } });
    expect(availabilityAt(off, monday('10:00')).automaticReplyMessage).toBeNull();
  });
});

describe('"Hierna" during an absence', () => {
  it('skips items inside the absence and shows the first one after the return', () => {
    const result = availabilityAt(
      withItems(
        [
          item(monday('14:00'), monday('15:00'), 'busy', { subject: 'Overleg' }),
          item(thursday('09:00'), thursday('10:00'), 'busy', { subject: 'Na terugkomst' }),
        ],
        { registeredAbsences: [absence(monday('08:00'), thursday('00:00'))] },
      ),
      monday('10:00'),
    );
    expect(result.until).toBe(thursday('08:00'));
    expect(result.nextItem?.subject).toBe('Na terugkomst');
  });

  it('shows nothing next while the end of the absence is unknown', () => {
    const result = availabilityAt(
      withItems([item(monday('14:00'), monday('15:00'), 'busy')], {
        registeredAbsences: [absence(monday('08:00'), 'unknown')],
        workingHours: officeHours,
      }),
      monday('10:00'),
    );
    expect(result.nextItem).toBeNull();
  });
});
