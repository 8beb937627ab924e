// The navigation's labels of the pages whose other messages load with their page (see translate.ts): the shell
// shows these before any of those pages is opened.
export const routeLabelsNl = {
  'absences.route': 'Mijn team',
  'monitoring.route.coordinator': 'Monitor',
  'monitoring.route.teamLeader': 'Cijfers van mijn team',
  'myAvailability.route': 'Mijn bereikbaarheid',
} satisfies Record<string, string>;
