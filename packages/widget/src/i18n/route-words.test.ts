import { describe, expect, it } from 'vitest';
import { en } from './strings.js';

/** Every sentence the widget makes about one route, for a route with this title. */
function saidOf(title: string): Record<string, string> {
  return {
    routeChosenClosed: en.routeChosenClosed(title, ''),
    routesDecidedLater: en.routesDecidedLater('The panel', [title]),
    readinessRouteTitle: en.readinessRouteTitle(title),
    readinessRouteReady: en.readinessRouteReady(title),
    readinessRouteNotReady: en.readinessRouteNotReady(title, '2', 'other'),
    readinessRouteWaitsForStage: en.readinessRouteWaitsForStage(title),
    readinessRouteClosed: en.readinessRouteClosed(title),
    readinessReferralWaitsForRoute: en.readinessReferralWaitsForRoute(title),
  };
}

describe('the widget names a route once (core theNamed)', () => {
  it('says a title that starts with "Route" alone, never "the route “Route A”"', () => {
    for (const title of ['Route A', 'route 2: contract', 'ROUTE 1 – Penalty notice warning']) {
      for (const [key, text] of Object.entries(saidOf(title))) {
        expect(text, key).toContain(title);
        expect(text, key).not.toMatch(/\broute\s+[“"]?route\b/iu);
      }
    }
    expect(en.readinessRouteReady('Route A')).toBe('“Route A” is ready.');
    expect(en.readinessRouteNotReady('route 2: contract', '1', 'one')).toBe('“route 2: contract” needs 1 more thing.');
    expect(en.routesDecidedLater('The panel', ['Route A'])).toBe('The panel will decide whether to take Route A.');
  });

  it('keeps "the route" for any other title, capitalised where it starts the sentence', () => {
    for (const [key, text] of Object.entries(saidOf('Notice to Improve'))) expect(text, key).toMatch(/\b[Tt]he route [“"]?Notice to Improve/u);
    expect(en.readinessRouteReady('Routes to support')).toBe('The route “Routes to support” is ready.');
    expect(en.readinessRouteNotReady('Notice to Improve', '3', 'other')).toBe('The route “Notice to Improve” needs 3 more things.');
  });
});
