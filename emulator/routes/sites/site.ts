// GET /sites/{id} and /sites/root.
import type { RouteContext, RouteResult } from '../../http';
import { applySelect, odataContext } from '../../odata';
import { guidFrom } from '../../seed';
import { requireSelectedSiteAccess } from '../site-permissions';
import { resolveSite } from './resolution';
import { siteDto } from './dtos';

export function getSite(ctx: RouteContext): RouteResult {
  if (ctx.params.siteId?.toLowerCase() === 'root') return getRootSite(ctx);
  const site = resolveSite(ctx);
  return {
    status: 200,
    body: {
      '@odata.context': odataContext(ctx.graphBaseUrl, 'sites/$entity'),
      ...applySelect(siteDto(site), ctx.query.get('$select')),
    },
  };
}

export function getRootSite(ctx: RouteContext): RouteResult {
  // The root site is granted to no app: a caller whose only site permission is Sites.Selected does not reach it.
  requireSelectedSiteAccess(ctx, { permissions: [] });
  const host = ctx.state.sites[0]?.id.split(',')[0] ?? 'localhost';
  return {
    status: 200,
    body: {
      '@odata.context': odataContext(ctx.graphBaseUrl, 'sites/$entity'),
      id: `${host},${guidFrom(`root-collection:${host}`)},${guidFrom(`root-web:${host}`)}`,
      name: '',
      displayName: 'Communicatiesite',
      description: '',
      webUrl: `https://${host}`,
      createdDateTime: ctx.state.sites[0]?.createdDateTime ?? ctx.now().toISOString(),
      root: {},
      siteCollection: { hostname: host },
    },
  };
}
