import type { RawAppConfig } from '../config/app-config';

declare global {
  /** Replaced at build time by webpack's DefinePlugin with the BRK_* environment variables (raw strings). */
  const __BRK_CONFIG__: RawAppConfig;
}
