/**
 * The playground for end-to-end tests: built and served once for every file, beside the dev
 * server `npm start` runs (playground-global-setup.ts); each file launches one system Chromium
 * and closes it after its tests.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, inject } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import axe from 'axe-core';
import { launchChromium, withPage, type OpenPage, type PageOptions } from './browser.js';

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
  /** The built playground (see playground-global-setup.ts). */
  origin: string;
  /** The playground from source, as `npm start` serves it. */
  devOrigin: string;
  browser: Browser;
}

/** The shared playground server's address and a browser of this file's own, before the file's tests. */
export function usePlayground(ready: (playground: Playground) => void): void {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
    ready({ origin: inject('playgroundOrigin'), devOrigin: inject('playgroundDevOrigin'), browser });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });
}

/** Waits until the playground has drawn its picker, the designer and (unless the draft cannot be shown) the preview's start page. */
export async function waitForPlayground(page: Page, options: { preview?: boolean } = {}): Promise<void> {
  // A first visit to the dev server compiles every module: generous, never from this machine's speed.
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
