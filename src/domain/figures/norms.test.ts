import type { CallbackFigures } from './callback-figures';
import {
  DEFAULT_CALLBACK_NORMS,
  STUDY_BASELINE,
  figureRates,
  normVerdict,
  rateVerdict,
} from './norms';

const figures = (values: Partial<CallbackFigures>): CallbackFigures => ({
  made: 0,
  calledBack: 0,
  calledBackOnTime: 0,
  resolved: 0,
  cancelled: 0,
  overdueNow: 0,
  pending: 0,
  reopened: 0,
  assessable: 0,
  medianMinutesToFirstAttempt: null,
  ...values,
});

describe('rates, norm and baseline', () => {
  it('divides by the assessable requests, and on time of called back by those called back', () => {
    expect(figureRates(figures({ assessable: 6, calledBack: 4, calledBackOnTime: 3 }))).toEqual({
      calledBack: 4 / 6,
      onTime: 0.5,
      onTimeOfCalledBack: 0.75,
    });
    expect(figureRates(figures({ made: 2, pending: 2 }))).toEqual({
      calledBack: null,
      onTime: null,
      onTimeOfCalledBack: null,
    });
  });

  it('judges the on-time rate against the norm (90% by default)', () => {
    expect(DEFAULT_CALLBACK_NORMS.onTimeRate).toBe(0.9);
    expect(normVerdict(0.9, DEFAULT_CALLBACK_NORMS)).toBe('meets');
    expect(normVerdict(9 / 10, DEFAULT_CALLBACK_NORMS)).toBe('meets');
    expect(normVerdict(0.8999, DEFAULT_CALLBACK_NORMS)).toBe('below');
    expect(normVerdict(null, DEFAULT_CALLBACK_NORMS)).toBe('noData');
    expect(normVerdict(0.7, { onTimeRate: 0.7 })).toBe('meets');
  });

  it.each([
    [0.6, 0.6, 'atLeast', 'meets'],
    [0.5999, 0.6, 'atLeast', 'below'],
    [0.1, 0.1, 'atMost', 'meets'],
    [0.1001, 0.1, 'atMost', 'below'],
    [0, 0.1, 'atMost', 'meets'],
    [null, 0.1, 'atMost', 'noData'],
  ] as const)('judges %s against a norm of %s (%s) as %s', (rate, norm, direction, verdict) => {
    expect(rateVerdict(rate, norm, direction)).toBe(verdict);
  });

  it("keeps the study's baseline: 55% called back, 48% of those on time", () => {
    expect(STUDY_BASELINE.calledBackRate).toBe(0.55);
    expect(STUDY_BASELINE.onTimeOfCalledBackRate).toBe(0.48);
    expect(STUDY_BASELINE.onTimeRate).toBeCloseTo(0.264, 10);
  });
});
