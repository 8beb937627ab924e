import { at, aDraft } from './callback-test-fixtures';
import type { CallbackDraft, FieldError } from './callback-validation';
import {
  isPlausibleEmail,
  validateAttemptNote,
  validateCallbackDraft,
  validateOutcomeNote,
} from './callback-validation';

const now = at('2026-01-12T10:05:00+01:00');

describe('validateCallbackDraft', () => {
  it.each<[string, Partial<CallbackDraft>, FieldError[]]>([
    ['a complete draft', {}, []],
    ['e-mail only', { phone: { kind: 'empty' }, email: 'jan@example.nl' }, []],
    ['phone and e-mail', { email: 'jan@example.nl' }, []],
    ['team only', { assignedToPersonId: null, assignedToTeam: 'Burgerzaken' }, []],
    ['person and team', { assignedToTeam: 'Burgerzaken' }, []],
    ['made now', { madeAt: now }, []],
    ['name empty', { citizenName: '' }, [{ field: 'citizenName', problem: 'required' }]],
    ['name only spaces', { citizenName: '   ' }, [{ field: 'citizenName', problem: 'required' }]],
    ['name 200', { citizenName: 'a'.repeat(200) }, []],
    ['name 200 plus spaces', { citizenName: ` ${'a'.repeat(200)} ` }, []],
    [
      'name 201',
      { citizenName: 'a'.repeat(201) },
      [{ field: 'citizenName', problem: 'tooLong', max: 200 }],
    ],
    [
      'no phone, no e-mail',
      { phone: { kind: 'empty' }, email: ' ' },
      [{ field: 'contact', problem: 'required' }],
    ],
    ['phone invalid', { phone: { kind: 'invalid' } }, [{ field: 'phone', problem: 'invalid' }]],
    [
      'phone invalid, e-mail valid: still wrong',
      { phone: { kind: 'invalid' }, email: 'jan@example.nl' },
      [{ field: 'phone', problem: 'invalid' }],
    ],
    ['e-mail invalid', { email: 'jan@' }, [{ field: 'email', problem: 'invalid' }]],
    ['e-mail without dot', { email: 'jan@example' }, [{ field: 'email', problem: 'invalid' }]],
    [
      'e-mail with space',
      { email: 'jan jansen@example.nl' },
      [{ field: 'email', problem: 'invalid' }],
    ],
    [
      'e-mail too long',
      { email: `${'a'.repeat(250)}@example.nl` },
      [{ field: 'email', problem: 'tooLong', max: 254 }],
    ],
    ['question empty', { question: '\n ' }, [{ field: 'question', problem: 'required' }]],
    ['question 2000', { question: 'q'.repeat(2000) }, []],
    [
      'question 2001',
      { question: 'q'.repeat(2001) },
      [{ field: 'question', problem: 'tooLong', max: 2000 }],
    ],
    [
      'preferred time too long',
      { preferredTime: 'p'.repeat(201) },
      [{ field: 'preferredTime', problem: 'tooLong', max: 200 }],
    ],
    [
      'no assignee',
      { assignedToPersonId: null, assignedToTeam: null },
      [{ field: 'assignee', problem: 'required' }],
    ],
    [
      'blank assignee',
      { assignedToPersonId: '', assignedToTeam: '  ' },
      [{ field: 'assignee', problem: 'required' }],
    ],
    [
      'made in the future',
      { madeAt: at('2026-01-12T10:05:00.001+01:00') },
      [{ field: 'madeAt', problem: 'invalid' }],
    ],
    [
      'everything wrong, in form order',
      {
        citizenName: '',
        phone: { kind: 'invalid' },
        email: 'nope',
        question: '',
        preferredTime: 'p'.repeat(300),
        assignedToPersonId: null,
      },
      [
        { field: 'citizenName', problem: 'required' },
        { field: 'phone', problem: 'invalid' },
        { field: 'email', problem: 'invalid' },
        { field: 'question', problem: 'required' },
        { field: 'preferredTime', problem: 'tooLong', max: 200 },
        { field: 'assignee', problem: 'required' },
      ],
    ],
  ])('%s', (_name, overrides, expected) => {
    expect(validateCallbackDraft(aDraft(overrides), now)).toEqual(expected);
  });
});

describe('isPlausibleEmail', () => {
  it.each([
    ['j.jansen@example.nl', true],
    [' j.jansen@gemeente.example.nl ', true],
    ['jan+terugbel@example.nl', true],
    ['jan@example', false],
    ['jan@@example.nl', false],
    ['jan@.nl', false],
    ['jan@example..nl', false],
    ['@example.nl', false],
    ['', false],
  ])('%s → %s', (text, expected) => {
    expect(isPlausibleEmail(text)).toBe(expected);
  });
});

describe('note lengths', () => {
  it.each([
    ['', []],
    ['n'.repeat(1000), []],
    ['n'.repeat(1001), [{ field: 'attemptNote', problem: 'tooLong', max: 1000 }]],
  ])('attempt note of %#', (note, expected) => {
    expect(validateAttemptNote(note)).toEqual(expected);
  });

  it.each([
    ['', []],
    ['n'.repeat(2000), []],
    ['n'.repeat(2001), [{ field: 'outcomeNote', problem: 'tooLong', max: 2000 }]],
  ])('outcome note of %#', (note, expected) => {
    expect(validateOutcomeNote(note)).toEqual(expected);
  });
});
