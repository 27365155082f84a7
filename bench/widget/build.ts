/**
 * Bundles the benchmark's browser code with esbuild (it ships with vite and tsx) into
 * bench/.build/, which is not committed: the SurveyJS, Form.io and hand-written renderers as
 * minified ES modules, and the measuring probe as a classic script.
 */
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = join(BENCH_DIR, '..', '..');
export const BUILD_DIR = join(REPO_ROOT, 'bench', '.build');

export const PEER_RENDERERS = ['surveyjs', 'formio', 'handwritten'] as const;

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
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
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
