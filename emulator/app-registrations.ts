// The demo tenant's app registration for the daily job (`npm run daily`): a confidential client that signs in as
// itself (OAuth2 client credentials) with the application permissions an administrator granted and consented to.
// Its credentials — a self-signed certificate with its private key and a client secret — are made on first use
// and kept with the emulator's saved data (never in the repository); GET /_emulator/daily-app hands them to the job.
// https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-client-creds-grant-flow
// https://learn.microsoft.com/en-us/entra/identity-platform/certificate-credentials
import { execFileSync } from 'node:child_process';
import { randomBytes, X509Certificate } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tenantDomain } from './personas';
import { guidFrom } from './seed-random';
import type { StoredAppRegistration, StoredUser } from './store';

/** The daily job's client (application) id. */
export const dailyJobAppId = guidFrom('app-registration:Bereikbaar dagelijkse controle');
export const dailyJobAppDisplayName = 'Bereikbaar dagelijkse controle (demo)';
/** The front office's shared mailbox: the only mailbox the daily job may send from. */
export const frontOfficeMailboxUpn = `kcp@${tenantDomain}`;

/**
 * The application permissions (Microsoft Graph app roles) granted to the daily job, with admin consent — and nothing
 * else: Sites.Selected (plus a grant on the Bereikbaar site), Mail.Send (limited to the front office's mailbox by an
 * application access policy), TeamsActivity.Send, User.Read.All (leaders and mailboxes of the people it reminds).
 */
export const dailyJobPermissions = [
  'Sites.Selected',
  'Mail.Send',
  'TeamsActivity.Send',
  'User.Read.All',
] as const;

/** The front office's shared mailbox as Entra holds one: a user object whose sign-in is blocked. */
export function frontOfficeMailboxUser(
  makeUser: (
    fields: Pick<
      StoredUser,
      'id' | 'userPrincipalName' | 'mail' | 'displayName' | 'givenName' | 'surname'
    > &
      Partial<StoredUser>,
  ) => StoredUser,
): StoredUser {
  return makeUser({
    id: guidFrom(`user:${frontOfficeMailboxUpn}`),
    userPrincipalName: frontOfficeMailboxUpn,
    mail: frontOfficeMailboxUpn,
    displayName: 'KCP Klantcontactcentrum',
    givenName: '',
    surname: '',
    jobTitle: 'Gedeelde mailbox',
    accountEnabled: false,
    department: 'Dienstverlening',
  });
}

export function seededAppRegistrations(frontOfficeMailboxId: string): StoredAppRegistration[] {
  return [
    {
      appId: dailyJobAppId,
      displayName: dailyJobAppDisplayName,
      servicePrincipalId: guidFrom('service-principal:Bereikbaar dagelijkse controle'),
      applicationPermissions: [...dailyJobPermissions],
      mailboxAccessPolicy: {
        accessRight: 'RestrictAccess',
        mailboxUserIds: [frontOfficeMailboxId],
      },
    },
  ];
}

/** The daily job's credentials: the PEM holds the private key and the certificate, as the job reads it. */
export type AppCredentialMaterial = {
  appId: string;
  certificatePem: string;
  privateKeyPem: string;
  clientSecret: string;
};

const credentialsFileName = 'daily-app-credentials.json';

function makeCertificate(): { certificatePem: string; privateKeyPem: string } {
  const folder = mkdtempSync(join(tmpdir(), 'bereikbaar-daily-app-'));
  try {
    const keyFile = join(folder, 'key.pem');
    const certFile = join(folder, 'cert.pem');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-sha256',
        '-days',
        '730',
        '-subj',
        `/CN=${dailyJobAppDisplayName}`,
        '-keyout',
        keyFile,
        '-out',
        certFile,
      ],
      { stdio: 'ignore' },
    );
    return {
      certificatePem: readFileSync(certFile, 'utf8'),
      privateKeyPem: readFileSync(keyFile, 'utf8'),
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function isMaterial(value: unknown): value is AppCredentialMaterial {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return ['appId', 'certificatePem', 'privateKeyPem', 'clientSecret'].every(
    (key) => typeof record[key] === 'string',
  );
}

/** The certificate's thumbprints as Entra keys them: SHA-1 (x5t) and SHA-256 (x5t#S256), base64url of the DER. */
export function thumbprintsOf(certificatePem: string): { sha1: string; sha256: string } {
  const certificate = new X509Certificate(certificatePem);
  const hex = (fingerprint: string) =>
    Buffer.from(fingerprint.replace(/:/g, ''), 'hex').toString('base64url');
  return { sha1: hex(certificate.fingerprint), sha256: hex(certificate.fingerprint256) };
}

/** Makes the credentials once (openssl takes a moment) and keeps them in the data folder when there is one. */
export class AppCredentialKeeper {
  private material: AppCredentialMaterial | null = null;

  constructor(private readonly dataDir: string | null) {}

  current(): AppCredentialMaterial {
    if (this.material !== null) return this.material;
    const file = this.dataDir === null ? null : join(this.dataDir, credentialsFileName);
    if (file !== null && existsSync(file)) {
      try {
        const saved: unknown = JSON.parse(readFileSync(file, 'utf8'));
        if (isMaterial(saved) && saved.appId === dailyJobAppId) this.material = saved;
      } catch {
        // Unreadable: made anew below.
      }
    }
    if (this.material === null) {
      this.material = {
        appId: dailyJobAppId,
        ...makeCertificate(),
        clientSecret: `${randomBytes(3).toString('hex').slice(0, 3)}8Q~${randomBytes(27).toString('base64url')}`,
      };
      if (file !== null && this.dataDir !== null) {
        mkdirSync(this.dataDir, { recursive: true });
        writeFileSync(file, JSON.stringify(this.material), { mode: 0o600 });
      }
    }
    return this.material;
  }
}
