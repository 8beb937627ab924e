// The scopes the app asks for at sign-in are the union of what each src/graph module declares beside its calls,
// and the demo tenant's per-endpoint permission checks (as strict as Microsoft Graph's) agree: with the composed
// list every module's calls are accepted, each module's own declaration is enough for its calls, and leaving one
// module's declaration out of the composition breaks that module's calls.
import type { Client } from '@microsoft/microsoft-graph-client';
import type { RunningEmulator } from '../emulator/server';
import { startDemoTenant } from '../scripts/demo-tenant/start-demo-tenant';
import { defaultTeamsAppId, demoSharePointSite } from '../src/config/app-config';
import {
  declaredScopes,
  graphScopeDeclarations,
  requestedGraphScopes,
  type ScopeChoices,
} from '../src/config/graph-scopes';
import type { CallbackRequest } from '../src/domain/callbacks';
import { instantFromEpochMs, type Instant } from '../src/domain/time';
import { callbackDueAt, STATUTORY_CALENDAR } from '../src/domain/working-days';
import { directReportIds, listTeamAbsences } from '../src/graph/absences';
import { fetchAvailabilitySignals } from '../src/graph/availability';
import { listOpenCallbacksFor } from '../src/graph/callbacks';
import { notifyCallbackAssignees } from '../src/notifications';
import { teamsCatalogAppId } from '../src/graph/callbacks/callback-notifications';
import { createGraphClient } from '../src/graph/client';
import { resolveSiteId, siteLocatorFrom } from '../src/graph/lists';
import { sendMail } from '../src/graph/mail';
import { readCallbacksForPeriod, readOpenAbsences } from '../src/graph/monitoring';
import {
  automaticRepliesWriteScopes,
  calendarSharingWriteScopes,
  mySettingsScopes,
  readOwnCalendarSharing,
  setOwnCalendarSharing,
  updateOwnAutomaticReplies,
} from '../src/graph/my-settings';
import { fetchSignedInUser, syncPeopleDirectory } from '../src/graph/people';

const site = siteLocatorFrom(demoSharePointSite);
const domain = 'lindeburg.example';
const sanne = `sanne.devries@${domain}`;
const mohamed = `mohamed.elamrani@${domain}`;
const pieter = `pieter.vanderberg@${domain}`;
/** The demo build: Sites.ReadWrite.All, Teams activity notifications with the catalog id looked up. */
const choices: ScopeChoices = {
  sitesScope: 'Sites.ReadWrite.All',
  notifications: 'teamsActivity',
  teamsCatalogAppId: 'lookedUp',
};

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startDemoTenant({ port: 0, quiet: true });
});
afterAll(async () => {
  await emulator.close();
});

function clientWith(upn: string, scopes: readonly string[]): Client {
  const token = emulator.tokenFor(upn, scopes);
  return createGraphClient({
    authProvider: { getAccessToken: () => Promise.resolve(token) },
    graphBaseUrl: emulator.url,
    maxRetries: 0,
  });
}

const userId = (upn: string): string => {
  const user = emulator.state.users.find((candidate) => candidate.userPrincipalName === upn);
  if (!user) throw new Error(`no user ${upn}`);
  return user.id;
};

/** Whether a call went through: false when Graph refused it (403 for a missing scope). */
async function accepted(call: () => Promise<unknown>): Promise<boolean> {
  try {
    await call();
    return true;
  } catch (error) {
    if ((error as { status?: number; statusCode?: number }).status === 403) return false;
    if ((error as { statusCode?: number }).statusCode === 403) return false;
    throw error;
  }
}

function aRequest(assignedToPersonId: string): CallbackRequest {
  const madeAt: Instant = instantFromEpochMs(Date.now() - 60_000);
  return {
    id: `scopes-${crypto.randomUUID()}`,
    citizen: { name: 'Jan Jansen', phone: '+31612345678', email: null },
    question: 'Vraag over een paspoort',
    channel: 'phone',
    preferredTime: null,
    madeAt,
    madeById: userId(sanne),
    assignedToPersonId,
    assignedToTeam: 'Burgerzaken',
    teamMailbox: `burgerzaken@${domain}`,
    dueAt: callbackDueAt(madeAt, STATUTORY_CALENDAR),
    status: 'open',
    attempts: [],
    closedAt: null,
    closedById: null,
    outcomeNote: null,
    claimedById: null,
  };
}

