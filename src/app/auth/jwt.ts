// Reads a JWT's payload without verifying it: the token came straight from our own token endpoint and the
// resource server (Graph or the emulator) is what verifies it. Used for display and role mapping only.

function base64UrlDecode(segment: string): string {
  const base64 = segment
    .replace(/-/g, '+')
    .replace(/_/g, '/')
    .padEnd(Math.ceil(segment.length / 4) * 4, '=');
  const binary = atob(base64);
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

/** @example decodeJwtPayload('eyJhbGciOiJub25lIn0.eyJuYW1lIjoiU2FubmUifQ.') // → { name: 'Sanne' } */
export function decodeJwtPayload(token: string): Record<string, unknown> {
  const payload = token.split('.')[1];
  if (payload === undefined || payload === '') throw new Error('Not a JWT: no payload segment');
  const parsed: unknown = JSON.parse(base64UrlDecode(payload));
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new Error('Not a JWT: payload is not an object');
  return parsed as Record<string, unknown>;
}
