// Messages of "Mijn bereikbaarheid", the employee's own page. Dutch first; English has exactly the same keys.
const nl = {
  'myAvailability.title': 'Mijn bereikbaarheid',
  'myAvailability.intro':
    'Zo ziet het klantcontactpunt (KCP) u tijdens een gesprek met een inwoner. Met een open agenda, werktijden en een automatisch antwoord weet het KCP of het u kan doorverbinden, en wanneer u terugbelt.',
  'myAvailability.about': 'Over Bereikbaar (verbinding en technische gegevens)',

  'myAvailability.kcp.title': 'Zo ziet het KCP u nu',
  'myAvailability.kcp.loading': 'Uw bereikbaarheid wordt gelezen…',
  'myAvailability.kcp.failed': 'Uw bereikbaarheid kon niet worden gelezen: {message}',
  'myAvailability.kcp.refreshed': 'Bijgewerkt om {time}; elke minuut opnieuw, net als bij het KCP.',

  'myAvailability.calendar.title': 'Uw agenda',
  'myAvailability.calendar.loading': 'Delen van uw agenda wordt gelezen…',
  'myAvailability.calendar.failed': 'Kon niet lezen hoe uw agenda gedeeld is: {message}',
  'myAvailability.calendar.freeBusyRead':
    "Collega's (ook het KCP) zien alleen of u vrij of bezet bent, niet wat u doet. Het KCP kan dan niet inschatten of het u mag storen.",
  'myAvailability.calendar.none':
    "Collega's (ook het KCP) zien niets van uw agenda, zelfs niet of u vrij of bezet bent.",
  'myAvailability.calendar.limitedRead':
    "Collega's zien het onderwerp en de locatie van uw afspraken. Afspraken die u als privé markeert, blijven privé.",
  'myAvailability.calendar.read':
    "Collega's zien alle details van uw afspraken, behalve privé-afspraken. Dat stelt u in Outlook in.",
  'myAvailability.calendar.other':
    'Uw agenda is in Outlook op een eigen manier gedeeld. Bereikbaar verandert dat niet.',
  'myAvailability.calendar.open': "Agenda openstellen voor collega's",
  'myAvailability.calendar.undo': "Ongedaan maken: collega's zien weer alleen vrij/bezet",
  'myAvailability.calendar.saving': 'Bezig…',
  'myAvailability.calendar.opened':
    "Uw agenda is opengesteld: collega's zien nu onderwerp en locatie (privé-afspraken niet).",
  'myAvailability.calendar.undone':
    "Teruggezet: collega's zien weer alleen of u vrij of bezet bent.",
  'myAvailability.calendar.noEntry':
    'Uw agenda heeft geen deelinstelling voor de hele organisatie; open uw agenda via Outlook (Delen).',

  'myAvailability.write.consentRefused':
    'U heeft Bereikbaar geen toestemming gegeven om dit te wijzigen. Er is niets veranderd; de rest van Bereikbaar werkt gewoon. U kunt het opnieuw proberen of het in Outlook zelf instellen.',
  'myAvailability.write.notAllowed':
    'Microsoft 365 staat Bereikbaar niet toe dit te wijzigen (geen toestemming). Er is niets veranderd. Vraag de servicedesk, of stel het in Outlook zelf in.',
  'myAvailability.write.failed': 'Opslaan is niet gelukt: {message}. Er is niets veranderd.',

  'myAvailability.replies.title': 'Automatisch antwoord',
  'myAvailability.replies.loading': 'Automatisch antwoord wordt gelezen…',
  'myAvailability.replies.unknown': 'Kon niet lezen of uw automatisch antwoord aan staat.',
  'myAvailability.replies.off': 'Uw automatisch antwoord staat uit.',
  'myAvailability.replies.on': 'Uw automatisch antwoord staat aan.',
  'myAvailability.replies.scheduled': 'Uw automatisch antwoord staat aan van {from} tot {to}.',
  'myAvailability.replies.scheduledOpenEnd': 'Uw automatisch antwoord staat aan vanaf {from}.',
  'myAvailability.replies.currentMessage': 'Huidig bericht',
  'myAvailability.replies.mode': 'Automatisch antwoord',
  'myAvailability.replies.mode.off': 'Uit',
  'myAvailability.replies.mode.on': 'Aan, tot ik het uitzet',
  'myAvailability.replies.mode.scheduled': 'Aan in een periode',
  'myAvailability.replies.start': 'Van',
  'myAvailability.replies.end': 'Tot',
  'myAvailability.replies.message': 'Bericht',
  'myAvailability.replies.messageHint':
    'Zeg tot wanneer u weg bent en wie het overneemt, bijvoorbeeld: "Ik ben terug op maandag. Voor spoed: team Vergunningen, 0570 75 1234."',
  'myAvailability.replies.save': 'Automatisch antwoord opslaan',
  'myAvailability.replies.saved': 'Opgeslagen. Het KCP ziet het binnen een minuut.',
  'myAvailability.replies.problem.messageMissing': 'Schrijf een bericht.',
  'myAvailability.replies.problem.periodMissing': 'Vul in van wanneer tot wanneer.',
  'myAvailability.replies.problem.endNotAfterStart': 'Het einde moet na het begin liggen.',
  'myAvailability.replies.problem.endPassed': 'Deze periode is al voorbij.',

  'myAvailability.hours.title': 'Werktijden',
  'myAvailability.hours.value': '{days}, {start}–{end}',
  'myAvailability.hours.unknown': 'Uw werktijden konden niet worden gelezen.',
  'myAvailability.hours.howToChange':
    'Werktijden stelt u in Outlook in: Instellingen › Agenda › Werktijden. Het KCP ziet dan buiten die tijden "afwezig" met wanneer u terug bent.',
  'myAvailability.hours.warnings': 'Controleer uw werktijden',
  'myAvailability.hours.warning.missing':
    'U heeft geen werktijden ingesteld. Het KCP kan dan niet zeggen wanneer u er weer bent.',
  'myAvailability.hours.warning.noDays': 'Er staat geen enkele werkdag in uw werktijden.',
  'myAvailability.hours.warning.unreadableTimes': 'Uw begin- of eindtijd is niet te lezen.',
  'myAvailability.hours.warning.wholeDay':
    'Uw werktijden beslaan de hele dag (00:00–23:59). Het KCP denkt dan dat u ook midden in de nacht bereikbaar bent.',
  'myAvailability.hours.warning.veryLong':
    'Uw werkdag duurt volgens Outlook {hours} uur. Klopt dat?',
  'myAvailability.hours.warning.appointmentsOnDayOff':
    'U heeft afspraken op {days}, maar dat zijn volgens uw werktijden geen werkdagen.',

  'myAvailability.day.monday': 'maandag',
  'myAvailability.day.tuesday': 'dinsdag',
  'myAvailability.day.wednesday': 'woensdag',
  'myAvailability.day.thursday': 'donderdag',
  'myAvailability.day.friday': 'vrijdag',
  'myAvailability.day.saturday': 'zaterdag',
  'myAvailability.day.sunday': 'zondag',

  'myAvailability.callbacks.title': 'Mijn open terugbelverzoeken',
  'myAvailability.callbacks.loading': 'Terugbelverzoeken worden gelezen…',
  'myAvailability.callbacks.failed': 'Uw terugbelverzoeken konden niet worden gelezen: {message}',
  'myAvailability.callbacks.count':
    '{count, plural, =0 {U heeft geen open terugbelverzoeken op uw naam.} one {U heeft # open terugbelverzoek op uw naam.} other {U heeft # open terugbelverzoeken op uw naam.}}',
  'myAvailability.callbacks.nextDue': 'Het eerstvolgende moet uiterlijk {due} zijn teruggebeld.',
  'myAvailability.callbacks.nextOverdue':
    'Het oudste had al uiterlijk {due} moeten zijn teruggebeld.',
  'myAvailability.callbacks.link': 'Naar mijn terugbelverzoeken (ook die van de teammailbox)',
};