type Module = keyof typeof graphScopeDeclarations;
/** Real calls of each module, as the app makes them; each says whether Graph accepted it. */
const probes: Record<
  Module,
  Array<{ call: string; works: (scopes: string[]) => Promise<boolean> }>
> = {
  people: [
    { call: 'GET /me', works: (s) => accepted(() => fetchSignedInUser(clientWith(sanne, s))) },
    {
      call: 'the directory (/users, /users/delta, directReports, team settings list)',
      works: (s) =>
        accepted(() => syncPeopleDirectory(clientWith(sanne, s), site, null, () => new Date())),
    },
  ],
  availability: [
    {
      call: 'getSchedule, presence, getMailTips, registered absences',
      works: async (s) => {
        const id = userId(pieter);
        const result = await fetchAvailabilitySignals(
          clientWith(sanne, s),
          site,
          [{ id, mail: pieter }],
          new Date(),
        ).catch((error: { status?: number }) => {
          if (error.status === 403) return null;
          throw error;
        });
        const signals = result?.signals.get(id);
        return (
          result !== null &&
          !result.absencesUnavailable &&
          signals?.calendar != null &&
          signals.presence !== null &&
          signals.automaticReplies !== null
        );
      },
    },
  ],
  mail: [
    {
      call: 'POST /me/sendMail',
      works: (s) =>
        accepted(() =>
          sendMail(clientWith(sanne, s), {
            to: [pieter],
            subject: 'Scopes',
            htmlBody: '<p>Scopes</p>',
            sentItems: 'doNotSave',
          }),
        ),
    },
  ],
  lists: [
    {
      call: 'the site id',
      works: (s) => accepted(() => resolveSiteId(clientWith(sanne, s), site)),
    },
  ],
  absences: [
    {
      call: '/me/directReports',
      works: (s) => accepted(() => directReportIds(clientWith(mohamed, s))),
    },
    {
      call: 'the team’s absences',
      works: (s) =>
        accepted(() =>
          listTeamAbsences(clientWith(mohamed, s), site, [userId(pieter)], {
            now: new Date(),
            reasons: [],
          }),
        ),
    },
  ],
  callbacks: [
    {
      call: 'open callback requests',
      works: (s) => accepted(() => listOpenCallbacksFor(clientWith(sanne, s), site, userId(sanne))),
    },
    {
      call: 'the app’s catalog id (appCatalogs)',
      works: (s) =>
        accepted(() =>
          teamsCatalogAppId(clientWith(sanne, s), {
            manifestId: defaultTeamsAppId,
            configured: null,
          }),
        ),
    },
    {
      call: 'a Teams activity notification',
      works: async (s) => {
        const id = userId(pieter);
        const result = await notifyCallbackAssignees(clientWith(sanne, s), aRequest(id), {
          channel: 'teamsActivity',
          teamsAppId: defaultTeamsAppId,
          teamsCatalogAppId:
            emulator.state.teamsApps?.find((app) => app.externalId === defaultTeamsAppId)?.id ??
            null,
          event: { kind: 'created' },
          assignee: { id, mail: pieter },
          madeByName: 'Sanne',
          linkUrl: null,
        }).catch(() => null);
        return result?.sent === 'teamsActivity';
      },
    },
  ],
  monitoring: [
    {
      call: 'a period of callback requests',
      works: (s) =>
        accepted(() =>
          readCallbacksForPeriod(clientWith(mohamed, s), site, {
            from: instantFromEpochMs(Date.now() - 7 * 86_400_000),
            to: instantFromEpochMs(Date.now()),
            team: null,
          }),
        ),
    },
    {
      call: 'open absences',
      works: (s) => accepted(() => readOpenAbsences(clientWith(mohamed, s), site)),
    },
  ],
  'my-settings': [
    {
      call: 'GET /me/calendar/calendarPermissions',
      works: (s) => accepted(() => readOwnCalendarSharing(clientWith(pieter, s))),
    },
  ],
};

