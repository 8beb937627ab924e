// PLACEHOLDER in branch h-daily, replaced by helper h-apptoken's sign-in module (MSAL Node client credentials and
// the demo tenant's token endpoint). Same exports, so the daily job does not change. Until then the demo tenant
// gives the token of its SharePoint administrator (site collection administrator of the Bereikbaar site, so the
// job's writes to its read-only list work as the application's will), and a real tenant is refused.
export type AppCredentials =
  | {
      kind: 'certificate';
      tenantId: string;
      clientId: string;
      certificatePath: string;
      certificatePassword?: string;
    }
  | { kind: 'secret'; tenantId: string; clientId: string; clientSecret: string };
export type AppTokenSource = { graphToken(): Promise<string> };
export class AppSignInError extends Error {
  override readonly name = 'AppSignInError';
}

const demoAdministrator = 'beheerder@lindeburg.example';

export function appTokenSource(
  credentials: AppCredentials,
  options: { emulatorUrl?: string } = {},
): AppTokenSource {
  return {
    async graphToken() {
      const emulatorUrl = options.emulatorUrl;
      if (emulatorUrl === undefined)
        throw new AppSignInError(
          `signing in as application ${credentials.clientId} is not in this build yet (scripts/daily/app-token.ts is a placeholder).`,
        );
      const response = await fetch(
        `${emulatorUrl}/_emulator/token?${new URLSearchParams({ persona: demoAdministrator }).toString()}`,
      );
      if (!response.ok)
        throw new AppSignInError(`the demo tenant gave no token (${response.status}).`);
      return ((await response.json()) as { access_token: string }).access_token;
    },
  };
}

export function demoAppCredentials(emulatorUrl: string): Promise<AppCredentials> {
  return Promise.resolve({
    kind: 'secret',
    tenantId: 'lindeburg.example',
    clientId: 'demo',
    clientSecret: emulatorUrl,
  });
}
