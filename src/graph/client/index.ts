export { createGraphClient } from './graph-client';
export type { GraphClientOptions } from './graph-client';
export { GraphRequestError, toGraphRequestError } from './graph-request-error';
export { GraphClientProvider, useGraphClient } from './graph-client-context';
export {
  isSafeToRepeat,
  outlookConcurrencyLimit,
  outlookMailboxOf,
  outlookSlotsOf,
} from './request-kinds';
export type { RequestShape } from './request-kinds';
export { createQueryClient } from './query-client';