const modules = Object.keys(graphScopeDeclarations) as Module[];

describe('the sign-in scopes, composed from the declarations beside the Graph calls', () => {
  it('has a probe for every declaring module', () => {
    expect(Object.keys(probes).sort()).toEqual([...modules].sort());
  });

  it.each(modules)('accepts every call of %s with exactly the composed list', async (module) => {
    const requested = requestedGraphScopes(choices);
    for (const probe of probes[module])
      expect({ call: probe.call, works: await probe.works(requested) }).toEqual({
        call: probe.call,
        works: true,
      });
  });

  it.each(modules)('accepts every call of %s with only its own declaration', async (module) => {
    const own = declaredScopes(graphScopeDeclarations[module], choices);
    for (const probe of probes[module])
      expect({ call: probe.call, works: await probe.works(own) }).toEqual({
        call: probe.call,
        works: true,
      });
  });

  it.each(modules)(
    'breaks a call of %s when its declaration is left out of the composition (unless others declare the same)',
    async (module) => {
      const others = new Set(
        modules
          .filter((other) => other !== module)
          .flatMap((other) => declaredScopes(graphScopeDeclarations[other], choices)),
      );
      const own = declaredScopes(graphScopeDeclarations[module], choices);
      const onlyHere = own.filter((scope) => !others.has(scope));
      const withoutModule = requestedGraphScopes(choices).filter(
        (scope) => !onlyHere.includes(scope),
      );
      const outcomes = await Promise.all(probes[module].map((probe) => probe.works(withoutModule)));
      if (onlyHere.length === 0) expect(outcomes.every(Boolean)).toBe(true);
      else expect(outcomes).toContain(false);
    },
  );

  it('leaves out no module that has a scope of its own: each is needed somewhere', () => {
    const withOwnScopes = modules.filter((module) => {
      const others = new Set(
        modules
          .filter((other) => other !== module)
          .flatMap((other) => declaredScopes(graphScopeDeclarations[other], choices)),
      );
      return declaredScopes(graphScopeDeclarations[module], choices).some(
        (scope) => !others.has(scope),
      );
    });
    expect(withOwnScopes.sort()).toEqual(['availability', 'callbacks', 'mail', 'people']);
  });
});

describe('the scopes asked only when the user acts (incremental consent)', () => {
  const signIn = () => requestedGraphScopes(choices);
  const openCalendar = (scopes: readonly string[]) =>
    accepted(async () => {
      const own = await readOwnCalendarSharing(clientWith(pieter, scopes));
      await setOwnCalendarSharing(
        clientWith(pieter, scopes),
        own.permissionId ?? '',
        'limitedRead',
      );
    });
  const switchOffReplies = (scopes: readonly string[]) =>
    accepted(() =>
      updateOwnAutomaticReplies(clientWith(pieter, scopes), {
        mode: 'off',
        start: null,
        end: null,
        message: '',
      }),
    );

  it('are declared on demand and are not in the sign-in list', () => {
    expect(mySettingsScopes.onDemand).toEqual([
      ...calendarSharingWriteScopes,
      ...automaticRepliesWriteScopes,
    ]);
    for (const scope of mySettingsScopes.onDemand ?? []) expect(signIn()).not.toContain(scope);
  });

  it('are needed: with only the sign-in list the writes are refused (403)', async () => {
    expect(await openCalendar(signIn())).toBe(false);
    expect(await switchOffReplies(signIn())).toBe(false);
  });

  it('are enough: the sign-in list plus each write’s own scopes lets it through', async () => {
    expect(await openCalendar([...signIn(), ...calendarSharingWriteScopes])).toBe(true);
    expect(await switchOffReplies([...signIn(), ...automaticRepliesWriteScopes])).toBe(true);
  });
});
