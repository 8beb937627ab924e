// English of messages/contacts.ts, in the English chunk with en.ts: a Dutch reader never fetches it.
import type { contactsNl } from './contacts';

export const contactsEn: Record<keyof typeof contactsNl, string> = {
  'contacts.outcomes.group': 'Outcome of putting the call through',
  'contacts.outcomes.groupFor': 'Outcome of putting the call through to {name}',
  'contacts.outcomes.hint':
    'After putting the call through, record the outcome with one key, also from the search box.',
  'contacts.outcome.answered': 'Answered',
  'contacts.outcome.substituteAnswered': 'Substitute answered',
  'contacts.outcome.callbackRequested': 'Not answered → callback request',
  'contacts.outcome.notAnswered': 'Not answered, no request',
  'contacts.outcome.selfAnswered': 'Answered ourselves',
  'contacts.selfAnswered.hint':
    'Question answered by the front office without putting through (counted apart).',
  'contacts.recorded': 'Recorded: {outcome} ({name}).',
  'contacts.recorded.self': 'Recorded: answered ourselves.',
  'contacts.undo': 'Undo',
  'contacts.undo.until': 'You can undo until {time}.',
  'contacts.undone': 'Undone: {outcome} ({name}) will not be saved.',
  'contacts.undo.tooLate': 'Too late to undo: the outcome has been saved.',
  'contacts.outbox.waiting':
    'Outcome {outcome} ({name}): saved at {time} (can be undone until then)',
  'contacts.outbox.saving': 'Outcome {outcome} ({name}): saving…',
  'contacts.outbox.notSaved': 'Outcome {outcome} ({name}): not saved yet — next try at {time}',
  'contacts.outbox.saved': 'Outcome {outcome} ({name}): saved',
  'contacts.nav.waiting':
    '({count, plural, one {# outcome} other {# outcomes}} waiting to be saved)',

  'contacts.monitor.heading': 'Calls put through: the study’s figures',
  'contacts.monitor.heading.ownTeam': 'Calls put through to team {team}',
  'contacts.monitor.caption': 'Calls per team over {period}, beside the 2025 baseline',
  'contacts.monitor.weeks.heading': 'Calls put through per week',
  'contacts.monitor.weeks.caption': 'Calls per week over {period}',
  'contacts.column.calls': 'Calls for the team',
  'contacts.column.answeredDirectly': 'Answered directly',
  'contacts.column.successful': 'Successful contact',
  'contacts.column.callbackRequested': 'Callback request made',
  'contacts.column.calledBackOnTime': 'Of those, called back on time',
  'contacts.column.pending': 'Callback not yet due',
  'contacts.column.failed': 'Failed',
  'contacts.column.selfAnswered': 'Answered by the front office itself',
  'contacts.selfAnswered.total':
    'Answered by the front office itself (not a call for a team): {count}',
  'contacts.none': 'No recorded calls in this period.',
  'contacts.readInfo':
    '{count, plural, one {# call} other {# calls}} read with {requests, plural, one {# request} other {# requests}} to Microsoft Graph.',
  'contacts.definition.calls':
    'Calls for the team: every call the front office tried to put through to a colleague or team of the team and whose outcome was recorded, in the ISO week (Dutch time) in which it was recorded. Answered by the front office itself counts apart.',
  'contacts.definition.answeredDirectly':
    'Answered directly: the colleague or the substitute picked up, divided by the calls for the team (baseline 37%).',
  'contacts.definition.successful':
    'Successful contact: answered directly, plus calls for which a callback request was made that was called back on time (first attempt no later than the due date), divided by the calls for the team (baseline 68%).',
  'contacts.definition.failed':
    'Failed: not answered without a request, or a callback request not called back on time or never made, divided by the calls for the team (baseline 32%). A request not yet due counts as neither successful nor failed yet.',
  'contacts.definition.callbacks':
    'Called back (baseline 55%) and called back on time (baseline 48% of those called back) are shown above with the callback requests.',
  'contacts.csv.section': 'Calls put through',
  'contacts.csv.answeredDirectlyPct': 'Answered directly %',
  'contacts.csv.successfulPct': 'Successful contact %',
  'contacts.csv.failedPct': 'Failed %',
  'contacts.csv.baselineValue': '37% answered directly, 68% successful contact, 32% failed',
};
