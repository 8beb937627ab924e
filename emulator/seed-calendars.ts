// The weekly parts of the demo tenant: calendars, presences and automatic replies for a week and the next,
// deterministic for the week.
import { createHash } from 'node:crypto';
import { demoPersonas, tenantDomain } from './personas';
import {
  absenceSubjects,
  meetingLocations,
  meetingSubjects,
  privateSubjects,
  statusMessages,
} from './seed-calendar-texts';
import type { SeedPerson } from './seed-organisation';
import { randomFrom } from './seed-random';
import type { Random } from './seed-random';
import type { ShowAs, StoredAutomaticReplies, StoredEvent, StoredPresence } from './store';
import { addDaysToDate, amsterdamZone, instantFromWallClock, weekdayOfDate } from './time';

export type WeeklyParts = {
  events: StoredEvent[];
  presences: Record<string, StoredPresence>;
  automaticReplies: Record<string, StoredAutomaticReplies>;
};

const localInstants = new Map<string, string>();

/** Amsterdam wall clock → UTC ISO; memoised, because the seed asks for the same few hundred slots thousands of times. */
function localInstant(ymd: string, minutes: number): string {
  const key = `${ymd}|${minutes}`;
  let instant = localInstants.get(key);
  if (instant === undefined) {
    instant = computeLocalInstant(ymd, minutes);
    localInstants.set(key, instant);
  }
  return instant;
}

function computeLocalInstant(ymd: string, minutes: number): string {
  const [year, month, day] = ymd.split('-').map(Number) as [number, number, number];
  return instantFromWallClock(
    { year, month, day, hour: Math.floor(minutes / 60), minute: minutes % 60, second: 0 },
    amsterdamZone,
  ).toISOString();
}

const dutchDate = new Intl.DateTimeFormat('nl-NL', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  timeZone: 'UTC',
});

export function disabledReplies(): StoredAutomaticReplies {
  return {
    status: 'disabled',
    externalAudience: 'all',
    internalReplyMessage: '',
    externalReplyMessage: '',
    scheduledStartDateTime: null,
    scheduledEndDateTime: null,
  };
}

/** Pieter van der Berg's days, so the demo always shows meetings, a back-to-back block and a private item. */
const pieterTemplate: readonly {
  start: number;
  end: number;
  subject: string;
  showAs: ShowAs;
  sensitivity: StoredEvent['sensitivity'];
}[][] = [
  [
    {
      start: 540,
      end: 600,
      subject: 'Teamoverleg Burgerzaken',
      showAs: 'busy',
      sensitivity: 'normal',
    },
    {
      start: 600,
      end: 630,
      subject: 'Bilateraal overleg met Mohamed',
      showAs: 'busy',
      sensitivity: 'normal',
    },
    { start: 810, end: 870, subject: 'Tandarts', showAs: 'busy', sensitivity: 'private' },
    {
      start: 930,
      end: 990,
      subject: 'Afstemming reisdocumenten',
      showAs: 'tentative',
      sensitivity: 'normal',
    },
  ],
  [
    {
      start: 570,
      end: 630,
      subject: 'Klantafspraak huwelijk',
      showAs: 'busy',
      sensitivity: 'normal',
    },
    { start: 660, end: 720, subject: 'Werkoverleg balie', showAs: 'busy', sensitivity: 'normal' },
    { start: 720, end: 750, subject: 'Lunchoverleg', showAs: 'tentative', sensitivity: 'normal' },
    {
      start: 840,
      end: 930,
      subject: 'Training BRP-bevragingen',
      showAs: 'busy',
      sensitivity: 'normal',
    },
  ],
];

