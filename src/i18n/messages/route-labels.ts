// The navigation's labels of the pages whose other messages load with their page (see translate.ts): the shell
// shows these before any of those pages is opened.
const nl = {
  'absences.route': 'Mijn team',
  'monitoring.route.coordinator': 'Monitor',
  'monitoring.route.teamLeader': 'Cijfers van mijn team',
  'myAvailability.route': 'Mijn bereikbaarheid',
} satisfies Record<string, string>;

const en: Record<keyof typeof nl, string> = {
  'absences.route': 'My team',
  'monitoring.route.coordinator': 'Monitor',
  'monitoring.route.teamLeader': 'My team’s figures',
  'myAvailability.route': 'My availability',
};

export const routeLabelMessages = { nl, en };