const en = {
  'myAvailability.title': 'My availability',
  'myAvailability.intro':
    'This is how the front office (KCP) sees you while talking to a citizen. With an open calendar, working hours and an automatic reply, the front office knows whether it can put a call through to you, and when you call back.',
  'myAvailability.about': 'About Bereikbaar (connection and technical details)',

  'myAvailability.kcp.title': 'How the front office sees you now',
  'myAvailability.kcp.loading': 'Reading your availability…',
  'myAvailability.kcp.failed': 'Your availability could not be read: {message}',
  'myAvailability.kcp.refreshed': 'Updated at {time}; again every minute, as for the front office.',

  'myAvailability.calendar.title': 'Your calendar',
  'myAvailability.calendar.loading': 'Reading how your calendar is shared…',
  'myAvailability.calendar.failed': 'Could not read how your calendar is shared: {message}',
  'myAvailability.calendar.freeBusyRead':
    'Colleagues (the front office too) see only whether you are free or busy, not what you are doing. The front office then cannot judge whether it may disturb you.',
  'myAvailability.calendar.none':
    'Colleagues (the front office too) see nothing of your calendar, not even whether you are free or busy.',
  'myAvailability.calendar.limitedRead':
    'Colleagues see the subject and location of your appointments. Appointments you mark as private stay private.',
  'myAvailability.calendar.read':
    'Colleagues see all details of your appointments except private ones. You set this in Outlook.',
  'myAvailability.calendar.other':
    'Your calendar is shared in a way of its own in Outlook. Bereikbaar does not change that.',
  'myAvailability.calendar.open': 'Open my calendar to colleagues',
  'myAvailability.calendar.undo': 'Undo: colleagues see only free/busy again',
  'myAvailability.calendar.saving': 'Working…',
  'myAvailability.calendar.opened':
    'Your calendar is open: colleagues now see subject and location (not of private appointments).',
  'myAvailability.calendar.undone':
    'Undone: colleagues see only whether you are free or busy again.',
  'myAvailability.calendar.noEntry':
    'Your calendar has no sharing setting for the whole organisation; open your calendar in Outlook (Share).',

  'myAvailability.write.consentRefused':
    'You did not give Bereikbaar permission to change this. Nothing was changed; the rest of Bereikbaar works as before. You can try again or set it in Outlook yourself.',
  'myAvailability.write.notAllowed':
    'Microsoft 365 does not allow Bereikbaar to change this (no permission). Nothing was changed. Ask the service desk, or set it in Outlook yourself.',
  'myAvailability.write.failed': 'Saving failed: {message}. Nothing was changed.',

  'myAvailability.replies.title': 'Automatic reply',
  'myAvailability.replies.loading': 'Reading your automatic reply…',
  'myAvailability.replies.unknown': 'Could not read whether your automatic reply is on.',
  'myAvailability.replies.off': 'Your automatic reply is off.',
  'myAvailability.replies.on': 'Your automatic reply is on.',
  'myAvailability.replies.scheduled': 'Your automatic reply is on from {from} until {to}.',
  'myAvailability.replies.scheduledOpenEnd': 'Your automatic reply is on from {from}.',
  'myAvailability.replies.currentMessage': 'Current message',
  'myAvailability.replies.mode': 'Automatic reply',
  'myAvailability.replies.mode.off': 'Off',
  'myAvailability.replies.mode.on': 'On, until I switch it off',
  'myAvailability.replies.mode.scheduled': 'On during a period',
  'myAvailability.replies.start': 'From',
  'myAvailability.replies.end': 'Until',
  'myAvailability.replies.message': 'Message',
  'myAvailability.replies.messageHint':
    'Say until when you are away and who takes over, for example: "I am back on Monday. If urgent: the permits team, 0570 75 1234."',
  'myAvailability.replies.save': 'Save automatic reply',
  'myAvailability.replies.saved': 'Saved. The front office sees it within a minute.',
  'myAvailability.replies.problem.messageMissing': 'Write a message.',
  'myAvailability.replies.problem.periodMissing': 'Fill in from when until when.',
  'myAvailability.replies.problem.endNotAfterStart': 'The end must be after the start.',
  'myAvailability.replies.problem.endPassed': 'This period is already over.',

  'myAvailability.hours.title': 'Working hours',
  'myAvailability.hours.value': '{days}, {start}–{end}',
  'myAvailability.hours.unknown': 'Your working hours could not be read.',
  'myAvailability.hours.howToChange':
    'You set working hours in Outlook: Settings › Calendar › Work hours. Outside them the front office sees "absent" with when you are back.',
  'myAvailability.hours.warnings': 'Check your working hours',
  'myAvailability.hours.warning.missing':
    'You have no working hours set. The front office then cannot say when you are back.',
  'myAvailability.hours.warning.noDays': 'Your working hours contain no working day at all.',
  'myAvailability.hours.warning.unreadableTimes': 'Your start or end time cannot be read.',
  'myAvailability.hours.warning.wholeDay':
    'Your working hours cover the whole day (00:00–23:59). The front office then thinks you can be reached in the middle of the night.',
  'myAvailability.hours.warning.veryLong':
    'According to Outlook your working day lasts {hours} hours. Is that right?',
  'myAvailability.hours.warning.appointmentsOnDayOff':
    'You have appointments on {days}, but according to your working hours those are no working days.',

  'myAvailability.day.monday': 'Monday',
  'myAvailability.day.tuesday': 'Tuesday',
  'myAvailability.day.wednesday': 'Wednesday',
  'myAvailability.day.thursday': 'Thursday',
  'myAvailability.day.friday': 'Friday',
  'myAvailability.day.saturday': 'Saturday',
  'myAvailability.day.sunday': 'Sunday',

  'myAvailability.callbacks.title': 'My open callback requests',
  'myAvailability.callbacks.loading': 'Reading callback requests…',
  'myAvailability.callbacks.failed': 'Your callback requests could not be read: {message}',
  'myAvailability.callbacks.count':
    '{count, plural, =0 {You have no open callback requests in your name.} one {You have # open callback request in your name.} other {You have # open callback requests in your name.}}',
  'myAvailability.callbacks.nextDue': 'The next one must be called back by {due}.',
  'myAvailability.callbacks.nextOverdue': 'The oldest should have been called back by {due}.',
  'myAvailability.callbacks.link': 'To my callback requests (also those of the team mailbox)',
} as Record<keyof typeof nl, string>;

export const myAvailabilityMessages = { nl, en };
