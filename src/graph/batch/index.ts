// JSON batching with per-sub-request retries.
export type { BatchOptions, BatchOutcome, BatchRequest, BatchResponse } from './graph-batch';
export { assembleBatches, executeBatch, maxBatchSize, retryAfterSecondsOf } from './graph-batch';
