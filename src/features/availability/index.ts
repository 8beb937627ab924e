// Public API of the availability feature (the agent screen).
export { AvailabilityPage } from './availability-page';
export type { AvailabilityPageProps } from './availability-page';
