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

  it('measures the call outcomes against their configured norms', () => {
    const norms = sourceWith({
      answeredDirectlyNormPercent: '45',
      successfulContactNormPercent: '80',
      repeatTrafficMaxPercent: '12,5',
    }).norms;
    expect([norms.answeredDirectlyRate, norms.successfulRate, norms.repeatTrafficMaxRate]).toEqual([
      0.45, 0.8, 0.125,
    ]);
    expect(sourceWith({}).norms).toMatchObject({
      answeredDirectlyRate: 0.6,
      successfulRate: 0.9,
      repeatTrafficMaxRate: 0.1,
    });
  });

  it('takes the organisation’s closing and open days into its working-day calendar', () => {
    const source = sourceWith({ closingDays: '2027-05-07', openDays: '2027-05-05' });
    expect(source.calendar).toEqual({
      extraClosingDays: ['2027-05-07'],
      openOnStatutoryDays: ['2027-05-05'],
    });
  });
});
