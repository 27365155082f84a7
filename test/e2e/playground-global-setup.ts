/**
 * One playground server for every playground test file (the `playground` project in
 * vitest.config.ts). The README's first command, `npm start`, runs `vite --config
 * playground/vite.config.ts`; this starts that same config on a free port, once.
 *
 * Once, because a server compiles every module the first time a page asks for it (tens of
 * seconds for the designer, Monaco and the widget): a server per file did that work once per
 * file. Each file still has its own browser, and each test its own browser context, so no test
 * sees another's storage.
 */
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import type { TestProject } from 'vitest/node';

const configFile = fileURLToPath(new URL('../../playground/vite.config.ts', import.meta.url));
/** Its own dependency cache, apart from `npm start`'s, so a playground left running is not disturbed. */
const cacheDir = fileURLToPath(new URL('../../node_modules/.cache/playground-vite-tests', import.meta.url));

declare module 'vitest' {
  export interface ProvidedContext {
    playgroundOrigin: string;
  }
}

export default async function startPlayground(project: TestProject): Promise<() => Promise<void>> {
  const server = await createServer({ configFile, cacheDir, server: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'silent' });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === 'string') throw new Error('The playground server has no port');
  project.provide('playgroundOrigin', `http://127.0.0.1:${address.port}`);
  return () => server.close();
}
