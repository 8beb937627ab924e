// The callback texts the agent screen and the shell show (navigation, badges, the card's link, signing out); the
// rest of messages/callbacks.ts loads with the callback pages (a message group, see message-groups.ts).
export const callbacksShellNl = {
  'callbacks.link.create': 'Terugbelverzoek maken',
  'callbacks.link.createFor': 'Terugbelverzoek maken voor {name}',
  'callbacks.link.teamTerm': 'Terugbellen',
  'callbacks.nav.count': '({open})',
  'callbacks.nav.countOverdue': '({open}, {overdue} te laat)',
  'callbacks.nav.countUnknown': '(aantal onbekend)',
  'callbacks.nav.outbox': '({count, plural, one {# wacht} other {# wachten}} op opslaan)',
  'callbacks.route.mine': 'Mijn terugbelverzoeken',
  'callbacks.route.new': 'Terugbelverzoek',
  'callbacks.route.team': 'Terugbelverzoeken van mijn team',
  'callbacks.signOut.outboxWaiting':
    'Nog niet opgeslagen: {callbacks, plural, one {# terugbelverzoek} other {# terugbelverzoeken}} en {contacts, plural, one {# gespreksuitkomst} other {# gespreksuitkomsten}}. Dat gebeurt alleen zolang u aangemeld bent. Toch afmelden?',
  'callbacks.signOut.outboxUnknown':
    'Bereikbaar kan nu niet nagaan of er nog terugbelverzoeken of gespreksuitkomsten wachten om opgeslagen te worden. Dat gebeurt alleen zolang u aangemeld bent. Toch afmelden?',
} satisfies Record<string, string>;
