// Messages of call outcomes ("contacten"): the agent's outcome buttons and the monitor's study figures. Dutch first.
const nl = {
  'contacts.outcomes.group': 'Uitkomst van het doorverbinden',
  'contacts.outcomes.groupFor': 'Uitkomst van het doorverbinden naar {name}',
  'contacts.outcomes.hint':
    'Leg na het doorverbinden de uitkomst vast met één toets, ook vanuit het zoekvak.',
  'contacts.outcome.answered': 'Opgenomen',
  'contacts.outcome.substituteAnswered': 'Vervanger nam op',
  'contacts.outcome.callbackRequested': 'Niet opgenomen → terugbelverzoek',
  'contacts.outcome.notAnswered': 'Niet opgenomen, geen verzoek',
  'contacts.outcome.selfAnswered': 'Zelf beantwoord',
  'contacts.selfAnswered.hint': 'Vraag zelf beantwoord, zonder door te verbinden (telt apart).',
  'contacts.recorded': 'Vastgelegd: {outcome} ({name}).',
  'contacts.recorded.self': 'Vastgelegd: zelf beantwoord.',
  'contacts.undo': 'Ongedaan maken',
  'contacts.undo.until': 'Ongedaan maken kan tot {time}.',
  'contacts.undone': 'Ongedaan gemaakt: {outcome} ({name}) wordt niet opgeslagen.',
  'contacts.undo.tooLate': 'Te laat om ongedaan te maken: de uitkomst is al opgeslagen.',
  'contacts.outbox.waiting':
    'Uitkomst {outcome} ({name}): wordt om {time} opgeslagen (tot dan ongedaan te maken)',
  'contacts.outbox.saving': 'Uitkomst {outcome} ({name}): wordt opgeslagen…',
  'contacts.outbox.notSaved':
    'Uitkomst {outcome} ({name}): nog niet opgeslagen — volgende poging om {time}',
  'contacts.outbox.saved': 'Uitkomst {outcome} ({name}): opgeslagen',
  'contacts.nav.waiting':
    '({count, plural, one {# uitkomst wacht} other {# uitkomsten wachten}} op opslaan)',

  'contacts.monitor.heading': 'Doorverbonden gesprekken: de cijfers van het onderzoek',
  'contacts.monitor.heading.ownTeam': 'Doorverbonden gesprekken voor team {team}',
  'contacts.monitor.caption': 'Gesprekken per team over {period}, naast de nulmeting 2025',
  'contacts.monitor.weeks.heading': 'Doorverbonden gesprekken per week',
  'contacts.monitor.weeks.caption': 'Gesprekken per week over {period}',
  'contacts.column.calls': 'Gesprekken voor het team',
  'contacts.column.answeredDirectly': 'Direct opgenomen',
  'contacts.column.successful': 'Geslaagd contact',
  'contacts.column.callbackRequested': 'Terugbelverzoek gemaakt',
  'contacts.column.calledBackOnTime': 'Daarvan op tijd teruggebeld',
  'contacts.column.pending': 'Terugbellen nog niet verlopen',
  'contacts.column.failed': 'Mislukt',
  'contacts.column.selfAnswered': 'Zelf beantwoord door het KCP',
  'contacts.selfAnswered.total':
    'Zelf beantwoord door het KCP (telt niet als gesprek voor een team): {count}',
  'contacts.none': 'Geen vastgelegde gesprekken in deze periode.',
  'contacts.readInfo':
    '{count, plural, one {# gesprek} other {# gesprekken}} gelezen met {requests, plural, one {# opvraag} other {# opvragen}} bij Microsoft Graph.',
  'contacts.definition.calls':
    'Gesprekken voor het team: elk gesprek dat het KCP probeerde door te verbinden naar een collega of team van het team en waarvan de uitkomst is vastgelegd, in de ISO-week (Nederlandse tijd) waarin die is vastgelegd. Zelf beantwoord telt apart.',
  'contacts.definition.answeredDirectly':
    'Direct opgenomen: de collega of de vervanger nam op, gedeeld door de gesprekken voor het team (nulmeting 37%).',
  'contacts.definition.successful':
    'Geslaagd contact: direct opgenomen, plus gesprekken waarvoor een terugbelverzoek is gemaakt dat op tijd is teruggebeld (eerste poging uiterlijk op de streefdatum), gedeeld door de gesprekken voor het team (nulmeting 68%).',
  'contacts.definition.failed':
    'Mislukt: niet opgenomen zonder verzoek, of een terugbelverzoek dat niet op tijd is teruggebeld of niet is gemaakt, gedeeld door de gesprekken voor het team (nulmeting 32%). Een verzoek dat nog niet verlopen is telt nog niet mee als geslaagd of mislukt.',
  'contacts.definition.callbacks':
    'Teruggebeld (nulmeting 55%) en op tijd teruggebeld (nulmeting 48% van de teruggebelde) staan hierboven bij de terugbelverzoeken.',
  'contacts.csv.section': 'Doorverbonden gesprekken',
  'contacts.csv.answeredDirectlyPct': 'Direct opgenomen %',
  'contacts.csv.successfulPct': 'Geslaagd contact %',
  'contacts.csv.failedPct': 'Mislukt %',
  'contacts.csv.baselineValue': '37% direct opgenomen, 68% geslaagd contact, 32% mislukt',
} satisfies Record<string, string>;

const en = {
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
} as Record<keyof typeof nl, string>;

export const contactsMessages = { nl, en };
