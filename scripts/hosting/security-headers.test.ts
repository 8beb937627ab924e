import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  docsEndMarker,
  docsStartMarker,
  productionOrigins,
  securityHeaderTableRows,
  securityHeadersFor,
} from './security-headers';

const guide = readFileSync(path.resolve(import.meta.dirname, '../../docs/deploy.md'), 'utf8');

/** The guide's table between the markers, as cells: paths, headers, why. */
function documentedRows(): { paths: string[]; headers: string[]; why: string }[] {
  const section = guide.slice(guide.indexOf(docsStartMarker), guide.indexOf(docsEndMarker));
  const unquote = (cell: string) => cell.trim().replace(/^`|`$/g, '');
  return section
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .slice(2)
    .map((line) => {
      const [paths = '', headers = '', why = ''] = line.slice(1, -1).split('|');
      return {
        paths: paths.split(',').map(unquote),
        headers: headers.split('<br>').map(unquote),
        why: why.trim(),
      };
    });
}

describe('security headers', () => {
  it('the deployment guide shows exactly the headers the module defines (regenerate: npx tsx scripts/hosting/write-deploy-headers.ts)', () => {
    expect(guide).toContain(docsStartMarker);
    expect(documentedRows()).toEqual(securityHeaderTableRows(productionOrigins));
  });

  it.each([
    ['/index.html', "script-src 'self';"],
    ['/redirect.html', "script-src 'self';"],
    ['/outlook.html', "script-src 'self' https://appsforoffice.microsoft.com"],
  ])('%s lets its scripts run and MSAL renew silently in an iframe', (page, scripts) => {
    const csp = securityHeadersFor(page, productionOrigins)['Content-Security-Policy'] ?? '';
    expect(csp).toContain(scripts);
    expect(csp).toContain('frame-src https://login.microsoftonline.com');
    expect(csp).toContain(
      "connect-src 'self' https://graph.microsoft.com https://login.microsoftonline.com",
    );
    expect(csp).toContain("frame-ancestors 'self' https://teams.microsoft.com");
  });

  it('only the Outlook pane may load Office.js from Microsoft’s CDN', () => {
    expect(
      securityHeadersFor('/index.html', productionOrigins)['Content-Security-Policy'],
    ).not.toContain('appsforoffice');
  });

  it('a path the host answers with index.html gets index.html’s headers', () => {
    expect(securityHeadersFor('/mijn-team', productionOrigins)).toEqual(
      securityHeadersFor('/index.html', productionOrigins),
    );
  });

  it('hashed scripts are cached for a year, pages revalidated, and nothing forbids framing', () => {
    expect(securityHeadersFor('/js/app.1a2b3c4d.js', productionOrigins)['Cache-Control']).toBe(
      'public, max-age=31536000, immutable',
    );
    expect(securityHeadersFor('/outlook.html', productionOrigins)['Cache-Control']).toBe(
      'no-cache',
    );
    for (const page of ['/index.html', '/outlook.html', '/redirect.html'])
      expect(Object.keys(securityHeadersFor(page, productionOrigins))).not.toContain(
        'X-Frame-Options',
      );
  });

  it('the demo build may reach the demo tenant instead of Microsoft Graph', () => {
    expect(
      securityHeadersFor('/index.html', { graph: 'http://localhost:4000' })[
        'Content-Security-Policy'
      ],
    ).toContain("connect-src 'self' http://localhost:4000 ");
  });
});
