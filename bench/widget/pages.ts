/**
 * The benchmark's routes: one page per renderer (probe first, then the renderer's CSS and
 * script), the bundles, the stylesheets each peer documents as required, and each renderer's
 * definition of the questionnaire for every N.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_DIR, REPO_ROOT } from './build.js';
import {
  formioDefinition,
  handwrittenDefinition,
  surveyJsDefinition,
  widgetPathway,
} from './questionnaire.js';
import type { Route } from './server.js';

export type RendererName = 'widget' | 'surveyjs' | 'formio' | 'handwritten';
export const RENDERERS: readonly RendererName[] = ['widget', 'surveyjs', 'formio', 'handwritten'];
export const RENDERER_LABELS: Record<RendererName, string> = {
  widget: 'widget',
  surveyjs: 'SurveyJS',
  formio: 'Form.io',
  handwritten: 'hand-written',
};

export const WIDGET_BUNDLE = join(REPO_ROOT, 'packages', 'widget', 'dist', 'pathway-widget.js');
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
    script: '/pathway-widget.js',
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
  handwritten: {
    styles: [],
    script: '/handwritten.js',
    body: () => '<div id="root"></div>',
  },
};

function pageHtml(renderer: RendererName, n: number): string {
  const parts = PAGES[renderer];
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8"><title>Pathway widget benchmark</title>',
    '<link rel="icon" href="data:,">',
    `<script src="${PROBE_PATH}"></script>`,
    ...parts.styles.map((href) => `<link rel="stylesheet" href="${href}">`),
    '</head><body>',
    parts.body(n),
    `<script type="module" src="${parts.script}"></script>`,
    '</body></html>',
  ].join('\n');
}

export function pageUrl(origin: string, renderer: RendererName, n: number): string {
  return `${origin}/page/${renderer}-${n}.html?renderer=${renderer}&n=${n}`;
}

/** A page with only the probe: the heap of an empty page, to read the others against. */
export function blankPageUrl(origin: string): string {
  return `${origin}/page/blank.html?renderer=handwritten&n=0`;
}

export function benchRoutes(sizes: readonly number[]): Map<string, Route> {
  const html = 'text/html; charset=utf-8';
  const js = 'text/javascript; charset=utf-8';
  const css = 'text/css; charset=utf-8';
  const json = 'application/json';
  const routes = new Map<string, Route>([
    [PROBE_PATH, { file: join(BUILD_DIR, 'probe.js'), type: js }],
    ['/surveyjs.js', { file: join(BUILD_DIR, 'surveyjs.js'), type: js }],
    ['/formio.js', { file: join(BUILD_DIR, 'formio.js'), type: js }],
    ['/handwritten.js', { file: join(BUILD_DIR, 'handwritten.js'), type: js }],
    ['/pathway-widget.js', { file: WIDGET_BUNDLE, type: js }],
    [
      '/css/survey-core.fontless.min.css',
      { file: join(REPO_ROOT, 'node_modules', 'survey-core', 'survey-core.fontless.min.css'), type: css },
    ],
    [
      '/css/formio.form.min.css',
      { file: join(REPO_ROOT, 'node_modules', '@formio', 'js', 'dist', 'formio.form.min.css'), type: css },
    ],
    [
      '/page/blank.html',
      { body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>blank</title><link rel="icon" href="data:,"><script src="${PROBE_PATH}"></script></head><body></body></html>`, type: html },
    ],
  ]);
  for (const n of sizes) {
    for (const renderer of RENDERERS) routes.set(`/page/${renderer}-${n}.html`, { body: pageHtml(renderer, n), type: html });
    routes.set(`/def/widget-${n}.json`, { body: JSON.stringify(widgetPathway(n)), type: json });
    routes.set(`/def/surveyjs-${n}.json`, { body: JSON.stringify(surveyJsDefinition(n)), type: json });
    routes.set(`/def/formio-${n}.json`, { body: JSON.stringify(formioDefinition(n)), type: json });
    routes.set(`/def/handwritten-${n}.json`, { body: JSON.stringify(handwrittenDefinition(n)), type: json });
  }
  return routes;
}
