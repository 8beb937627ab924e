// The emulator's own control endpoints below /_emulator (health, personas, tokens, faults, request log, reset, outbox).
import { frontOfficeMailboxUpn } from '../app-registrations';
import { demoAppId, demoTenantId, graphAudience } from '../auth';
import { parseFaultSettings } from '../control';
import { GraphHttpError } from '../http';
import { appDelegatedScopes, demoPersonas } from '../personas';
import type { EmulatorState } from '../store';
import type { Emulator } from './emulator';

/** The SharePoint resource of the tenant: `https://<host>` of its sites. */
function sharePointResourceOf(state: EmulatorState): string {
  const site = state.sites[0];
  return site === undefined ? 'https://localhost' : new URL(site.webUrl).origin;
}

/** A Graph scope on more than the user's own data that the app never requests. */
function isAdministrativeScope(scope: string): boolean {
  return /\.All$/i.test(scope) && !appDelegatedScopes.includes(scope);
}

function isAdministrator(state: EmulatorState, upn: string): boolean {
  const persona = demoPersonas.find(
    (candidate) => candidate.upn.toLowerCase() === upn.toLowerCase(),
  );
  return (
    persona?.role === 'administrator' &&
    state.users.some((user) => user.userPrincipalName === persona.upn)
  );
}

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
      // GET /_emulator/token?persona=<upn>[&scope=<space separated>][&resource=<uri>][&appid=…][&overage=groups]
      // [&appRoles=none]: a delegated token for a persona, as Entra ID would issue it to the demo app.
      // - `resource`: the API the token is for (`aud`): https://graph.microsoft.com (default) or SharePoint,
      //   https://lindeburg.sharepoint.com, whose REST API (<emulator>/sites/<name>/_api/…) accepts only such tokens
      //   with SharePoint's scopes, e.g. `resource=https://lindeburg.sharepoint.com&scope=AllSites.FullControl`.
      // - Only the administrator persona gets administrative scopes, and only when `scope` names them: any scope
      //   on more than the user's own data (`*.All`) that the app never requests (Sites.Manage.All,
      //   Sites.FullControl.All, User.ReadWrite.All, …), and every SharePoint token. Without `scope` a token carries
      //   the app's own scopes (appDelegatedScopes).
      // - `overage=groups`: a token without the groups claim (over 200 groups); `appRoles=none`: as a tenant that
      //   grants roles by group only (BRK_ROLE_GROUP_*); `appid`: another app registration than the demo app
      //   (Sites.Selected grants are per app). For tests.
      const persona = url.searchParams.get('persona');
      if (!persona)
        throw new GraphHttpError(
          400,
          'BadRequest',
          "The query parameter 'persona' (a user principal name) is required.",
        );
      const scopeParam = url.searchParams.get('scope');
      const resource = (url.searchParams.get('resource') ?? graphAudience).replace(/\/+$/, '');
      const sharePoint = sharePointResourceOf(emulator.state);
      if (resource !== graphAudience && resource !== sharePoint)
        throw new GraphHttpError(
          400,
          'invalid_resource',
          `The demo tenant issues tokens for ${graphAudience} and ${sharePoint} only, not for '${resource}'.`,
        );
      const scopes = scopeParam
        ? scopeParam.split(/\s+/).filter((scope) => scope.length > 0)
        : resource === graphAudience
          ? appDelegatedScopes
          : [];
      if (scopes.length === 0)
        throw new GraphHttpError(
          400,
          'invalid_scope',
          `Name the scopes of a token for ${resource} in 'scope' (e.g. AllSites.FullControl).`,
        );
      const elevated = resource === graphAudience ? scopes.filter(isAdministrativeScope) : scopes;
      if (elevated.length > 0 && !isAdministrator(emulator.state, persona))
        throw new GraphHttpError(
          403,
          'consent_required',
          `Only the administrator persona is given ${elevated.join(', ')}${resource === graphAudience ? '' : ` for ${resource}`}: the app never asks for ${elevated.length === 1 ? 'it' : 'them'}.`,
        );
      const token = emulator.tokenFor(persona, scopes, {
        appId: url.searchParams.get('appid') ?? demoAppId,
        groups: url.searchParams.get('overage') === 'groups' ? 'overage' : 'claim',
        appRoles: url.searchParams.get('appRoles') === 'none' ? 'none' : 'assigned',
        audience: resource,
      });
      return {
        status: 200,
        body: {
          token_type: 'Bearer',
          access_token: token,
          expires_in: 3600,
          scope: scopes.join(' '),
          resource,
        },
      };
    }
    case 'GET /_emulator/daily-app': {
      // The daily job's app registration and its credentials (made for this demo tenant, never committed): what
      // `npm run daily -- --emulator <url>` signs in with. A real tenant's credentials come from its administrator.
      const material = emulator.appCredentials.current();
      const registration = emulator.state.appRegistrations?.find(
        (candidate) => candidate.appId === material.appId,
      );
      if (registration === undefined)
        throw new GraphHttpError(
          404,
          'NotFound',
          'The demo tenant has no app registration for the daily job.',
        );
      return {
        status: 200,
        body: {
          tenantId: demoTenantId,
          clientId: registration.appId,
          displayName: registration.displayName,
          applicationPermissions: registration.applicationPermissions,
          frontOfficeMailbox: frontOfficeMailboxUpn,
          certificatePem: `${material.privateKeyPem.trim()}\n${material.certificatePem.trim()}\n`,
          clientSecret: material.clientSecret,
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
