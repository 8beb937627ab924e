import type { Client } from '@microsoft/microsoft-graph-client';
import { parseAppConfig } from '../../../config/app-config';
import type { RawAppConfig } from '../../../config/app-config';
import { createMemoryDirectoryCache } from '../../../graph/people/people-directory';
import { createGraphMonitoringDataSource } from './monitoring-data-source';

const raw: RawAppConfig = {
  mode: undefined,
  clientId: undefined,
  tenantId: undefined,
  sharePointSite: undefined,
  graphBaseUrl: undefined,
  emulatorUrl: undefined,
  roleGroupAgent: undefined,
  roleGroupTeamLeader: undefined,
  roleGroupCoordinator: undefined,
  appBaseUrl: undefined,
};

function sourceWith(overrides: Partial<RawAppConfig>) {
  const parsed = parseAppConfig({ ...raw, ...overrides });
  if (parsed.kind !== 'valid') throw new Error('invalid test configuration');
  return createGraphMonitoringDataSource(
    {} as Client,
    parsed.config,
    createMemoryDirectoryCache(),
    {
      displayName: 'Ingrid Bakker',
    },
  );
}

describe('the monitor measures against the configured norm', () => {
  it.each([
    [undefined, 0.9],
    ['85', 0.85],
    ['92,5', 0.925],
  ])('BRK_CALLBACK_NORM_PERCENT=%s gives an on-time norm of %s', (percent, rate) => {
    expect(sourceWith({ callbackNormPercent: percent }).norms.onTimeRate).toBe(rate);
  });

  it('takes the organisation’s closing and open days into its working-day calendar', () => {
    const source = sourceWith({ closingDays: '2027-05-07', openDays: '2027-05-05' });
    expect(source.calendar).toEqual({
      extraClosingDays: ['2027-05-07'],
      openOnStatutoryDays: ['2027-05-05'],
    });
  });
});
