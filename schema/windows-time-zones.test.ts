import { ianaZoneOfWindowsZone } from './windows-time-zones';

describe('Windows time zone ids', () => {
  it.each([
    ['W. Europe Standard Time', 'Europe/Amsterdam'],
    [' gmt standard time ', 'Europe/London'],
    ['Coordinated Universal Time', 'UTC'],
    ['Europe/Amsterdam', null],
    ['Mars Standard Time', null],
  ])('%j → %j', (name, zone) => {
    expect(ianaZoneOfWindowsZone(name)).toBe(zone);
  });
});
