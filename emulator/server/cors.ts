// CORS: the headers a local app may send and read, and which origins count as local.

export const allowedRequestHeaders = [
  'Authorization',
  'Content-Type',
  'ConsistencyLevel',
  'Prefer',
  'If-Match',
  'If-None-Match',
  'client-request-id',
  'SdkVersion',
  'return-client-request-id',
];
export const exposedResponseHeaders = [
  'Retry-After',
  'request-id',
  'client-request-id',
  'ETag',
  'Location',
  'Preference-Applied',
];
export const localOrigin = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/i;
