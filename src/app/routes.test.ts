import type { AppRoute } from './routes';
import { preloadLandingPage, preloadLandingRoute } from './routes';

const Page = () => null;

function routesWith(preloads: { agent: () => Promise<unknown>; employee: () => Promise<unknown> }) {
  const routes: AppRoute[] = [
    {
      path: 'beschikbaarheid',
      labelKey: 'route.availability',
      roles: ['agent'],
      component: Page,
      landingFor: ['agent'],
      preload: preloads.agent,
    },
    {
      path: 'mijn-bereikbaarheid',
      labelKey: 'myAvailability.route',
      roles: ['agent', 'employee'],
      component: Page,
      landingFor: ['employee'],
      preload: preloads.employee,
    },
  ];
  return routes;
}

describe('preloadLandingRoute', () => {
  it("fetches the code of the user's landing page only, and waits for it", async () => {
    const fetched: string[] = [];
    const routes = routesWith({
      agent: () => Promise.resolve().then(() => fetched.push('agent screen')),
      employee: () => Promise.resolve().then(() => fetched.push('Mijn bereikbaarheid')),
    });
    await preloadLandingRoute(routes, ['agent', 'employee']);
    expect(fetched).toEqual(['agent screen']);
    await preloadLandingRoute(routes, ['employee']);
    expect(fetched).toEqual(['agent screen', 'Mijn bereikbaarheid']);
  });

  it('lets the shell show when the code cannot be fetched, or is slow', async () => {
    const failing = routesWith({
      agent: () => Promise.reject(new Error('Failed to fetch dynamically imported module')),
      employee: () => Promise.resolve(),
    });
    await expect(preloadLandingRoute(failing, ['agent'])).resolves.toBeUndefined();

    const hanging = routesWith({
      agent: () => new Promise(() => undefined),
      employee: () => Promise.resolve(),
    });
    await expect(preloadLandingRoute(hanging, ['agent'], 10)).resolves.toBeUndefined();
  });
});

describe('preloadLandingPage', () => {
  it('fetches nothing without a remembered landing page, or with storage that throws', () => {
    expect(() => preloadLandingPage(undefined)).not.toThrow();
    expect(() =>
      preloadLandingPage({
        getItem: () => {
          throw new Error('SecurityError');
        },
      }),
    ).not.toThrow();
    expect(() => preloadLandingPage({ getItem: () => 'geen-pagina' })).not.toThrow();
  });
});
