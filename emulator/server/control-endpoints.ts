// The emulator's own control endpoints below /_emulator (health, personas, tokens, faults, request log, reset, outbox).
import { demoAppId } from '../auth';
import { parseFaultSettings } from '../control';
import { GraphHttpError } from '../http';
import { appDelegatedScopes, demoPersonas } from '../personas';
import type { EmulatorState } from '../store';
import type { Emulator } from './emulator';

function personasOf(state: EmulatorState) {
  return demoPersonas.flatMap((persona) => {
    const user = state.users.find(
      (candidate) =>
        candidate.userPrincipalName.toLowerCase() === persona.upn.toLowerCase() &&
        candidate.deletedSeq === undefined,
    );
    if (!user) return [];
    return [
      {
        id: user.id,
        upn: user.userPrincipalName,
        displayName: user.displayName,
        role: persona.role,
        jobTitle: user.jobTitle,
        department: user.department,
      },
    ];
  });
}

export function handleControl(
  emulator: Emulator,
  method: string,
  url: URL,
  rawBody: string,
): { status: number; body?: unknown } {
  const route = `${method} ${url.pathname.replace(/\/+$/, '')}`;
  const parseBody = (): unknown => {
    try {
      return rawBody.trim() ? JSON.parse(rawBody) : {};
    } catch {
      throw new GraphHttpError(400, 'BadRequest', 'The body is not valid JSON.');
    }
  };
  switch (route) {
    case 'GET /_emulator/health':
      return {
        status: 200,
        body: {
          status: 'ok',
          users: emulator.state.users.filter((user) => user.deletedSeq === undefined).length,
          seedWeekStart: emulator.state.seedWeekStart,
        },
      };
    case 'GET /_emulator/personas':
      return { status: 200, body: personasOf(emulator.state) };
    case 'GET /_emulator/token': {
      const persona = url.searchParams.get('persona');
      if (!persona)
        throw new GraphHttpError(
          400,
          'BadRequest',
          "The query parameter 'persona' (a user principal name) is required.",
        );
      const scopeParam = url.searchParams.get('scope');
      const scopes = scopeParam
        ? scopeParam.split(/\s+/).filter((scope) => scope.length > 0)
        : appDelegatedScopes;
      // `overage=groups`: a token without the groups claim (over 200 groups); `appRoles=none`: as a tenant that
      // grants roles by group only (BRK_ROLE_GROUP_*). For tests.
      // `appid`: a token for another app registration than the demo app (Sites.Selected grants are per app).
      const token = emulator.tokenFor(persona, scopes, {
        appId: url.searchParams.get('appid') ?? demoAppId,
        groups: url.searchParams.get('overage') === 'groups' ? 'overage' : 'claim',
        appRoles: url.searchParams.get('appRoles') === 'none' ? 'none' : 'assigned',
      });
      return {
        status: 200,
        body: {
          token_type: 'Bearer',
          access_token: token,
          expires_in: 3600,
          scope: scopes.join(' '),
        },
      };
    }
    case 'GET /_emulator/faults':
      return { status: 200, body: emulator.faults.current() };
    case 'POST /_emulator/faults': {
      const settings = parseFaultSettings(parseBody());
      emulator.faults.configure(settings);
      return { status: 200, body: emulator.faults.current() };
    }
    case 'DELETE /_emulator/faults':
      emulator.faults.clear();
      return { status: 204 };
    case 'GET /_emulator/requests':
      return { status: 200, body: emulator.log.snapshot() };
    case 'DELETE /_emulator/requests':
      emulator.log.clear();
      return { status: 204 };
    case 'POST /_emulator/reset':
      emulator.reset();
      return { status: 200, body: { status: 'reset', users: emulator.state.users.length } };
    case 'GET /_emulator/activities': {
      const activities = emulator.state.activities ?? [];
      const upnOf = (id: string) =>
        emulator.state.users.find((user) => user.id === id)?.userPrincipalName ?? null;
      return {
        status: 200,
        body: {
          count: activities.length,
          value: activities.map((activity) => ({
            ...activity,
            recipient: upnOf(activity.recipientUserId),
            from: upnOf(activity.fromUserId),
          })),
        },
      };
    }
    case 'GET /_emulator/outbox':
      return {
        status: 200,
        body: {
          count: emulator.state.outbox.length,
          value: emulator.state.outbox.map((mail) => ({
            ...mail,
            from:
              emulator.state.users.find((user) => user.id === mail.fromUserId)?.userPrincipalName ??
              null,
          })),
        },
      };
    default:
      throw new GraphHttpError(404, 'NotFound', `No emulator control endpoint ${route}.`);
  }
}
