/**
 * The playground for every playground test file (the `playground` project in vitest.config.ts),
 * started once, in two forms from the README's `npm start` config (playground/vite.config.ts):
 *
 * - **built** (`playgroundOrigin`): the config's production build, served by `vite preview`
 *   with the same embed page and seeds. Most tests use it. The dev server sends a fresh browser
 *   context some 270 modules one by one (3.7 s a page load on the 2-core machine, its server
 *   work in this process, beside the browser tests); the build loads in 7 requests (1.3 s).
 * - **dev** (`playgroundDevOrigin`): exactly what `npm start` runs, for the test that a new
 *   user's first command works.
 *
 * Each file still has its own browser, and each test its own browser context, so no test sees
 * another's storage.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer, preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { viteBuildApart } from '../../playground/build-apart.js';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const configFile = join(repo, 'playground', 'vite.config.ts');
/** Its own dependency cache, apart from `npm start`'s, so a playground left running is not disturbed. */
const cacheDir = join(repo, 'node_modules', '.cache', 'playground-vite-tests');

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built playground. */
    playgroundOrigin: string;
    /** The playground as `npm start` serves it, from source. */
    playgroundDevOrigin: string;
  }
}

const origin = (address: AddressInfo | string | null | undefined): string => {
  if (!address || typeof address === 'string') throw new Error('The playground server has no port');
  return `http://127.0.0.1:${address.port}`;
};

export default async function startPlayground(project: TestProject): Promise<() => Promise<void>> {
  const outDir = await mkdtemp(join(tmpdir(), 'pathway-playground-'));
  const started = await Promise.allSettled([
    createServer({ configFile, cacheDir, server: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'silent' }).then(async (server) => {
      await server.listen();
      return server;
    }),
    viteBuildApart(configFile, outDir, repo).then(
      () => preview({ configFile, build: { outDir }, preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'silent' }),
      (error: unknown) => {
        throw new Error(`The playground could not be built: ${(error as Error).message}`);
      },
    ),
  ]);
  const [devStart, builtStart] = started;
  const dev = devStart.status === 'fulfilled' ? devStart.value : undefined;
  const built = builtStart.status === 'fulfilled' ? builtStart.value : undefined;
  const close = async (): Promise<void> => {
    await Promise.all([dev?.close(), built?.close()]);
    await rm(outDir, { recursive: true, force: true });
  };
  const failed = started.find((result) => result.status === 'rejected');
  if (failed || !dev || !built) {
    await close();
    throw (failed as PromiseRejectedResult | undefined)?.reason ?? new Error('The playground did not start');
  }
  project.provide('playgroundOrigin', origin(built.httpServer.address()));
  project.provide('playgroundDevOrigin', origin(dev.httpServer?.address()));
  return close;
}
