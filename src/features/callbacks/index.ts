// Public API of the callbacks feature (terugbelverzoeken).
export type { CallbacksPageProps } from './callbacks-pages';
export {
  MyCallbacksNavBadge,
  MyCallbacksPage,
  NewCallbackPage,
  OutboxNavBadge,
  TeamCallbacksPage,
} from './callbacks-pages';
export { useGraphCallbacksDataSource } from './callbacks-pages';
export { CallbacksDataSourceProvider } from './api/callbacks-data-source';
export type { CallbacksDataSource } from './api/callbacks-data-source';
export { NewCallbackScreen } from './new-callback-screen';
export type { CallbackPrefill } from './components/callback-form';
