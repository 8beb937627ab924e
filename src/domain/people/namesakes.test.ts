import { namesakeDetails } from './namesakes';
import type { PersonSummary } from './person-summary';

const person = (id: string, rest: Partial<PersonSummary>): PersonSummary => ({
  id,
  displayName: 'Sara de Boer',
  givenName: 'Sara',
  surname: 'de Boer',
  jobTitle: 'Medewerker afvalbeheer',
  department: 'Fysiek Domein',
  team: 'Afval',
  mail: `${id}@lindeburg.example`,
  phones: [],
  topics: [],
  ...rest,
});

describe('namesakeDetails', () => {
  it.each<[string, PersonSummary[], Record<string, string>]>([
    [
      'same name, job and team: the e-mail',
      [person('sara.deboer', {}), person('sara.deboer2', {})],
      {
        'sara.deboer': 'sara.deboer@lindeburg.example',
        'sara.deboer2': 'sara.deboer2@lindeburg.example',
      },
    ],
    [
      'same name, job and team, other departments: the department',
      [person('a', {}), person('b', { department: 'Dienstverlening' })],
      { a: 'Fysiek Domein', b: 'Dienstverlening' },
    ],
    [
      'same name, other jobs: nothing (the line already differs)',
      [person('a', {}), person('b', { jobTitle: 'Teamleider afval' })],
      {},
    ],
    [
      'names compared without case and accents',
      [person('a', {}), person('b', { displayName: 'SARA DE BÖER' })],
      { a: 'a@lindeburg.example', b: 'b@lindeburg.example' },
    ],
    ['no namesakes: nothing', [person('a', {}), person('b', { displayName: 'Sara Bakker' })], {}],
  ])('%s', (_name, people, expected) => {
    expect(Object.fromEntries(namesakeDetails(people))).toEqual(expected);
  });
});
