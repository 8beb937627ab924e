// Public API of "Mijn bereikbaarheid", the employee's own page.
export { MyAvailabilityPage } from './my-availability-page';
export type { MyAvailabilityPageProps } from './my-availability-page';
export { MyAvailabilityScreen } from './my-availability-screen';
export type { MyAvailabilityScreenProps } from './my-availability-screen';
export { MyAvailabilityDataSourceProvider } from './api/my-availability-data-source';
export type { MyAvailabilityDataSource, RequestToken } from './api/my-availability-data-source';
