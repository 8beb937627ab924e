// Herhaalverkeer and the norms of the call outcomes on the monitor, its trend chart and in the CSV.
const nl = {
  'repeatTraffic.column.rate': 'Herhaalverkeer',
  'repeatTraffic.column.requests': 'Terugbelverzoeken gemaakt',
  'repeatTraffic.column.repeatRequests': 'Daarvan herhaling',
  'repeatTraffic.column.repeatCalls': 'Inwoner belde opnieuw',
  'repeatTraffic.csv.ratePct': 'Herhaalverkeer %',
  'repeatTraffic.definition':
    'Herhaalverkeer: terugbelverzoeken van een nummer of e-mailadres dat in de 10 werkdagen ervoor al een verzoek had, plus de keren dat een inwoner opnieuw belde over een open verzoek (“Toevoegen aan het open verzoek”), gedeeld door alle terugbelverzoeken plus die keren. Een verzoek telt als herhaling als de KCP-medewerker het na de melding “Eerder verzoek” als nieuw verzoek vastlegde. Een verzoek telt in de ISO-week waarin het is gemaakt, een nieuwe oproep in de week van die oproep, beide bij het team waaraan het verzoek nu is toegewezen. Nieuwe oproepen over een verzoek dat al meer dan 4 weken voor het begin van de periode verliep, tellen niet mee. Geen nulmeting: het onderzoek stelde alleen vast dat er herhaalverkeer is. Blijft kloppen na het verwijderen van de persoonsgegevens.',
  'repeatTraffic.definition.norms':
    'Normen: direct opgenomen minstens {answeredDirectly}, geslaagd contact minstens {successful}, herhaalverkeer hoogstens {repeatTraffic}.',
  'repeatTraffic.norm.answeredDirectly': 'Norm direct opgenomen (minstens {norm})',
  'repeatTraffic.norm.successful': 'Norm geslaagd contact (minstens {norm})',
  'repeatTraffic.norm.repeatTraffic': 'Norm herhaalverkeer (hoogstens {norm})',
  'repeatTraffic.verdict.above': 'boven de norm',
  'repeatTraffic.trend.heading': 'Doorverbonden gesprekken: verloop per week',
  'repeatTraffic.trend.chartLabel':
    'Lijngrafiek: direct opgenomen, geslaagd contact en herhaalverkeer per week, met de normen',
  'repeatTraffic.trend.tableCaption':
    'Direct opgenomen, geslaagd contact en herhaalverkeer per week (dezelfde cijfers als de grafiek)',
} satisfies Record<string, string>;

const en = {
  'repeatTraffic.column.rate': 'Repeat traffic',
  'repeatTraffic.column.requests': 'Callback requests made',
  'repeatTraffic.column.repeatRequests': 'Of those, repeats',
  'repeatTraffic.column.repeatCalls': 'Citizen called again',
  'repeatTraffic.csv.ratePct': 'Repeat traffic %',
  'repeatTraffic.definition':
    'Repeat traffic: callback requests from a number or e-mail address that already had a request in the 10 working days before, plus the times a citizen called again about an open request (“Add to the open request”), divided by all callback requests plus those times. A request counts as a repeat when the front-office agent recorded it as a new request after the “Earlier request” notice. A request counts in the ISO week it was made, a call again in the week of that call, both for the team the request is assigned to now. Calls again about a request that was due more than 4 weeks before the period starts are not counted. No baseline: the study only found that repeat traffic exists. Stays right after the personal data are removed.',
  'repeatTraffic.definition.norms':
    'Norms: answered directly at least {answeredDirectly}, successful contact at least {successful}, repeat traffic at most {repeatTraffic}.',
  'repeatTraffic.norm.answeredDirectly': 'Answered directly norm (at least {norm})',
  'repeatTraffic.norm.successful': 'Successful contact norm (at least {norm})',
  'repeatTraffic.norm.repeatTraffic': 'Repeat traffic norm (at most {norm})',
  'repeatTraffic.verdict.above': 'above the norm',
  'repeatTraffic.trend.heading': 'Calls put through: trend per week',
  'repeatTraffic.trend.chartLabel':
    'Line chart: answered directly, successful contact and repeat traffic per week, with the norms',
  'repeatTraffic.trend.tableCaption':
    'Answered directly, successful contact and repeat traffic per week (the same figures as the chart)',
} as Record<keyof typeof nl, string>;

export const repeatTrafficMessages = { nl, en };
