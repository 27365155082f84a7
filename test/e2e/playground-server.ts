/**
 * The README's first command, `npm start`, runs `vite --config playground/vite.config.ts`. The
 * end-to-end tests start that same config on a free port, with one system Chromium, and
 * close both after the file.
 */
import { fileURLToPath } from 'node:url';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { cp, rename, rm } from 'node:fs/promises';
import { afterAll, beforeAll } from 'vitest';
import { createServer, type ViteDevServer } from 'vite';
import type { Browser, Page } from 'playwright-core';
import axe from 'axe-core';
import { launchChromium, withPage, type OpenPage, type PageOptions } from './browser.js';

const configFile = fileURLToPath(new URL('../../playground/vite.config.ts', import.meta.url));
const pathwaysDir = fileURLToPath(new URL('../../pathways/', import.meta.url));

/** The seeds as the picker should offer them: file name and "authority: title". */
export const SEEDS = readdirSync(pathwaysDir)
  .filter((file) => file.endsWith('.json'))
  .map((file) => {
    const seed = JSON.parse(readFileSync(`${pathwaysDir}${file}`, 'utf8')) as { title: string; authority: { name: string } };
    return { file, title: seed.title, label: `${seed.authority.name}: ${seed.title}` };
  });

/** The example a first visit opens: the first the picker offers (they are sorted by what it shows). */
export const FIRST_EXAMPLE = [...SEEDS].sort((a, b) => a.label.localeCompare(b.label, 'en-GB'))[0]!;

export interface Playground {
  origin: string;
  browser: Browser;
}

/**
 * Starts the playground's Vite server and a browser before the file's tests. `name` gives the
 * server its own dependency cache: test files run at once, and two servers pre-bundling into
 * one cache folder at the same time get in each other's way.
 */
export function usePlayground(name: string, ready: (playground: Playground) => void): void {
  let server: ViteDevServer | undefined;
  let browser: Browser | undefined;
  const cacheDir = `${CACHE_ROOT}playground-vite-${name}`;
  beforeAll(async () => {
    await seedFromSharedCache(cacheDir);
    server = await createServer({ configFile, cacheDir, server: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'silent' });
    await server.listen();
    const address = server.httpServer?.address();
    if (!address || typeof address === 'string') throw new Error('The playground server has no port');
    browser = await launchChromium();
    ready({ origin: `http://127.0.0.1:${address.port}`, browser });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await shareCache(cacheDir);
  });
}

const CACHE_ROOT = fileURLToPath(new URL('../../node_modules/.cache/', import.meta.url));
const SHARED_CACHE = `${CACHE_ROOT}playground-vite-shared`;
const metadata = (dir: string): string | undefined => {
  const file = `${dir}/deps/_metadata.json`;
  if (!existsSync(file)) return undefined;
  // The hashes Vite compares to decide whether pre-bundled dependencies are still good.
  const { hash, configHash, lockfileHash } = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  return `${hash} ${configHash} ${lockfileHash}`;
};

/**
 * Each file's server pre-bundles the playground's dependencies (Monaco among them: about 10 s)
 * into a cache folder of its own. A file starts from a copy of the last finished file's, which
 * Vite keeps if its hashes still match and redoes if not, so the work is done once per run.
 */
async function seedFromSharedCache(cacheDir: string): Promise<void> {
  if (metadata(cacheDir) !== undefined || metadata(SHARED_CACHE) === undefined) return;
  await rm(cacheDir, { recursive: true, force: true });
  // Another file replacing the shared copy mid-copy leaves an empty folder: Vite then bundles afresh.
  await cp(SHARED_CACHE, cacheDir, { recursive: true }).catch(() => rm(cacheDir, { recursive: true, force: true }));
}

/** Offers a file's finished cache to the files after it (a copy renamed into place, so never half-written). */
async function shareCache(cacheDir: string): Promise<void> {
  const finished = metadata(cacheDir);
  if (finished === undefined || finished === metadata(SHARED_CACHE)) return;
  const copy = `${SHARED_CACHE}-${process.pid}-${Date.now()}`;
  await cp(cacheDir, copy, { recursive: true });
  await rm(SHARED_CACHE, { recursive: true, force: true });
  await rename(copy, SHARED_CACHE).catch(() => rm(copy, { recursive: true, force: true }));
}

/** Waits until the playground has drawn its picker, the designer and (unless the draft cannot be shown) the preview's start page. */
export async function waitForPlayground(page: Page, options: { preview?: boolean } = {}): Promise<void> {
  // The first visit compiles every module on the dev server: generous, never from this machine's speed.
  await page.locator('#pg-pathway option').first().waitFor({ state: 'attached', timeout: 90_000 });
  await page.locator('#pg-editor').evaluate((editor) => (editor as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete, undefined, { timeout: 90_000 });
  if (options.preview === false) return;
  await page.locator('#pg-widget').getByRole('button', { name: 'Start now', exact: true }).waitFor({ state: 'visible', timeout: 90_000 });
}

/**
 * A fresh page (see withPage) on the playground at `path` ("/" unless given), once it has drawn:
 * the preview too, unless `preview: false`.
 */
export function withPlayground<T>(
  playground: Playground,
  options: PageOptions & { path?: string; preview?: boolean },
  body: (opened: OpenPage) => Promise<T>,
): Promise<T> {
  return withPage(playground.browser, options, async (opened) => {
    await opened.page.goto(`${playground.origin}${options.path ?? '/'}`, { timeout: 90_000 });
    await waitForPlayground(opened.page, { preview: options.preview });
    return body(opened);
  });
}

/** axe-core on the whole page (shadow roots included), every WCAG 2.2 AA rule and best practice. */
export async function axeViolations(page: Page, options: { exclude?: string[] } = {}): Promise<string[]> {
  await page.addScriptTag({ content: axe.source });
  return page.evaluate(async (exclude) => {
    const run = (window as unknown as { axe: typeof axe }).axe;
    const results = await run.run(
      { include: [document], exclude: exclude.map((selector) => [selector]) } as never,
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } },
    );
    return results.violations.map(
      (violation) => `${violation.id} (${violation.impact ?? 'no impact'}): ${violation.help} at ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`,
    );
  }, options.exclude ?? []);
}
