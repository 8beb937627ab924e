// English of messages/route-labels.ts, in the English chunk with en.ts: a Dutch reader never fetches it.
import type { routeLabelsNl } from './route-labels';

export const routeLabelsEn: Record<keyof typeof routeLabelsNl, string> = {
  'absences.route': 'My team',
  'monitoring.route.coordinator': 'Monitor',
  'monitoring.route.teamLeader': 'My team’s figures',
  'myAvailability.route': 'My availability',
};
