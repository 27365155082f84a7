/**
 * The readable public page in a real browser: axe finds nothing, no script runs, it prints
 * within A4 margins (print emulation), and every seed renders.
 */
import { readFileSync } from 'node:fs';
import axe from 'axe-core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPublicPage } from '@pathway/core';
import type { Pathway } from '@pathway/schema';
import { launchChromium, withPage } from './browser.js';

const seeds = ['wigan', 'norfolk', 'southwark', 'county-chronic-non-attendance'];
const seed = (name: string) => JSON.parse(readFileSync(new URL(`../../pathways/${name}.json`, import.meta.url), 'utf8')) as Pathway;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
}, 60_000);

describe('the public page', () => {
  it.each(seeds)('%s: axe 0 violations, no script, prints within A4 margins', async (name) => {
    // The page's own policy forbids every script; bypass it only to run axe in the test.
    await withPage(browser, { context: { javaScriptEnabled: true, bypassCSP: true } }, async ({ page }) => {
      const html = renderPublicPage(seed(name));
      await page.setContent(html, { waitUntil: 'load' });
      expect(await page.locator('script').count()).toBe(0);
      await page.addScriptTag({ content: axe.source });
      const violations = await page.evaluate(async () => {
        const run = (window as unknown as { axe: typeof axe }).axe;
        const results = await run.run(document, { resultTypes: ['violations'], runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
        return results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
      expect(violations).toEqual([]);
      // A4 is 210 mm wide; less 16 mm margins each side, 178 mm is about 673 CSS pixels.
      await page.emulateMedia({ media: 'print' });
      await page.setViewportSize({ width: 673, height: 1000 });
      const tooWide = await page.evaluate(() =>
        [...document.querySelectorAll('body *')]
          .filter((element) => element.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
          .map((element) => element.tagName.toLowerCase()),
      );
      expect(tooWide).toEqual([]);
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.byteLength).toBeGreaterThan(1000);
    });
  });

  it('works with JavaScript turned off', async () => {
    await withPage(browser, { context: { javaScriptEnabled: false } }, async ({ page }) => {
      await page.setContent(renderPublicPage(seed('wigan')));
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('A pathway for supporting non-attendance');
      await expect(page.getByRole('img', { name: 'Stage map' }).count()).resolves.toBe(1);
    });
  });
});

describe('the public page under its own policy', () => {
  it('refuses any script, even one slipped in', async () => {
    // The refusal is a console error: it is what this test looks for.
    await withPage(browser, { allowConsoleErrors: true }, async ({ page, watch }) => {
      const html = renderPublicPage(seed('wigan')).replace('</main>', '<script>document.title = "ran"</script></main>');
      await page.setContent(html);
      expect(await page.title()).not.toBe('ran');
      expect(watch.consoleErrors.join('\n')).toMatch(/Content Security Policy/);
    });
  });
});
