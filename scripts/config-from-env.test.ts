import { readRawConfigFromEnv, describeConfigProblems } from './config-from-env';
import { parseAppConfig } from '../src/config/app-config';

describe('configuration from the environment', () => {
  it('runs on the demo tenant at EMULATOR_PORT when nothing is configured', () => {
    const parsed = parseAppConfig(readRawConfigFromEnv({ EMULATOR_PORT: '4100' }));
    expect(parsed.kind).toBe('valid');
    if (parsed.kind === 'valid')
      expect(parsed.config).toMatchObject({ mode: 'demo', emulatorUrl: 'http://localhost:4100' });
  });

  it('names every bad or missing variable with what is wrong and an example', () => {
    const parsed = parseAppConfig(
      readRawConfigFromEnv({
        BRK_CLIENT_ID: 'not-a-guid',
        BRK_GRAPH_URL: 'http://graph.example.com',
      }),
    );
    expect(parsed.kind).toBe('invalid');
    if (parsed.kind !== 'invalid') return;
    const text = describeConfigProblems(parsed.problems);
    expect(text).toContain('BRK_CLIENT_ID (now: "not-a-guid"): Is not a GUID.');
    expect(text).toContain('BRK_TENANT_ID: Missing');
    expect(text).toContain('BRK_SHAREPOINT_SITE: Missing');
    expect(text).toContain('BRK_GRAPH_URL');
    expect(text).toMatch(/Example: /);
  });

  it('reads the Teams app id from BRK_TEAMS_APP_ID, the variable the app package uses', () => {
    const appId = '0f0e0d0c-0b0a-4909-8807-060504030201';
    expect(readRawConfigFromEnv({ BRK_TEAMS_APP_ID: appId }).teamsAppId).toBe(appId);
  });

  it('treats blank variables as unset', () => {
    expect(readRawConfigFromEnv({ BRK_CLIENT_ID: '  ' }).clientId).toBeUndefined();
  });
});
