// English of messages/callbacks-shell.ts, in the English chunk with en.ts: a Dutch reader never fetches it.
import type { callbacksShellNl } from './callbacks-shell';

export const callbacksShellEn: Record<keyof typeof callbacksShellNl, string> = {
  'callbacks.link.create': 'Create callback request',
  'callbacks.link.createFor': 'Create callback request for {name}',
  'callbacks.link.teamTerm': 'Callback',
  'callbacks.nav.count': '({open})',
  'callbacks.nav.countOverdue': '({open}, {overdue} overdue)',
  'callbacks.nav.countUnknown': '(count unknown)',
  'callbacks.nav.outbox': '({count} waiting to be saved)',
  'callbacks.route.mine': 'My callback requests',
  'callbacks.route.new': 'Callback request',
  'callbacks.route.team': "My team's callback requests",
  'callbacks.signOut.outboxWaiting':
    'Not stored yet: {callbacks, plural, one {# callback request} other {# callback requests}} and {contacts, plural, one {# call outcome} other {# call outcomes}}. That happens only while you are signed in. Sign out anyway?',
  'callbacks.signOut.outboxUnknown':
    'Bereikbaar cannot check right now whether callback requests or call outcomes still wait to be stored. That happens only while you are signed in. Sign out anyway?',
};
