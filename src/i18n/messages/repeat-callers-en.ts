// English of messages/repeat-callers.ts, in the English chunk with en.ts: a Dutch reader never fetches it.
import type { repeatCallersNl } from './repeat-callers';

export const repeatCallersEn: Record<keyof typeof repeatCallersNl, string> = {
  'repeatCallers.title': 'This citizen already has a callback request',
  'repeatCallers.checking': 'Looking for earlier requests from this number or e-mail address…',
  'repeatCallers.failed':
    'Earlier requests could not be looked up. You can save the request as usual.',
  'repeatCallers.intro':
    'Open requests and requests closed in the last 10 working days, with the same {by}:',
  'repeatCallers.by.phone': 'phone number',
  'repeatCallers.by.email': 'e-mail address',
  'repeatCallers.by.both': 'phone number or e-mail address',
  'repeatCallers.list': 'Earlier requests',
  'repeatCallers.summary':
    'Earlier request: {made}, {holder}, {status}, due {due}, {attempts, plural, =0 {no attempt yet} one {# attempt} other {# attempts}}',
  'repeatCallers.closedOn': '{status} on {closed}',
  'repeatCallers.calledAgain':
    '{count, plural, one {The citizen already called again once} other {The citizen already called again # times}}',
  'repeatCallers.status.open': 'open',
  'repeatCallers.status.done': 'done',
  'repeatCallers.status.cancelled': 'cancelled',
  'repeatCallers.addToOpen': 'Add to the open request',
  'repeatCallers.addToOpen.label': 'Add to the open request of {made} for {holder}',
  'repeatCallers.newRequest': 'New request',
  'repeatCallers.newChosen':
    'Will be saved as a new request, linked to the earlier request of {made}.',
  'repeatCallers.added':
    'Added to the open request for {holder}: "citizen called again". {holder} is notified.',
  'repeatCallers.holderUnknown': 'unknown',
  'repeatCallers.card.once': 'Citizen called again: {last}',
  'repeatCallers.card.more': 'Citizen called again {count} times, last {last}',

  'notifications.repeatCall.subject': 'Citizen called again about a callback request',
  'notifications.repeatCall.intro':
    'The citizen of this callback request called again. {byName} noted it on the request.',
  'notifications.repeatCall.activity': 'Citizen called again, call back by {due}',
};
