// Reading requests and writing responses on the wire (Graph's JSON content type).
import type { IncomingMessage, ServerResponse } from 'node:http';

export const jsonContentType =
  'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';
export function hasHeader(headers: Record<string, string>, name: string): boolean {
  return Object.keys(headers).some((key) => key.toLowerCase() === name);
}

export async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export function lowerCaseHeaders(request: IncomingMessage): Record<string, string | undefined> {
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

export function send(
  response: ServerResponse,
  status: number,
  headers: Record<string, string>,
  body: unknown,
): void {
  const noBody = body === undefined || status === 204 || status === 304;
  const payload = noBody ? '' : typeof body === 'string' ? body : JSON.stringify(body);
  if (!noBody && !hasHeader(headers, 'content-type')) {
    headers['Content-Type'] =
      typeof body === 'string' ? 'text/plain;charset=utf-8' : jsonContentType;
  }
  response.writeHead(status, headers);
  response.end(payload);
}
