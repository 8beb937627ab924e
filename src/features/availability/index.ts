// Public API of the availability feature (the agent screen).
export { AvailabilityPage } from './availability-page';
export type { AvailabilityPageProps } from './availability-page';
export type { OutcomeRecorder } from './outcome-recorder';
export {
  AvailabilityDataSourceProvider,
  useAvailabilityDataSource,
} from './api/availability-data-source';
export type { AvailabilityDataSource } from './api/availability-data-source';
export { useGraphAvailabilityDataSource } from './api/graph-data-source';
export { useDirectory } from './api/get-directory';
export type { DirectoryState } from './api/get-directory';
export { useAvailabilitySignals } from './api/get-availability-signals';
export { personStatusAt } from './person-status';
export type { PersonStatus } from './person-status';
export { StatusSummary } from './components/status-summary';
