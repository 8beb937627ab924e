// Messages of repeat callers: the earlier requests the callback form shows, the choice between adding to the open
// request and a new one, and the notification that the citizen called again. Dutch first; English the same keys.
export const repeatCallersNl = {
  'repeatCallers.title': 'Deze inwoner heeft al een terugbelverzoek',
  'repeatCallers.checking': 'Eerdere verzoeken van dit nummer of e-mailadres worden gezocht…',
  'repeatCallers.failed':
    'Eerdere verzoeken konden niet worden gezocht. U kunt het verzoek gewoon opslaan.',
  'repeatCallers.intro':
    'Open verzoeken en verzoeken die in de laatste 10 werkdagen zijn afgesloten, met hetzelfde {by}:',
  'repeatCallers.by.phone': 'telefoonnummer',
  'repeatCallers.by.email': 'e-mailadres',
  'repeatCallers.by.both': 'telefoonnummer of e-mailadres',
  'repeatCallers.list': 'Eerdere verzoeken',
  'repeatCallers.summary':
    'Eerder verzoek: {made}, {holder}, {status}, uiterlijk {due}, {attempts, plural, =0 {nog geen poging} one {# poging} other {# pogingen}}',
  'repeatCallers.closedOn': '{status} op {closed}',
  'repeatCallers.calledAgain':
    '{count, plural, one {De inwoner belde al een keer opnieuw} other {De inwoner belde al # keer opnieuw}}',
  'repeatCallers.status.open': 'open',
  'repeatCallers.status.done': 'afgehandeld',
  'repeatCallers.status.cancelled': 'vervallen',
  'repeatCallers.addToOpen': 'Toevoegen aan het open verzoek',
  'repeatCallers.addToOpen.label': 'Toevoegen aan het open verzoek van {made} voor {holder}',
  'repeatCallers.newRequest': 'Nieuw verzoek',
  'repeatCallers.newChosen':
    'Wordt opgeslagen als nieuw verzoek, gekoppeld aan het eerdere verzoek van {made}.',
  'repeatCallers.added':
    'Toegevoegd aan het open verzoek voor {holder}: "inwoner belde opnieuw". {holder} krijgt bericht.',
  'repeatCallers.holderUnknown': 'onbekend',
  'repeatCallers.card.once': 'Inwoner belde opnieuw: {last}',
  'repeatCallers.card.more': 'Inwoner belde {count} keer opnieuw, laatst {last}',

  'notifications.repeatCall.subject': 'Inwoner belde opnieuw over een terugbelverzoek',
  'notifications.repeatCall.intro':
    'De inwoner van dit terugbelverzoek belde opnieuw. {byName} heeft dat bij het verzoek genoteerd.',
  'notifications.repeatCall.activity': 'Inwoner belde opnieuw, uiterlijk {due} terugbellen',
};
