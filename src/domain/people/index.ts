// Public API of person search.
export type { PersonSummary, PhoneNumber } from './person-summary';
export type { PeopleIndex, PersonSearchField, PersonSearchResult } from './people-index';
export { createPeopleIndex, searchPeople } from './people-index';
export { dutchStem } from './dutch-stem';
export { namesakeDetails } from './namesakes';
export { ownTeamFirst } from './own-team-first';
export { foldText, searchTokens } from './search-text';
export { wordsMatchQuery } from './words-match';
export { SYNTHETIC_TEAMS, generateSyntheticPeople } from './synthetic-people';
