/**
 * The README's first command, `npm start`, serves the playground with the seed pathways
 * loaded. This starts the same Vite config on a free port and checks what a new user sees:
 * every seed in the picker, the widget previewing the chosen one, the engine's output, the
 * definition checked as it is edited, and no error anywhere.
 */
import { fileURLToPath } from 'node:url';
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type ViteDevServer } from 'vite';
import type { Browser } from 'playwright-core';
import { launchChromium, watchPage } from './browser.js';

const configFile = fileURLToPath(new URL('../../playground/vite.config.ts', import.meta.url));
const seedFiles = readdirSync(fileURLToPath(new URL('../../pathways/', import.meta.url))).filter((f) => f.endsWith('.json'));

let server: ViteDevServer;
let browser: Browser;
let origin: string;

describe('the playground (npm start)', () => {
  beforeAll(async () => {
    server = await createServer({ configFile, server: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'silent' });
    await server.listen();
    const address = server.httpServer?.address();
    if (!address || typeof address === 'string') throw new Error('The playground server has no port');
    origin = `http://127.0.0.1:${address.port}`;
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('loads every seed, previews it in the widget and shows the engine output, without errors', async () => {
    const page = await browser.newPage();
    const watch = watchPage(page);
    await page.goto(origin, { waitUntil: 'load' });

    const options = page.locator('#pg-seed option');
    await expect.poll(() => options.count(), { timeout: 30_000 }).toBe(seedFiles.length);
    expect((await options.evaluateAll((all) => all.map((o) => (o as HTMLOptionElement).value))).sort()).toEqual([...seedFiles].sort());

    await page.selectOption('#pg-seed', 'wigan.json');
    const widget = page.locator('#pg-widget');
    await expect.poll(() => widget.getByRole('heading', { level: 2 }).first().textContent(), { timeout: 30_000 }).toContain(
      'A pathway for supporting non-attendance',
    );
    expect(await page.locator('#pg-output').textContent()).toContain('"id": "wigan');
    expect(await page.locator('#pg-problems').textContent()).toContain('stage bands leave 90% (exclusive) to 100% (inclusive) uncovered');

    // An edit that breaks the definition is reported in plain words, and the preview keeps the last good pathway.
    await page.locator('#pg-definition').fill('{ "schemaVersion": "1.0" }');
    await expect.poll(() => page.locator('#pg-problems').textContent(), { timeout: 10_000 }).toContain('"stages" (Stages) is missing');
    expect(await widget.getByRole('heading', { level: 2 }).first().textContent()).toContain('A pathway for supporting non-attendance');

    expect(watch.pageErrors).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    await page.close();
  });
});
