// Rates of the figures, the organisation's norm, and the 2025 study's baseline to compare with.
import type { CallbackFigures } from './callback-figures';

/** A share from 0 to 1; null when there is nothing to divide by. */
export type Rate = number | null;

export type FigureRates = {
  /** Called back / assessable. Compare with the study's 55%. */
  calledBack: Rate;
  /** Called back on time / assessable. The norm applies to this one. */
  onTime: Rate;
  /** Called back on time / called back. Compare with the study's 48%. */
  onTimeOfCalledBack: Rate;
};

/** The organisation's norms the monitor measures against (configuration, see config-defaults). */
export type CallbackNorms = {
  /** The least share of requests called back on time. */
  onTimeRate: number;
  /** The least share of calls for a team answered directly (Direct opgenomen). */
  answeredDirectlyRate: number;
  /** The least share of calls for a team that led to a successful contact (Geslaagd contact). */
  successfulRate: number;
  /** The MOST share of callback contacts that may be repeats (Herhaalverkeer): a maximum, not a minimum. */
  repeatTrafficMaxRate: number;
};

/**
 * The default norms: 90% called back on time, 60% answered directly, 90% successful contact, at most 10% repeat
 * traffic.
 */
export const DEFAULT_CALLBACK_NORMS: CallbackNorms = {
  onTimeRate: 0.9,
  answeredDirectlyRate: 0.6,
  successfulRate: 0.9,
  repeatTrafficMaxRate: 0.1,
};

/**
 * The independent reachability study of early 2025: a callback followed in 55% of cases, 48% of those within two
 * working days (so about 26% of all requests were called back on time).
 */
export const STUDY_BASELINE = {
  calledBackRate: 0.55,
  onTimeOfCalledBackRate: 0.48,
  onTimeRate: 0.55 * 0.48,
} as const;

const share = (part: number, whole: number): Rate => (whole === 0 ? null : part / whole);

/**
 * The rates of a group's figures.
 * @example figureRates({ ...figures, assessable: 10, calledBack: 8, calledBackOnTime: 6 }) // { calledBack: 0.8, onTime: 0.6, onTimeOfCalledBack: 0.75 }
 */
export const figureRates = (figures: CallbackFigures): FigureRates => ({
  calledBack: share(figures.calledBack, figures.assessable),
  onTime: share(figures.calledBackOnTime, figures.assessable),
  onTimeOfCalledBack: share(figures.calledBackOnTime, figures.calledBack),
});

/** Whether a rate meets the norm. */
export type NormVerdict = 'meets' | 'below' | 'noData';

/**
 * The on-time rate against the norm (a rate equal to the norm meets it).
 * @example normVerdict(0.9, DEFAULT_CALLBACK_NORMS) // 'meets'
 * @example normVerdict(null, DEFAULT_CALLBACK_NORMS) // 'noData'
 */
export const normVerdict = (onTime: Rate, norms: Pick<CallbackNorms, 'onTimeRate'>): NormVerdict =>
  rateVerdict(onTime, norms.onTimeRate, 'atLeast');

/**
 * A rate against a norm that is a minimum ('atLeast') or a maximum ('atMost'); equal to the norm meets it. A rate
 * over a maximum is 'below' the norm too (it falls short of what the norm asks).
 * @example rateVerdict(0.12, 0.1, 'atMost') // 'below'
 * @example rateVerdict(0.6, 0.6, 'atLeast') // 'meets'
 */
export const rateVerdict = (
  rate: Rate,
  norm: number,
  direction: 'atLeast' | 'atMost',
): NormVerdict => {
  if (rate === null) return 'noData';
  const meets = direction === 'atLeast' ? rate + 1e-9 >= norm : rate - 1e-9 <= norm;
  return meets ? 'meets' : 'below';
};
