// Public API of the callbacks feature (terugbelverzoeken).
export type { CallbacksPageProps } from './callbacks-pages';
export {
  MyCallbacksNavBadge,
  MyCallbacksPage,
  NewCallbackPage,
  OutboxNavBadge,
  TeamCallbacksPage,
} from './callbacks-pages';
