/**
 * One of the author's own pathways (the designer's Pathways view, kept in IndexedDB) is saved a
 * moment after each change. A page reloaded or closed within that moment must still keep the
 * last edit: a write to IndexedDB begun as the page goes need not finish, so the page keeps a
 * copy where a write as it goes is certain, and the next visit puts it back.
 */
import { describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { watchPage } from './browser.js';
import { usePlayground, waitForPlayground } from './playground-server.js';

let origin: string;
let browser: Browser;

const STEP = 30_000;
const editorText = (page: Page) => page.evaluate(() => (document.querySelector('#pg-editor') as HTMLElement & { text: string }).text);

/** Opens the playground and keeps the example open now as one of the author's pathways. */
async function ownPathway(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  // Leaving with unsaved work may ask first (beforeunload): the author says leave.
  page.on('dialog', (dialog) => void dialog.accept().catch(() => undefined));
  await page.goto(origin, { timeout: 90_000 });
  await waitForPlayground(page);
  await page.getByRole('button', { name: 'Keep as one of your pathways', exact: true }).click();
  await expect.poll(() => page.locator('#pg-saved').textContent(), { timeout: STEP }).toContain('one of your pathways');
  // Everything so far is saved: only what is typed next is at risk.
  await page.locator('#pg-editor').evaluate((editor) => (editor as HTMLElement & { autosaveController: { saveNow(): Promise<void> } }).autosaveController.saveNow());
  return page;
}

/** Types " Third." at the end of the pathway's Summary, as the author would. */
async function typeAtEndOfSummary(page: Page): Promise<string> {
  const summary = page.locator('#pg-editor').getByRole('textbox', { name: /^Summary/ });
  await summary.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Third.');
  return summary.inputValue();
}

describe('an own pathway left at once keeps its last edit', () => {
  usePlayground('leave-at-once', (playground) => {
    origin = playground.origin;
    browser = playground.browser;
  });

  it('reloaded straight after typing: the text is there', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const page = await ownPathway(context);
      const watch = watchPage(page);
      const typed = await typeAtEndOfSummary(page);
      expect(typed).toMatch(/ Third\.$/);
      await page.reload({ timeout: 90_000 });
      await waitForPlayground(page);
      await expect.poll(() => page.locator('#pg-pathway option:checked').textContent(), { timeout: STEP }).toContain('(one of your pathways)');
      await expect.poll(() => editorText(page), { timeout: STEP }).toContain(JSON.stringify(typed));
      // The copy has gone into the pathway's own record: nothing is left waiting beside it.
      expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('pathway-editor:')))).toEqual([]);
      expect([...watch.pageErrors, ...watch.consoleErrors]).toEqual([]);
    } finally {
      await context.close();
    }
  }, 240_000);

  it('closed straight after typing: the text is there when the page is opened again', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const page = await ownPathway(context);
      const typed = await typeAtEndOfSummary(page);
      await page.close();
      await expect.poll(() => page.isClosed(), { timeout: STEP }).toBe(true);
      const again = await context.newPage();
      const watch = watchPage(again);
      await again.goto(origin, { timeout: 90_000 });
      await waitForPlayground(again);
      await expect.poll(() => again.locator('#pg-pathway option:checked').textContent(), { timeout: STEP }).toContain('(one of your pathways)');
      await expect.poll(() => editorText(again), { timeout: STEP }).toContain(JSON.stringify(typed));
      expect([...watch.pageErrors, ...watch.consoleErrors]).toEqual([]);
    } finally {
      await context.close();
    }
  }, 240_000);
});
