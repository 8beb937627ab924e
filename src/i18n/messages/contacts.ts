// Messages of call outcomes ("contacten"): the agent's outcome buttons and the monitor's study figures. Dutch first.
export const contactsNl = {
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
