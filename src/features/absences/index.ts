// Public API of the absences feature (the team leader's "Mijn team").
export { AbsencesPage } from './absences-page';
export type { AbsencesPageProps } from './absences-page';
