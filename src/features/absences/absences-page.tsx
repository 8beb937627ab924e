import type { AppConfig } from '../../config/app-config';
import { AbsencesDataSourceProvider } from './api/absences-data-source';
import { useGraphAbsencesDataSource } from './api/graph-absences-data-source';
import { TeamAbsencesScreen } from './team-absences-screen';
import type { TeamAbsencesScreenProps } from './team-absences-screen';

/** Props of {@link AbsencesPage}. */
export type AbsencesPageProps = TeamAbsencesScreenProps & { config: AppConfig };

/** "Mijn team" on Microsoft Graph (or the demo tenant). */
export function AbsencesPage({ config, ...screen }: AbsencesPageProps) {
  const source = useGraphAbsencesDataSource(config);
  return (
    <AbsencesDataSourceProvider value={source}>
      <TeamAbsencesScreen {...screen} />
    </AbsencesDataSourceProvider>
  );
}
