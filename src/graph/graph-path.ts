// Graph hands out absolute links (@odata.nextLink, @odata.deltaLink). The SDK recognises only https Graph hosts as
// absolute, so an http emulator link would be taken for a path; below /v1.0 works for both.

/**
 * A link as a path below the API version, for `client.api(...)`.
 * @example graphPathOf('http://127.0.0.1:4000/v1.0/users/delta?$skiptoken=abc') // '/users/delta?$skiptoken=abc'
 * @example graphPathOf('/users?$top=5') // '/users?$top=5'
 */
export function graphPathOf(link: string): string {
  if (!/^https?:\/\//i.test(link)) return link;
  const url = new URL(link);
  return `${url.pathname.replace(/^\/(v1\.0|beta)(?=\/)/i, '')}${url.search}`;
}