export function weeklyParts(people: readonly SeedPerson[], weekStart: string): WeeklyParts {
  const events: StoredEvent[] = [];
  const presences: Record<string, StoredPresence> = {};
  const automaticReplies: Record<string, StoredAutomaticReplies> = {};
  const days = Array.from({ length: 14 }, (_, index) => addDaysToDate(weekStart, index));
  const personaUpns = new Set(demoPersonas.map((persona) => persona.upn));

  for (const person of people) {
    const { user, work } = person;
    const random = randomFrom(`${weekStart}|${user.id}`);
    let sequence = 0;
    const addEvent = (event: Omit<StoredEvent, 'id' | 'userId' | 'origin'>) => {
      const hash = createHash('sha1')
        .update(`${weekStart}|${user.id}|${sequence++}`)
        .digest('base64url');
      events.push({
        id: `AAMkAGxpbmRlYnVyZw${hash}AAA=`,
        userId: user.id,
        origin: 'seed',
        ...event,
      });
    };
    const workDays = days.filter((day) => work.days.includes(weekdayOfDate(day)));
    const isPersona = personaUpns.has(user.userPrincipalName);

    // Vacation or leave: a multi-day out-of-office block (all-day), with scheduled automatic replies.
    let absentDays = new Set<string>();
    if (!isPersona && random.chance(0.09)) {
      const firstIndex = random.int(0, 9);
      const length = random.int(1, 5);
      const first = days[firstIndex] as string;
      const afterLast = addDaysToDate(first, length);
      absentDays = new Set(days.filter((day) => day >= first && day < afterLast));
      const subject = random.pick(absenceSubjects);
      addEvent({
        subject,
        location: '',
        start: localInstant(first, 0),
        end: localInstant(afterLast, 0),
        showAs: 'oof',
        sensitivity: random.chance(0.3) ? 'private' : 'normal',
        isAllDay: true,
      });
      const lastDay = addDaysToDate(afterLast, -1);
      const colleague = person.team
        ? `het team ${person.team.name} via ${person.team.mailbox}@${tenantDomain}`
        : `het secretariaat`;
      const message = `Ik ben afwezig tot en met ${dutchDate.format(new Date(`${lastDay}T12:00:00Z`))}. Voor dringende zaken kunt u contact opnemen met ${colleague} of bellen met 14 0570.`;
      automaticReplies[user.id] = {
        status: 'scheduled',
        externalAudience: 'all',
        internalReplyMessage: message,
        externalReplyMessage: message,
        scheduledStartDateTime: localInstant(first, 0),
        scheduledEndDateTime: localInstant(afterLast, 0),
      };
    } else if (!isPersona && random.chance(0.015)) {
      const message = `Ik ben langdurig afwezig; uw bericht wordt niet doorgestuurd. Neem contact op met ${person.team ? `${person.team.mailbox}@${tenantDomain}` : 'het KCP via 14 0570'}.`;
      automaticReplies[user.id] = {
        ...disabledReplies(),
        status: 'alwaysEnabled',
        internalReplyMessage: message,
        externalReplyMessage: message,
      };
    } else {
      automaticReplies[user.id] = disabledReplies();
    }

    workDays.forEach((day, dayIndex) => {
      if (absentDays.has(day)) return;
      if (user.userPrincipalName === `pieter.vanderberg@${tenantDomain}`) {
        for (const item of pieterTemplate[dayIndex % pieterTemplate.length] ?? []) {
          addEvent({
            subject: item.subject,
            location: item.sensitivity === 'private' ? '' : random.pick(meetingLocations),
            start: localInstant(day, item.start),
            end: localInstant(day, item.end),
            showAs: item.showAs,
            sensitivity: item.sensitivity,
            isAllDay: false,
          });
        }
        return;
      }
      if (random.chance(0.05)) {
        addEvent({
          subject: 'Thuiswerken',
          location: 'Thuis',
          start: localInstant(day, 0),
          end: localInstant(addDaysToDate(day, 1), 0),
          showAs: 'workingElsewhere',
          sensitivity: 'normal',
          isAllDay: true,
        });
      } else if (random.chance(0.03)) {
        addEvent({
          subject: 'Verjaardag collega',
          location: '',
          start: localInstant(day, 0),
          end: localInstant(addDaysToDate(day, 1), 0),
          showAs: 'free',
          sensitivity: 'normal',
          isAllDay: true,
        });
      }
      if (random.chance(0.03)) {
        // A course or off-site day: out of office for working time only, not all-day.
        addEvent({
          subject: 'Cursus (afwezig)',
          location: 'Utrecht',
          start: localInstant(day, work.startMinutes),
          end: localInstant(day, work.endMinutes),
          showAs: 'oof',
          sensitivity: 'normal',
          isAllDay: false,
        });
        return;
      }
      const count = random.pick([0, 1, 1, 2, 2, 2, 3, 3, 4]);
      let cursor = work.startMinutes;
      for (let n = 0; n < count; n++) {
        const duration = random.pick([30, 30, 60, 60, 60, 90]);
        const backToBack = n > 0 && random.chance(0.3);
        const start = backToBack ? cursor : cursor + random.int(0, 6) * 30;
        const end = start + duration;
        if (end > work.endMinutes) break;
        cursor = end;
        const isPrivate = random.chance(0.08);
        const showAs: ShowAs = isPrivate ? 'busy' : random.chance(0.15) ? 'tentative' : 'busy';
        addEvent({
          subject: isPrivate ? random.pick(privateSubjects) : random.pick(meetingSubjects),
          location: isPrivate ? '' : random.pick(meetingLocations),
          start: localInstant(day, start),
          end: localInstant(day, end),
          showAs,
          sensitivity: isPrivate ? 'private' : 'normal',
          isAllDay: false,
        });
      }
    });

    const replies = automaticReplies[user.id];
    presences[user.id] = presenceFor(random, replies);
  }
  return { events, presences, automaticReplies };
}

const presenceMix: readonly [number, string, string][] = [
  [0.5, 'Available', 'Available'],
  [0.58, 'Busy', 'InACall'],
  [0.62, 'Busy', 'InAConferenceCall'],
  [0.65, 'Busy', 'Busy'],
  [0.69, 'DoNotDisturb', 'Presenting'],
  [0.72, 'DoNotDisturb', 'DoNotDisturb'],
  [0.78, 'BeRightBack', 'BeRightBack'],
  [0.86, 'Away', 'Away'],
  [0.97, 'Offline', 'OffWork'],
  [1, 'PresenceUnknown', 'PresenceUnknown'],
];

function presenceFor(random: Random, replies: StoredAutomaticReplies | undefined): StoredPresence {
  if (replies?.status === 'alwaysEnabled') {
    return {
      availability: 'Offline',
      activity: 'OutOfOffice',
      statusMessage: null,
      outOfOfficeSettings: { isOutOfOffice: true, message: replies.internalReplyMessage },
    };
  }
  const roll = random.next();
  const [, availability, activity] = presenceMix.find(([limit]) => roll < limit) ?? [
    1,
    'Available',
    'Available',
  ];
  const statusMessage = random.chance(0.08)
    ? { message: random.pick(statusMessages), expiryDateTime: null }
    : null;
  return {
    availability,
    activity,
    statusMessage,
    outOfOfficeSettings: { isOutOfOffice: false, message: null },
  };
}
