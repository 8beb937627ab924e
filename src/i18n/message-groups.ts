// The messages of pages the agent screen does not show, in chunks of their own: each page's route fetches its
// group with its code (loadMessages in translate.ts), so the first paint carries none of them. Their keys are part
// of MessageKey all the same, so `t()` stays type-checked; i18n.test.ts checks English is complete for each group.
import type { Locale } from './locale-code';
import type { absencesMessages } from './messages/absences';
import type { callbacksMessages } from './messages/callbacks';
import type { dailyRunNl } from './messages/daily-run';
import type { monitoringMessages } from './messages/monitoring';
import type { myAvailabilityMessages } from './messages/my-availability';
import type { outlookMessages } from './messages/outlook';
import type { remindersMessages } from './messages/reminders';
import type { repeatTrafficMessages } from './messages/repeat-traffic';

export type MessageGroup =
  'absences' | 'callbacks' | 'daily' | 'monitoring' | 'myAvailability' | 'outlook';

export type GroupMessageKey =
  | keyof typeof absencesMessages.nl
  | keyof typeof callbacksMessages.nl
  | keyof typeof dailyRunNl
  | keyof typeof monitoringMessages.nl
  | keyof typeof remindersMessages.nl
  | keyof typeof repeatTrafficMessages.nl
  | keyof typeof myAvailabilityMessages.nl
  | keyof typeof outlookMessages.nl;

export type GroupMessages = Readonly<Record<string, string>>;

type Languages = { nl: GroupMessages; en: GroupMessages };

// One chunk per feature for now: a feature's file in messages/ holds both of its languages.
const absences = () =>
  import(/* webpackChunkName: "messages-absences" */ './messages/absences').then(
    (m): Languages => m.absencesMessages,
  );
const callbacks = () =>
  import(/* webpackChunkName: "messages-callbacks" */ './messages/callbacks').then(
    (m): Languages => m.callbacksMessages,
  );
const monitoring = () =>
  Promise.all([
    import(/* webpackChunkName: "messages-monitoring" */ './messages/monitoring'),
    import(/* webpackChunkName: "messages-monitoring" */ './messages/reminders'),
    import(/* webpackChunkName: "messages-monitoring" */ './messages/repeat-traffic'),
  ]).then(([figures, reminders, repeatTraffic]): Languages => ({
    nl: {
      ...figures.monitoringMessages.nl,
      ...reminders.remindersMessages.nl,
      ...repeatTraffic.repeatTrafficMessages.nl,
    },
    en: {
      ...figures.monitoringMessages.en,
      ...reminders.remindersMessages.en,
      ...repeatTraffic.repeatTrafficMessages.en,
    },
  }));
const myAvailability = () =>
  import(/* webpackChunkName: "messages-my-availability" */ './messages/my-availability').then(
    (m): Languages => m.myAvailabilityMessages,
  );
const outlook = () =>
  import(/* webpackChunkName: "messages-outlook" */ './messages/outlook').then(
    (m): Languages => m.outlookMessages,
  );

const perLanguage = (
  load: () => Promise<Languages>,
): Readonly<Record<Locale, () => Promise<GroupMessages>>> => ({
  nl: async () => (await load()).nl,
  en: async () => (await load()).en,
});

/** How each group's messages are fetched, per language. */
// The daily job's texts (its messages and the monitor's last run), a chunk per language: `npm run daily` loads them
// in Node, the monitor with its page.
const daily: Readonly<Record<Locale, () => Promise<GroupMessages>>> = {
  nl: () =>
    import(/* webpackChunkName: "messages-daily-nl" */ './messages/daily-run').then(
      (m) => m.dailyRunNl,
    ),
  en: () =>
    import(/* webpackChunkName: "messages-daily-en" */ './messages/daily-run-en').then(
      (m) => m.dailyRunEn,
    ),
};

export const groupLoaders: Readonly<
  Record<MessageGroup, Readonly<Record<Locale, () => Promise<GroupMessages>>>>
> = {
  absences: perLanguage(absences),
  callbacks: perLanguage(callbacks),
  daily,
  monitoring: perLanguage(monitoring),
  myAvailability: perLanguage(myAvailability),
  outlook: perLanguage(outlook),
};

/** Every group (tests load them all before rendering any page). */
export const messageGroups: readonly MessageGroup[] = Object.keys(groupLoaders) as MessageGroup[];
