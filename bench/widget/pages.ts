/**
 * The benchmark's routes: one page per renderer (probe first, then the renderer's CSS and
 * script), the blank page the heap is read against, the bundles, the stylesheets each peer
 * documents as required, and each renderer's definition of the questionnaire for every N.
 * The widget's files are served from its dist folder as they are asked for (its entry and
 * whatever chunks it loads), so a split build needs no list here.
 */
import { existsSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { ENTRY_FILE, WIDGET_DIST } from '../../packages/widget/build/chunk-sizes.js';
import { BUILD_DIR, REPO_ROOT } from './build.js';
import { floorDefinition, formioDefinition, surveyJsDefinition, widgetPathway } from './questionnaire.js';
import type { Route, RouteFallback } from './server.js';

export type RendererName = 'widget' | 'surveyjs' | 'formio' | 'floor' | 'floor-plain';
export const RENDERERS: readonly RendererName[] = ['widget', 'surveyjs', 'formio', 'floor', 'floor-plain'];
export const RENDERER_LABELS: Record<RendererName, string> = {
  widget: 'widget',
  surveyjs: 'SurveyJS',
  formio: 'Form.io',
  floor: 'floor, same techniques',
  'floor-plain': 'floor, plain',
};

export const WIDGET_BUNDLE = join(WIDGET_DIST, ENTRY_FILE);
export const widgetBuilt = (): boolean => existsSync(WIDGET_BUNDLE);

/** Not shipped by any renderer: the measuring probe. Left out of the byte count. */
export const PROBE_PATH = '/probe.js';

interface PageParts {
  styles: string[];
  script: string;
  body: (n: number) => string;
}

const PAGES: Record<RendererName, PageParts> = {
  widget: {
    styles: [],
    script: `/${ENTRY_FILE}`,
    body: (n) => `<pathway-widget src="/def/widget-${n}.json"></pathway-widget>`,
  },
  surveyjs: {
    // The stylesheet SurveyJS documents for its default theme, in the variant without web fonts.
    styles: ['/css/survey-core.fontless.min.css'],
    script: '/surveyjs.js',
    body: () => '<div id="root"></div>',
  },
  formio: {
    // Form.io's own form stylesheet; its Bootstrap theme CSS is left out (a site may already have Bootstrap).
    styles: ['/css/formio.form.min.css'],
    script: '/formio.js',
    body: () => '<div id="root"></div>',
  },
  floor: {
    styles: [],
    script: '/floor.js',
    body: () => '<div id="root"></div>',
  },
  'floor-plain': {
    styles: [],
    script: '/floor-plain.js',
    body: () => '<div id="root"></div>',
  },
};

function pageHtml(parts: PageParts | undefined, n: number): string {
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8"><title>Pathway widget benchmark</title>',
    '<link rel="icon" href="data:,">',
    `<script src="${PROBE_PATH}"></script>`,
    ...(parts?.styles ?? []).map((href) => `<link rel="stylesheet" href="${href}">`),
    '</head><body>',
    ...(parts ? [parts.body(n), `<script type="module" src="${parts.script}"></script>`] : []),
    '</body></html>',
  ].join('\n');
}

export function pageUrl(origin: string, renderer: RendererName, n: number): string {
  return `${origin}/page/${renderer}-${n}.html?renderer=${renderer}&n=${n}`;
}

/**
 * The page the heap is read against: the same document as every measured page, probe
 * included, without a renderer. measure.ts loads it through the same steps as every page
 * (the same Playwright calls, whose injected script also lives in the page's heap).
 */
export function blankPageUrl(origin: string): string {
  return `${origin}/page/blank.html?renderer=blank&n=0`;
}

/** A file of the built widget (entry or chunk), served as it is on disk when the page asks for it. */
export const widgetFiles: RouteFallback = (pathname) => {
  if (!pathname.endsWith('.js')) return undefined;
  const file = resolve(WIDGET_DIST, `.${pathname}`);
  const inside = relative(WIDGET_DIST, file);
  if (inside.startsWith('..') || inside.split(sep)[0] === 'types') return undefined;
  if (!existsSync(file) || !statSync(file).isFile()) return undefined;
  return { file, type: 'text/javascript; charset=utf-8' };
};

export function benchRoutes(sizes: readonly number[]): Map<string, Route> {
  const html = 'text/html; charset=utf-8';
  const js = 'text/javascript; charset=utf-8';
  const css = 'text/css; charset=utf-8';
  const json = 'application/json';
  const routes = new Map<string, Route>([
    [PROBE_PATH, { file: join(BUILD_DIR, 'probe.js'), type: js }],
    ['/surveyjs.js', { file: join(BUILD_DIR, 'surveyjs.js'), type: js }],
    ['/formio.js', { file: join(BUILD_DIR, 'formio.js'), type: js }],
    ['/floor.js', { file: join(BUILD_DIR, 'floor.js'), type: js }],
    ['/floor-plain.js', { file: join(BUILD_DIR, 'floor-plain.js'), type: js }],
    [
      '/css/survey-core.fontless.min.css',
      { file: join(REPO_ROOT, 'node_modules', 'survey-core', 'survey-core.fontless.min.css'), type: css },
    ],
    [
      '/css/formio.form.min.css',
      { file: join(REPO_ROOT, 'node_modules', '@formio', 'js', 'dist', 'formio.form.min.css'), type: css },
    ],
    ['/page/blank.html', { body: pageHtml(undefined, 0), type: html }],
  ]);
  for (const n of sizes) {
    for (const renderer of RENDERERS) routes.set(`/page/${renderer}-${n}.html`, { body: pageHtml(PAGES[renderer], n), type: html });
    routes.set(`/def/widget-${n}.json`, { body: JSON.stringify(widgetPathway(n)), type: json });
    routes.set(`/def/surveyjs-${n}.json`, { body: JSON.stringify(surveyJsDefinition(n)), type: json });
    routes.set(`/def/formio-${n}.json`, { body: JSON.stringify(formioDefinition(n)), type: json });
    routes.set(`/def/floor-${n}.json`, { body: JSON.stringify(floorDefinition(n)), type: json });
  }
  return routes;
}
