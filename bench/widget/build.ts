/**
 * Bundles the benchmark's browser code with esbuild (it ships with vite and tsx) into
 * bench/.build/, which is not committed: the SurveyJS, Form.io and floor renderers as minified
 * ES modules, and the measuring probe as a classic script.
 *
 * The floor is styled by the widget's own stylesheet (the same rules per element, so layout and
 * paint cost the same): its text is read from the widget's source here and put into the floor's
 * bundle, whitespace collapsed as the widget's build does (vite.config.ts), so the floor ships
 * its CSS inside its JS, as the widget does.
 */
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { widgetStyles } from '../../packages/widget/src/pathway-widget/widget-styles.js';

export const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = join(BENCH_DIR, '..', '..');
export const BUILD_DIR = join(REPO_ROOT, 'bench', '.build');

export const PEER_RENDERERS = ['surveyjs', 'formio', 'floor', 'floor-plain'] as const;

/** The widget's stylesheet (first-paint and journey sheets, in the order it adopts them) as its build ships it: each run of whitespace holding a line break is one space. */
export function widgetCssText(): string {
  return widgetStyles.cssText.replace(/\s*\n\s*/g, ' ');
}

/** Builds every bundle; returns the output directory. */
export async function buildBenchBundles(): Promise<string> {
  await mkdir(BUILD_DIR, { recursive: true });
  const common = {
    bundle: true,
    minify: true,
    target: 'es2022',
    platform: 'browser' as const,
    legalComments: 'none' as const,
    logLevel: 'error' as const,
    define: {
      'process.env.NODE_ENV': '"production"',
      global: 'globalThis',
      __WIDGET_CSS__: JSON.stringify(widgetCssText()),
    },
  };
  await Promise.all([
    ...PEER_RENDERERS.map((name) =>
      build({
        ...common,
        format: 'esm',
        entryPoints: [join(BENCH_DIR, 'browser', `${name}.ts`)],
        outfile: join(BUILD_DIR, `${name}.js`),
      }),
    ),
    build({
      ...common,
      format: 'iife',
      entryPoints: [join(BENCH_DIR, 'browser', 'probe.ts')],
      outfile: join(BUILD_DIR, 'probe.js'),
    }),
  ]);
  return BUILD_DIR;
}
