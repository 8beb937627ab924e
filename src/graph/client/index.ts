export { createGraphClient } from './graph-client';
export type { GraphClientOptions } from './graph-client';
export { GraphRequestError, toGraphRequestError } from './graph-request-error';
export { GraphClientProvider, useGraphClient } from './graph-client-context';
