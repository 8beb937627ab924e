import { instantFromIso } from '../time';
import type { AutomaticRepliesDraft, AutomaticRepliesProblem } from './automatic-replies-draft';
import { automaticRepliesProblems } from './automatic-replies-draft';

const day = (date: string) => instantFromIso(`${date}T09:00:00+01:00`)!;
const now = day('2026-11-30');
const draft = (changes: Partial<AutomaticRepliesDraft>): AutomaticRepliesDraft => ({
  mode: 'scheduled',
  start: day('2026-12-01'),
  end: day('2026-12-04'),
  message: 'Ik ben afwezig. Voor spoed: team Vergunningen.',
  ...changes,
});

describe('automaticRepliesProblems', () => {
  it.each<[string, AutomaticRepliesDraft, AutomaticRepliesProblem[]]>([
    ['a period with a message: fine', draft({}), []],
    [
      'switching off needs nothing',
      draft({ mode: 'off', message: '', start: null, end: null }),
      [],
    ],
    ['on without a period: fine', draft({ mode: 'on', start: null, end: null }), []],
    ['on without a message', draft({ mode: 'on', message: '   ' }), ['messageMissing']],
    ['a period without its end', draft({ end: null }), ['periodMissing']],
    ['an end before the start', draft({ end: day('2026-11-29') }), ['endNotAfterStart']],
    ['an end equal to the start', draft({ end: day('2026-12-01') }), ['endNotAfterStart']],
    [
      'a period already over',
      draft({ start: day('2026-11-20'), end: day('2026-11-25') }),
      ['endPassed'],
    ],
    ['a period that has begun and runs on: fine', draft({ start: day('2026-11-27') }), []],
    [
      'no message and no period',
      draft({ message: '', start: null }),
      ['messageMissing', 'periodMissing'],
    ],
  ])('%s', (_name, input, expected) => {
    expect(automaticRepliesProblems(input, now)).toEqual(expected);
  });
});
