// Monitoring: the coordinator's figures of all teams and a team leader's figures of their own team.
// The page itself loads lazily (see LazyMonitoringPage), so the agent screen's bundle does not grow.
export type { MonitoringPageProps } from './monitoring-page';
export { LazyMonitoringPage } from './lazy-monitoring-page';
