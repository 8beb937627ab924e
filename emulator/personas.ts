// The demo personas: real users of the seeded tenant, one per role, for the persona picker and scripts.

export type PersonaRole = 'agent' | 'teamLeader' | 'employee' | 'coordinator' | 'administrator';

export type DemoPersona = {
  upn: string;
  displayName: string;
  /** What the picker shows; the token's roles come from the app role assignments (app-roles.ts), as for everyone. */
  role: PersonaRole;
};

export const tenantDomain = 'lindeburg.example';

export const demoPersonas: readonly DemoPersona[] = [
  {
    upn: `sanne.devries@${tenantDomain}`,
    displayName: 'Sanne de Vries',
    role: 'agent',
  },
  {
    upn: `mohamed.elamrani@${tenantDomain}`,
    displayName: 'Mohamed el Amrani',
    role: 'teamLeader',
  },
  {
    upn: `pieter.vanderberg@${tenantDomain}`,
    displayName: 'Pieter van der Berg',
    role: 'employee',
  },
  {
    upn: `ingrid.bakker@${tenantDomain}`,
    displayName: 'Ingrid Bakker',
    role: 'coordinator',
  },
  // The Microsoft 365 (SharePoint) administrator who runs provisioning: owner and site collection administrator of the
  // Bereikbaar site. Not a user of the app (the app's persona picker leaves them out); the only persona that
  // /_emulator/token gives administrative scopes, and only when a scope asks for them.
  {
    upn: `beheerder@${tenantDomain}`,
    displayName: 'Beheerder Microsoft 365',
    role: 'administrator',
  },
];

/** A guest (B2B) account of the tenant: in no staff group, so SharePoint gives them nothing on the Bereikbaar site. */
export const guestUpn = `lotte.smit_partner.example#EXT#@${tenantDomain}`;

/**
 * Delegated scopes the demo app asks for (src/config/graph-scopes.ts with Sites.ReadWrite.All, and TeamsActivity.Send with
 * AppCatalog.Read.All so the demo can try BRK_NOTIFICATIONS=teamsActivity); a token from /_emulator/token carries these unless `scope`
 * says otherwise. The emulator may not import src/, hence the copy; tests/graph-scopes-docs.test.ts compares them.
 */
export const appDelegatedScopes: readonly string[] = [
  'User.Read',
  'User.Read.All',
  'Calendars.Read',
  'Presence.Read.All',
  'Mail.Read',
  'Mail.Send',
  'Sites.ReadWrite.All',
  'TeamsActivity.Send',
  // Roles by group when the token's groups claim overflows (POST /me/checkMemberGroups); see src/app/auth/roles.ts.
  'GroupMember.Read.All',
  'AppCatalog.Read.All',
];
